"""The seating-chart poster: one landscape page that shows who sits where, read back from
the PDF as a person (or a screen reader, or a search) would read it."""

from __future__ import annotations

import io
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from minwon_desk.documents.desk_card import LINE_SMALLEST, Box, layout_card
from minwon_desk.documents.fonts import register_fonts
from minwon_desk.documents.people import PosterPerson
from minwon_desk.documents.seating_chart import _free_band, korean_date, seating_chart_pdf
from minwon_desk.documents.textfit import width_at
from minwon_desk.services.dto import FloorPlan, RoomView, SeatView
from minwon_desk.services.photos import prepare_photo

DAY = date(2026, 7, 2)
AGENCY = "중소벤처기업부"


def _photo(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (600, 800), colour).save(out, format="JPEG")
    return prepare_photo(out.getvalue())[0]


def _seat(seat_id: int, x: int, y: int, w: int, h: int, staff_id: int | None) -> SeatView:
    return SeatView(seat_id, f"A-{seat_id}", x, y, w, h, staff_id, "", "", "")


def _plan(seats: list[SeatView], rooms: list[RoomView] | None = None, **kw: object) -> FloorPlan:
    fields: dict[str, object] = {
        "office_id": 1, "name": "혁신행정담당관실", "building": "정부대전청사 1동",
        "floor": "3층", "department": "혁신행정담당관", "cols": 16, "rows": 10,
        "rooms": tuple(rooms if rooms is not None else [
            RoomView(1, "출입구", "entrance", 0, 8, 2, 2),
            RoomView(2, "회의실", "room", 11, 0, 5, 4),
            RoomView(3, "캐비닛", "wall", 0, 0, 1, 6),
        ]),
        "seats": tuple(seats),
    }
    fields.update(kw)
    return FloorPlan(**fields)  # type: ignore[arg-type]


def _office() -> tuple[FloorPlan, dict[int, PosterPerson]]:
    """Four roomy desks, one of them free, one held by someone no longer shown."""
    seats = [
        _seat(1, 2, 1, 4, 2, 101), _seat(2, 6, 1, 4, 2, 102),
        _seat(3, 2, 4, 4, 2, 103), _seat(4, 6, 4, 4, 2, None), _seat(5, 2, 7, 4, 2, 104),
    ]
    people = {
        101: PosterPerson("김종윤", "주무관", "1234", "정부혁신, 조직진단", _photo((200, 220, 240))),
        102: PosterPerson("이서연", "사무관", "1235", "민원제도 개선"),
        103: PosterPerson("박지호", "서기관", "1236", "", _photo((240, 220, 200))),
    }
    return _plan(seats), people


