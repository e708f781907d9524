"""Printing the directory: seating-chart posters, nameplates and photo preparation, each
beside a floor measured in the same run (a bare reportlab page with the same font; Pillow
decoding the same photo).

Run on purpose:  uv run python tests/bench/bench_poster.py [--quick]
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median_of, print_table
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from minwon_desk.documents.fonts import GOTHIC, register_fonts
from minwon_desk.documents.nameplates import nameplates_pdf
from minwon_desk.documents.people import NameplatePerson, PosterPerson
from minwon_desk.documents.seating_chart import seating_chart_pdf
from minwon_desk.services.demo.portraits import demo_portraits
from minwon_desk.services.dto import FloorPlan, RoomView, SeatView
from minwon_desk.services.photos import prepare_photo

DAY = date(2026, 7, 2)


def _bare_page() -> bytes:
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=landscape(A4))
    pdf.setFont(GOTHIC, 12)
    pdf.drawString(72, 500, "혁신행정담당관실 좌석배치도 김종윤 주무관 1234")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _plan(desks: int, cols: int, rows: int, per_row: int) -> FloorPlan:
    seats = tuple(
        SeatView(i + 1, f"A-{i + 1}", 1 + (i % per_row) * (cols // per_row), 1 + (i // per_row) * 2,
                 2, 1, i + 1, "", "", "")
        for i in range(desks)
    )
    rooms = (RoomView(1, "출입구", "entrance", 0, rows - 2, 2, 2),)
    return FloorPlan(1, "혁신행정담당관실", "본관", "2층", "혁신행정담당관", cols, rows, rooms, seats)


def _people(count: int) -> dict[int, PosterPerson]:
    photos = demo_portraits()
    return {
        i + 1: PosterPerson(f"직원{i + 1:03d}", "주무관", f"{1000 + i}", "민원 안내, 전화 상담",
                            photos[i % len(photos)] if i % 8 != 5 else None)
        for i in range(count)
    }


def _camera_photo() -> bytes:
    image = Image.new("RGB", (4032, 3024), (200, 190, 180))
    draw = ImageDraw.Draw(image)
    for i in range(0, 4032, 48):  # some detail, so the JPEG is not trivially small
        draw.line((i, 0, 4032 - i, 3024), fill=(i % 255, 90, 160), width=9)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


def _decode(data: bytes) -> None:
    Image.open(io.BytesIO(data)).load()


def bench_poster(repeat: int) -> list[Row]:
    register_fonts()
    floor = median_of(_bare_page, repeat)
    office, office_people = _plan(21, 24, 14, 5), _people(21)
    big, big_people = _plan(300, 62, 41, 15), _people(300)
    plates = [NameplatePerson(f"직원{i:03d}", "주무관", "혁신행정담당관") for i in range(14)]
    camera = _camera_photo()
    rows = [
        Row("poster, 21 desks with photos (A4)", median_of(lambda: seating_chart_pdf(
            office, office_people, agency="중소벤처기업부", printed_on=DAY), repeat),
            "bare reportlab page, same font", floor, "ms", "—", None),
        Row("poster, 21 desks with photos (A3)", median_of(lambda: seating_chart_pdf(
            office, office_people, paper="A3", agency="중소벤처기업부", printed_on=DAY), repeat),
            "bare reportlab page, same font", floor, "ms", "—", None),
        Row("poster, 300 desks (A4)", median_of(lambda: seating_chart_pdf(
            big, big_people, agency="중소벤처기업부", printed_on=DAY), repeat),
            "bare reportlab page, same font", floor, "ms", "≤ 1 s", None),
        Row("nameplates, 14 people (7 pages)", median_of(
            lambda: nameplates_pdf(plates, agency="중소벤처기업부"), repeat),
            "bare reportlab page, same font", floor, "ms", "—", None),
        Row("prepare_photo, 12 MP camera JPEG", median_of(lambda: prepare_photo(camera), repeat),
            "Pillow decoding the same JPEG", median_of(lambda: _decode(camera), repeat),
            "ms", "—", None),
    ]
    size = len(seating_chart_pdf(big, big_people, agency="중소벤처기업부", printed_on=DAY))
    print(f"300-desk poster: {size / 1024:.0f} KB; camera photo {len(camera) / 1024:.0f} KB "
          f"→ stored {len(prepare_photo(camera)[0]) / 1024:.0f} KB")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    print_table(bench_poster(repeat=3 if args.quick else 15))
    return 0


if __name__ == "__main__":
    sys.exit(main())
