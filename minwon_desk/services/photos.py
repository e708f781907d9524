"""Staff photos: any reasonable picture in, one small upright 3:4 JPEG out.

The result is what gets stored, so the directory, the floor plan and the printed poster
all show the same face without decoding a phone's 12-megapixel original each time. The
original's EXIF block (camera, GPS position) is not carried over.
"""

from __future__ import annotations

import warnings
from io import BytesIO
from typing import TYPE_CHECKING

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

PHOTO_MIME = "image/jpeg"
PHOTO_WIDTH = 300
PHOTO_HEIGHT = 400  # 3:4, a passport-like portrait
PHOTO_MAX_BYTES = 10 * 1024 * 1024
PHOTO_MAX_PIXELS = 40_000_000
PHOTO_MIN_SIDE = 64
PHOTO_QUALITY = 85
# Formats a phone, a scanner or an HR system hands out (JPEG covers a camera's MPO).
# Others (EPS runs Ghostscript, PSD, ICO…) are refused rather than decoded.
ACCEPTED_FORMATS = ("JPEG", "PNG", "GIF", "BMP", "WEBP", "TIFF")
# Of the height left over when a tall picture is cut to 3:4, the share taken from the top:
# less than half, because faces sit in the upper part of a portrait.
TOP_SHARE = 1 / 3

_FIELD = "photo"
_SAVE_AS = QT_TRANSLATE_NOOP("Photos", "JPEG나 PNG 파일로 저장해서 다시 올려 주세요.")


def prepare_photo(data: bytes) -> tuple[bytes, str]:
    """The picture as a 3:4 JPEG of at most 300×400 pixels, and its MIME type.

    Raises ValidationError("photo", …) for anything that is not a usable still picture.
    """
    if len(data) > PHOTO_MAX_BYTES:
        raise ValidationError(
            _FIELD,
            translate(
                "Photos",
                "사진 파일이 너무 큽니다({size:.1f} MB). {limit} MB 이하로 줄여서 다시 "
                "올려 주세요.",
            ).format(size=len(data) / 1024 / 1024, limit=PHOTO_MAX_BYTES // 1024 // 1024),
        )
    image = _decode(data)
    try:
        portrait = _portrait(image)
    except (OSError, ValueError):
        # A pixel format Pillow opens but cannot turn into RGB (rare 16-bit kinds).
        raise ValidationError(
            _FIELD, translate("Photos", "이 사진의 색 형식은 쓸 수 없습니다. 일반 컬러 사진으로 {save_as}").format(save_as=translate("Photos", _SAVE_AS))
        ) from None
    return _encode(portrait), PHOTO_MIME


def _decode(data: bytes) -> PilImage:
    # Pillow is imported here, not at module level: the window starts without it.
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        # Pillow warns between its own limit and twice that, and raises beyond; a warning
        # turned into an error keeps a decompression bomb from being decoded at all.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(data), formats=ACCEPTED_FORMATS)
            _check_header(image)
            if image.format in ("JPEG", "MPO"):
                # Decode at a reduced scale when the original is far larger than needed.
                image.draft("RGB", (PHOTO_HEIGHT, PHOTO_HEIGHT))
            image.load()
            return ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except UnidentifiedImageError:
        raise ValidationError(_FIELD, _unreadable_message(data)) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        # Truncated or corrupt data: Pillow reports it as one of these while decoding.
        raise ValidationError(
            _FIELD,
            translate(
                "Photos",
                "사진 파일을 읽을 수 없습니다. 파일이 손상되었거나 끝까지 저장되지 "
                "않았습니다. 원본 사진을 다시 저장해서 올려 주세요.",
            ),
        ) from None


def _check_header(image: PilImage) -> None:
    """Refuse what the header alone shows to be unusable, before any pixel is decoded."""
    width, height = image.size
    if width * height > PHOTO_MAX_PIXELS:
        raise _too_many_pixels()
    if min(width, height) < PHOTO_MIN_SIDE:
        raise ValidationError(
            _FIELD,
            translate(
                "Photos",
                "사진이 너무 작습니다({width}×{height} 픽셀). 얼굴을 알아볼 수 있도록 "
                "가로·세로 {photo_min_side}픽셀 이상인 사진을 올려 주세요.",
            ).format(width=width, height=height, photo_min_side=PHOTO_MIN_SIDE),
        )
    # MPO (a camera's JPEG with extra views) is a still picture: its first frame is used.
    if getattr(image, "is_animated", False) and image.format != "MPO":
        raise ValidationError(
            _FIELD,
            translate("Photos", "움직이는 그림은 사진으로 쓸 수 없습니다. 한 장짜리 사진을 {save_as}").format(save_as=translate("Photos", _SAVE_AS)),
        )


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _FIELD,
        translate(
            "Photos",
            "사진의 해상도가 너무 큽니다(최대 {megapixels}백만 화소). 크기를 줄여서 다시 올려 "
            "주세요.",
        ).format(megapixels=PHOTO_MAX_PIXELS // 1_000_000),
    )


def _unreadable_message(data: bytes) -> str:
    head = data[:64].lstrip()
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        return translate("Photos", "HEIC 형식의 사진은 읽을 수 없습니다. 휴대전화에서 {save_as}").format(save_as=translate("Photos", _SAVE_AS))
    if head.startswith((b"<svg", b"<?xml")):
        return translate("Photos", "SVG 그림은 사진으로 쓸 수 없습니다. {save_as}").format(save_as=translate("Photos", _SAVE_AS))
    if head.startswith(b"%PDF"):
        return translate("Photos", "PDF 파일은 사진으로 쓸 수 없습니다. 사진만 {save_as}").format(save_as=translate("Photos", _SAVE_AS))
    return translate("Photos", "사진 파일을 읽을 수 없습니다. 그림 파일이 아니거나 지원하지 않는 형식입니다. {save_as}").format(save_as=translate("Photos", _SAVE_AS))


def _portrait(image: PilImage) -> PilImage:
    """Cut to 3:4 (centred across, slightly high down) and shrink to at most 300×400."""
    from PIL import Image

    image = _flatten(image)
    width, height = image.size
    if width * PHOTO_HEIGHT > height * PHOTO_WIDTH:  # wider than 3:4: trim the sides
        crop_w, crop_h = round(height * PHOTO_WIDTH / PHOTO_HEIGHT), height
        left, top = (width - crop_w) // 2, 0
    else:  # taller than 3:4: trim mostly from the bottom
        crop_w, crop_h = width, round(width * PHOTO_HEIGHT / PHOTO_WIDTH)
        left, top = 0, round((height - crop_h) * TOP_SHARE)
    image = image.crop((left, top, left + crop_w, top + crop_h))
    if crop_h > PHOTO_HEIGHT:  # never enlarged: a small picture keeps its size
        image = image.resize((PHOTO_WIDTH, PHOTO_HEIGHT), Image.Resampling.LANCZOS)
    return image


def _flatten(image: PilImage) -> PilImage:
    """RGB on white: transparent parts of a PNG or GIF would turn black in a JPEG."""
    from PIL import Image

    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, "white")
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    return image.convert("RGB")


def _encode(image: PilImage) -> bytes:
    out = BytesIO()
    image.save(out, format="JPEG", quality=PHOTO_QUALITY, optimize=True)
    return out.getvalue()