def _text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _embedded_fonts(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


def _images(data: bytes) -> int:
    page = PdfReader(io.BytesIO(data)).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")


@pytest.mark.parametrize(("paper", "size"), [("A4", (841.9, 595.3)), ("A3", (1190.6, 841.9))])
def test_the_poster_is_one_landscape_page(paper: str, size: tuple[float, float]) -> None:
    plan, people = _office()
    reader = PdfReader(io.BytesIO(seating_chart_pdf(
        plan, people, paper=paper, agency=AGENCY, printed_on=DAY)))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == size


def test_the_poster_says_whose_desk_is_where() -> None:
    plan, people = _office()
    text = _text(seating_chart_pdf(plan, people, agency=AGENCY, printed_on=DAY))
    for person in people.values():
        assert person.name in text
        assert person.position in text
        assert person.extension in text
    assert "정부혁신, 조직진단" in text
    for words in ("혁신행정담당관실", "정부대전청사 1동 3층", "혁신행정담당관", "좌석배치도",
                  "출입구", "회의실", AGENCY, "기준일 2026. 7. 2.", "빈 자리"):
        assert words in text, words


def test_the_fonts_are_embedded() -> None:
    plan, people = _office()
    fonts = _embedded_fonts(seating_chart_pdf(plan, people, agency=AGENCY, printed_on=DAY))
    assert fonts and all(n.split("+")[-1].startswith("NanumGothic") for n in fonts), fonts


def test_photos_are_printed_and_the_missing_ones_get_an_avatar() -> None:
    plan, people = _office()
    data = seating_chart_pdf(plan, people, paper="A3", agency=AGENCY, printed_on=DAY)
    assert _images(data) == 2  # 김종윤 and 박지호; 이서연 has none
    assert "서연" in _text(data).replace("이서연", "")  # her avatar shows her given name


def test_a_photo_that_cannot_be_read_shows_the_avatar() -> None:
    plan, _ = _office()
    people = {101: PosterPerson("김종윤", "주무관", "1234", photo=b"not a picture")}
    data = seating_chart_pdf(plan, people, agency=AGENCY, printed_on=DAY)
    assert _images(data) == 0
    assert "종윤" in _text(data).replace("김종윤", "")


def test_someone_not_in_the_list_is_not_shown() -> None:
    plan, people = _office()
    seats = list(plan.seats)
    seats[4] = SeatView(5, "A-5", 2, 7, 4, 2, 104, "홍퇴직", "주무관", "9999")
    text = _text(seating_chart_pdf(
        _plan(seats), people, agency=AGENCY, printed_on=DAY))
    assert "홍퇴직" not in text and "9999" not in text
    assert text.count("빈 자리") >= 3  # two free desks and the legend


def test_long_duties_are_cut_with_an_ellipsis() -> None:
    plan, _ = _office()
    duties = "정부혁신, 조직진단, 민원제도 개선, 고객만족도 조사, 적극행정 우수사례 발굴과 확산"
    people = {101: PosterPerson("김종윤", "주무관", "1234", duties)}
    text = _text(seating_chart_pdf(plan, people, agency=AGENCY, printed_on=DAY))
    assert "정부혁신" in text and "…" in text
    assert "확산" not in text


def _many_names(count: int) -> list[str]:
    first, second, third = "김이박최정강조윤장임한오", "민서지도하예수시유재", "준연우윤은아진훈호희원현"
    names = [a + b + c for a in first for b in second for c in third if b != c]
    return names[:count]


def test_three_hundred_desks_fit_on_one_a4_page_with_every_name() -> None:
    names = _many_names(300)
    seats, people = [], {}
    for i, name in enumerate(names):
        row, col = divmod(i, 15)
        seats.append(_seat(i + 1, 2 + col * 4, 1 + row * 2, 3, 1, 1000 + i))
        people[1000 + i] = PosterPerson(name, "주무관", f"{2000 + i}", "민원 안내, 전화 상담")
    plan = _plan(seats, [RoomView(1, "출입구", "entrance", 0, 38, 2, 2)], cols=62, rows=41)
    data = seating_chart_pdf(plan, people, agency=AGENCY, printed_on=DAY)
    text = _text(data)
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    missing = [n for n in names if n not in text]
    assert not missing, missing[:10]


def test_the_unit_is_named_unless_the_title_already_says_it() -> None:
    plan, people = _office()
    shared = _plan(list(plan.seats), name="3층 공용사무실", department="운영지원과")
    text = _text(seating_chart_pdf(shared, people, agency=AGENCY, printed_on=DAY))
    assert "운영지원과" in text
    text = _text(seating_chart_pdf(plan, people, agency=AGENCY, printed_on=DAY))
    assert text.count("혁신행정담당관") == 1  # the title "혁신행정담당관실" alone


def test_a_room_with_a_desk_in_it_names_itself_clear_of_the_desk() -> None:
    head_room = RoomView(1, "과장실", "room", 0, 0, 6, 6)
    assert _free_band(head_room, []) == (0, 6)
    # A desk in the upper part: the name goes in the rows below it.
    assert _free_band(head_room, [_seat(1, 2, 1, 2, 1, 7)]) == (2, 4)
    # A desk near the bottom: the rows above it.
    assert _free_band(head_room, [_seat(1, 2, 4, 2, 1, 7)]) == (0, 4)
    # Desks from top to bottom: nowhere to put it.
    assert _free_band(head_room, [_seat(1, 0, 0, 3, 6, 7)]) is None
    # A desk elsewhere on the floor does not count.
    assert _free_band(head_room, [_seat(1, 8, 0, 2, 1, 7)]) == (0, 6)
    plan, people = _office()  # two of its desks stand in the room's lower rows
    with_room = _plan(list(plan.seats), [head_room])
    assert "과장실" in _text(seating_chart_pdf(with_room, people, agency=AGENCY, printed_on=DAY))


def test_the_date_is_written_the_korean_way() -> None:
    assert korean_date(date(2026, 7, 2)) == "2026. 7. 2."
    assert korean_date(date(2026, 12, 25)) == "2026. 12. 25."


def test_an_unknown_paper_size_is_refused() -> None:
    plan, people = _office()
    with pytest.raises(ValueError):
        seating_chart_pdf(plan, people, paper="Letter", agency=AGENCY, printed_on=DAY)


_names = st.sampled_from(["김종윤", "이훈", "남궁민수", "Christopher Johnson", "박", "제갈공명선생"])
_positions = st.sampled_from(["주무관", "사무관", "서기관", "과장", "", "정책기획관 겸 대변인"])
_duties = st.sampled_from(["", "인사", "정부혁신, 조직진단, 민원제도 개선, 고객만족도 조사"])


@settings(max_examples=150, deadline=None)
@given(
    name=_names, position=_positions, duties=_duties,
    extension=st.sampled_from(["", "1234", "044-204-1234"]),
    w=st.floats(12, 320), h=st.floats(8, 200), scale=st.sampled_from([1.0, 2 ** 0.5]),
    photo=st.booleans(),
)
def test_text_never_spills_over_a_card(
    name: str, position: str, duties: str, extension: str, w: float, h: float, scale: float,
    photo: bool,
) -> None:
    register_fonts()
    person = PosterPerson(name, position, extension, duties, b"jpeg" if photo else None)
    box = Box(10.0, 20.0, w, h)
    layout = layout_card(person, box, scale)
    area = layout.text
    assert layout.lines[0].text == name  # the name is always there, whole
    assert box.x <= area.x and area.x + area.w <= box.x + box.w + 1e-6
    assert box.y <= area.y and area.y + area.h <= box.y + box.h + 1e-6
    for line in layout.lines:
        assert width_at(line.text, line.font, line.size) <= area.w + 1e-6, line
    assert sum(line.size * 1.24 for line in layout.lines) <= area.h + 1e-6
    if len(layout.lines) > 1:
        assert all(line.size >= LINE_SMALLEST - 1e-9 for line in layout.lines)
    if layout.photo is not None:
        p = layout.photo
        assert box.x <= p.x and p.x + p.w <= box.x + box.w + 1e-6
        assert box.y <= p.y and p.y + p.h <= box.y + box.h + 1e-6
        # The face and the text do not overlap.
        assert p.x + p.w <= area.x + 1e-6 or p.y >= area.y + area.h - 1e-6
