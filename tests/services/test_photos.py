"""Staff photos: whatever picture is uploaded, one upright 3:4 portrait is stored, and a
file that cannot be used is refused with a sentence that says what to do."""

from __future__ import annotations

import struct
import zlib
from io import BytesIO

import pytest
from PIL import Image

from minwon_desk.domain.errors import ValidationError
from minwon_desk.services.photos import PHOTO_MAX_BYTES, prepare_photo

RED = (220, 30, 30)
BLUE = (30, 30, 220)


def _encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def _open(data: bytes) -> Image.Image:
    image = Image.open(BytesIO(data))
    image.load()
    return image


def _is(colour: tuple[int, ...], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(colour[:3], expected, strict=True))


def _upright_red_over_blue(width: int, height: int) -> Image.Image:
    image = Image.new("RGB", (width, height), BLUE)
    image.paste(RED, (0, 0, width, height // 2))
    return image


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_bomb(width: int, height: int) -> bytes:
    """A small PNG that claims a huge size (a decompression bomb): its pixel data is a
    short run of zeros that would inflate to gigabytes."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 1_000_000, 9)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def test_a_camera_photo_becomes_a_small_portrait_jpeg() -> None:
    data = _encode(_upright_red_over_blue(4000, 3000), "JPEG", quality=92)
    photo, mime = prepare_photo(data)
    assert mime == "image/jpeg"
    image = _open(photo)
    assert image.format == "JPEG" and image.mode == "RGB"
    assert image.size == (300, 400)
    assert len(photo) < 60_000


def test_a_png_with_transparency_gets_a_white_background() -> None:
    image = Image.new("RGBA", (600, 800), (0, 0, 0, 0))
    image.paste((20, 120, 40, 255), (150, 200, 450, 800))
    photo, mime = prepare_photo(_encode(image, "PNG"))
    result = _open(photo)
    assert mime == "image/jpeg" and result.size == (300, 400)
    assert _is(result.getpixel((5, 5)), (255, 255, 255))  # not black
    assert _is(result.getpixel((150, 300)), (20, 120, 40))


def test_a_photo_taken_sideways_is_stored_upright() -> None:
    # The camera stored the pixels turned a quarter left and wrote "rotate 90° clockwise
    # to show" in EXIF (orientation 6), as phones do.
    stored = _upright_red_over_blue(600, 800).rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6
    photo, _ = prepare_photo(_encode(stored, "JPEG", exif=exif, quality=95))
    result = _open(photo)
    assert result.size == (300, 400)
    assert _is(result.getpixel((150, 20)), RED)
    assert _is(result.getpixel((150, 380)), BLUE)
    # Nothing of the original EXIF (camera, GPS position) is kept.
    assert dict(result.getexif()) == {}


def test_a_full_length_picture_keeps_the_head() -> None:
    # 600×1600 cut to 600×800: the head, high in the picture, must stay in.
    image = Image.new("RGB", (600, 1600), (200, 200, 200))
    image.paste(RED, (200, 300, 400, 520))
    result = _open(prepare_photo(_encode(image, "PNG"))[0])
    assert result.size == (300, 400)
    assert _is(result.getpixel((150, 40)), RED)


def test_a_landscape_picture_is_cut_from_the_middle() -> None:
    image = Image.new("RGB", (1600, 600), (200, 200, 200))
    image.paste(BLUE, (700, 0, 900, 600))  # the person stands in the middle
    result = _open(prepare_photo(_encode(image, "PNG"))[0])
    assert _is(result.getpixel((150, 200)), BLUE)
    assert not _is(result.getpixel((5, 200)), BLUE)


def test_a_small_picture_is_not_enlarged() -> None:
    result = _open(prepare_photo(_encode(Image.new("RGB", (120, 160), RED), "PNG"))[0])
    assert result.size == (120, 160)


def test_a_still_gif_is_accepted() -> None:
    result = _open(prepare_photo(_encode(Image.new("P", (150, 200), 3), "GIF"))[0])
    assert result.size == (150, 200)


def _message(data: bytes) -> str:
    with pytest.raises(ValidationError) as caught:
        prepare_photo(data)
    assert caught.value.field == "photo"
    return caught.value.message


@pytest.mark.parametrize("size", [(8000, 6000), (10_000, 10_000), (20_000, 20_000)])
def test_a_picture_with_too_many_pixels_is_refused_before_decoding(size: tuple[int, int]) -> None:
    # 48 megapixels (over our limit), 100 (Pillow would warn), 400 (Pillow would refuse).
    message = _message(_png_bomb(*size))
    assert "해상도가 너무 큽니다" in message and "줄여서" in message


def test_a_file_over_10_mb_is_refused() -> None:
    message = _message(b"\xff\xd8" + b"\0" * PHOTO_MAX_BYTES)
    assert "너무 큽니다" in message and "10 MB" in message


def test_a_truncated_photo_is_refused() -> None:
    data = _encode(Image.effect_noise((800, 800), 60).convert("RGB"), "JPEG")
    message = _message(data[: len(data) // 2])
    assert "사진 파일을 읽을 수 없습니다" in message and "다시" in message


@pytest.mark.parametrize("data", [b"", "명단입니다\n".encode(), b"\x00\x01garbage" * 40])
def test_a_file_that_is_not_a_picture_is_refused(data: bytes) -> None:
    message = _message(data)
    assert "사진 파일을 읽을 수 없습니다" in message and "JPEG나 PNG" in message


def test_svg_and_heic_are_named_in_the_refusal() -> None:
    assert "SVG" in _message(b'<svg xmlns="http://www.w3.org/2000/svg"></svg>')
    assert "HEIC" in _message(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64)


def test_a_tiny_picture_is_refused() -> None:
    message = _message(_encode(Image.new("RGB", (40, 40), RED), "PNG"))
    assert "너무 작습니다" in message and "40×40" in message and "64" in message


def test_an_animated_gif_is_refused() -> None:
    frames = [Image.new("RGB", (100, 100), c) for c in (RED, BLUE, (30, 200, 30))]
    data = _encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    assert "움직이는 그림" in _message(data)
