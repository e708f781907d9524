"""Command-line entry: the desk window by default, and administrative subcommands.

``minwon-desk``                      the window (``--demo`` for the demo agency)
``minwon-desk due …``               when a period falls due (no database needed)
``minwon-desk calendar …``          the agency's own holidays and working days
``minwon-desk staff …``             import, export and find staff
``minwon-desk absence import …``    import absences (출장, 휴가, …) with their deputies
``minwon-desk print …``             seating-chart posters and nameplates as PDF
``minwon-desk memo take|list``      phone memos: take one for an officer, list them
``minwon-desk case open|answer|list``  cases (민원): register, answer, list by state
``minwon-desk print receipt|reply-letter|extension-notice|interim-notice``  case documents
``minwon-desk print vouchers --month YYYY-MM | --serial SERIAL``  compensation vouchers
``minwon-desk survey export YEAR -o FILE.xlsx``  the year's satisfaction survey as a workbook
``minwon-desk report monthly YYYY-MM -o FILE.pdf``  the month's self-inspection report

Bad input exits with status 2 and a sentence that says what is wrong.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from minwon_desk import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad command-line input: printed and exit status 2."""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"날짜 '{text}'를 읽을 수 없습니다. YYYY-MM-DD 형식으로 적어 주세요 (예: 2026-10-02)."
        ) from None


def _year(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"연도 '{text}'를 읽을 수 없습니다. 네 자리 숫자로 적어 주세요 (예: 2026)."
        ) from None


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("데이터와 설정")
    group.add_argument("--data-dir", metavar="DIR", help="데이터 폴더 (기본: 이 컴퓨터의 사용자 데이터 폴더)")
    group.add_argument("--db-url", metavar="URL", help="데이터베이스 주소 (환경 변수 MINWON_DB_URL도 됩니다)")
    group.add_argument("--charter", metavar="FILE", help="이행표준: mss, tipa 또는 TOML 파일 경로")
    group.add_argument("--desk", metavar="NAME", help="이 창구의 이름")
    group.add_argument("--demo", action="store_true", help="데모 기관으로 실행 (실제 데이터베이스는 건드리지 않음)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="minwon-desk",
        description="민원 데스크 — 고객응대서비스 이행표준으로 운영하는 민원 안내 창구",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"minwon-desk {__version__}")
    parser.add_argument(
        "--screenshot", metavar="PATH", type=Path,
        help="창이 준비되면 PNG로 저장하고 종료합니다",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    due = sub.add_parser(
        "due", parents=[common], help="처리기한 계산",
        description="접수 시각과 처리기간으로 처리기한을 계산해 ISO 8601 한 줄로 출력합니다.",
    )
    due.add_argument("--from", dest="start", required=True, metavar="ISO8601",
                     help="접수 시각, 예: 2026-07-02T15:00+09:00 (오프셋이 없으면 서울 시각)")
    due.add_argument("--period", required=True, metavar="SPEC",
                     help="Nm(분, 벽시계), Nh(근무시간), Nd(일, 법의 계산법), immediate(즉시) "
                          "또는 이행표준의 시계 이름(예: callback)")
    due.add_argument("--extra-holiday", action="append", default=[], type=_iso_date,
                     metavar="YYYY-MM-DD", help="추가 휴일 (여러 번 쓸 수 있음)")

    cal = sub.add_parser("calendar", parents=[common], help="기관 휴일·근무일 관리")
    cal_sub = cal.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    cal_list = cal_sub.add_parser("list", parents=[common], help="휴일 목록 (공휴일과 기관 지정일)")
    cal_list.add_argument("year", type=int, nargs="?", help="연도 (기본: 올해)")
    for name, text in (
        ("add-holiday", "임시공휴일 등 쉬는 날 추가"),
        ("make-working", "공휴일을 이 기관의 근무일로 지정"),
        ("clear", "기관 지정을 지우고 법정 달력으로 되돌림"),
    ):
        action = cal_sub.add_parser(name, parents=[common], help=text)
        action.add_argument("day", type=_iso_date, metavar="YYYY-MM-DD")
        if name == "add-holiday":
            action.add_argument("--name", required=True, help="휴일 이름, 예: 임시공휴일")
        action.add_argument("--as", dest="actor", required=True, metavar="EMPLOYEE_NO",
                            help="기록에 남을 관리자의 사번")
    _add_directory_commands(sub, common)
    _add_memo_commands(sub, common)
    _add_case_commands(sub, common)
    _add_survey_commands(sub, common)
    _add_report_commands(sub, common)
    return parser


def _add_report_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    report = sub.add_parser("report", parents=[common], help="자체점검 결과 보고서")
    report_sub = report.add_subparsers(dest="report_command", metavar="WHAT", required=True)
    monthly = report_sub.add_parser(
        "monthly", parents=[common], help="한 달의 고객응대서비스 자체점검 결과 (PDF)",
        description="경청 시작·답신전화·처리기간·연장 통지 지표를 부서별·담당자별로, 최근 6개월 "
                    "추이, 오래 기다린 방문, 기한을 넘긴 건, 보상과 시정조치를 A4 PDF로 만듭니다. "
                    "기록이 없는 달도 그렇게 적힌 한 쪽짜리 보고서를 만듭니다.",
    )
    monthly.add_argument("month", metavar="YYYY-MM", help="점검할 달, 예: 2026-10")
    monthly.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    monthly.set_defaults(handler="minwon_desk.cli.report:run_monthly")


def _add_survey_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    survey = sub.add_parser("survey", parents=[common], help="고객만족도 조사")
    survey_sub = survey.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    export = survey_sub.add_parser(
        "export", parents=[common], help="한 해의 조사 결과를 엑셀(XLSX)로 내보내기",
        description="시트 세 개: 응답(설문지 한 장에 한 행, 문항마다 한 열), 요약(문항별 응답 수·"
                    "평균·점수 분포), 퇴실 만족도(월별). 자료가 없는 해도 그렇게 적힌 파일을 만듭니다.",
    )
    export.add_argument("year", type=_year, metavar="YEAR", help="조사 연도, 예: 2026")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    export.set_defaults(handler="minwon_desk.cli.survey:run_export")


def _add_directory_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    as_actor = argparse.ArgumentParser(add_help=False)
    as_actor.add_argument(
        "--as", dest="actor", metavar="EMPLOYEE_NO",
        help="기록에 남을 관리자의 사번 (기본: 이 창구에 설정된 근무자)",
    )
    dry_run = argparse.ArgumentParser(add_help=False)
    dry_run.add_argument("--dry-run", action="store_true", help="검사만 하고 저장하지 않음")

    staff = sub.add_parser("staff", parents=[common], help="직원 명부 가져오기·내보내기·찾기")
    staff_sub = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    s_import = staff_sub.add_parser(
        "import", parents=[common, as_actor, dry_run], help="인사 자료(CSV/XLSX)에서 직원 명부 가져오기",
        description="머리행: 사번, 성명, 직위, 부서, 내선번호, 이메일, 담당업무, 기본대행자사번. "
                    "한 행이라도 틀리면 아무것도 가져오지 않습니다.",
    )
    s_import.add_argument("file", type=Path, metavar="FILE")
    s_import.set_defaults(handler="minwon_desk.cli.staff:run_import")
    s_export = staff_sub.add_parser("export", parents=[common], help="홈페이지용 직원 안내 내보내기")
    s_export.add_argument("--format", choices=("csv", "html"), required=True)
    s_export.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    s_export.set_defaults(handler="minwon_desk.cli.staff:run_export")
    s_find = staff_sub.add_parser(
        "find", parents=[common], help="이름·초성·부서·업무·내선으로 직원 찾기",
        description="맞는 직원을 좋은 순서대로 한 줄에 한 명씩, 탭으로 나눠 출력합니다: 사번, 성명, "
                    "직위, 부서, 내선, 좌석, 상태, 업무대행자 사번, 업무대행자 성명.",
    )
    s_find.add_argument("query", metavar="QUERY")
    s_find.add_argument("--at", metavar="ISO8601", help="이 시각의 재실 상태 (기본: 지금)")
    s_find.set_defaults(handler="minwon_desk.cli.staff_find:run_find")

    absence = sub.add_parser("absence", parents=[common], help="출장·휴가 등 부재 일정")
    absence_sub = absence.add_subparsers(dest="absence_command", metavar="ACTION", required=True)
    a_import = absence_sub.add_parser(
        "import", parents=[common, as_actor, dry_run], help="부재 일정(CSV/XLSX) 가져오기",
        description="머리행: 사번, 구분, 시작, 종료, 대행자사번. 구분은 출장, 휴가, 교육, 회의, 외근.",
    )
    a_import.add_argument("file", type=Path, metavar="FILE")
    a_import.set_defaults(handler="minwon_desk.cli.absence:run_import")

    printing = sub.add_parser("print", parents=[common], help="좌석배치도·명패 PDF 만들기")
    print_sub = printing.add_subparsers(dest="print_command", metavar="WHAT", required=True)
    chart = print_sub.add_parser("seating-chart", parents=[common], help="사무실 입구용 좌석배치도")
    chart.add_argument("office", metavar="OFFICE", help="사무실 이름 (또는 번호)")
    chart.add_argument("--paper", choices=("A4", "A3"), default="A4", help="용지 (가로)")
    chart.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    chart.set_defaults(handler="minwon_desk.cli.printing:run_seating_chart")
    plates = print_sub.add_parser("nameplates", parents=[common], help="부서 직원의 명패")
    plates.add_argument("department", metavar="DEPARTMENT", help="부서 이름 또는 경로")
    plates.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    plates.set_defaults(handler="minwon_desk.cli.printing:run_nameplates")
    _add_case_documents(print_sub, common)
    _add_voucher_print(print_sub, common)


_CASE_DOCUMENTS = (
    ("receipt", "접수증 (처리예정일 안내)"),
    ("reply-letter", "회신문 (담당자 소속·성명·연락처)"),
    ("extension-notice", "처리기간 연장 통지"),
    ("interim-notice", "중간 통지 (처리 진행상황)"),
)


def _add_case_documents(
    print_sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    for name, text in _CASE_DOCUMENTS:
        doc = print_sub.add_parser(
            name, parents=[common], help=f"민원 {text}",
            description=f"민원의 {text}를 PDF 파일로 저장하거나(-o) 프린터로 보냅니다(--printer).",
        )
        doc.add_argument("case_no", metavar="CASE_NO", help="접수번호, 예: MSS-2026-000123")
        where = doc.add_mutually_exclusive_group(required=True)
        where.add_argument("-o", "--output", type=Path, metavar="FILE.pdf")
        where.add_argument("--printer", metavar="NAME", help="이 인쇄 대기열로 보냅니다 (CUPS)")
        if name in ("extension-notice", "interim-notice"):
            doc.add_argument("--ordinal", type=int, metavar="N", help="몇 번째 통지인지 (기본: 마지막)")
        doc.set_defaults(handler="minwon_desk.cli.case_print:run_print", document=name)


def _add_voucher_print(
    print_sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    vouchers = print_sub.add_parser(
        "vouchers", parents=[common], help="보상 증서 (한 달치 또는 한 장)",
        description="보상 증서를 A4 한 쪽에 두 장씩 PDF로 저장하거나(-o) 프린터로 보냅니다"
                    "(--printer). 한 달치는 증서번호 순서이고 무효 처리된 증서는 빠집니다. "
                    "인쇄 횟수와 인쇄한 직원이 기록됩니다.",
    )
    which = vouchers.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", metavar="YYYY-MM", help="이 달에 발급된 증서 모두, 예: 2026-07")
    which.add_argument("--serial", metavar="SERIAL", help="증서 한 장, 예: MSS-V2026-00012")
    where = vouchers.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", type=Path, metavar="FILE.pdf")
    where.add_argument("--printer", metavar="QUEUE", help="이 인쇄 대기열로 보냅니다 (CUPS)")
    vouchers.add_argument("--as", dest="actor", metavar="EMPLOYEE_NO",
                          help="인쇄한 직원의 사번 (기본: desk_operator 설정)")
    vouchers.set_defaults(handler="minwon_desk.cli.voucher_print:run_vouchers")


def _add_memo_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    memo = sub.add_parser("memo", parents=[common], help="전화메모 받기·목록")
    memo_sub = memo.add_subparsers(dest="memo_command", metavar="ACTION", required=True)
    take = memo_sub.add_parser(
        "take", parents=[common], help="전화메모 받기 (담당자가 없으면 업무대행자에게)",
        description="메모를 저장하고 한 줄을 탭으로 나눠 출력합니다: 메모 번호, 받은 사람의 사번, "
                    "성명, 답신 기한(ISO 8601, +09:00). 담당자가 그 시각에 자리에 없으면 "
                    "업무대행자에게 가고, 그 까닭은 표준 오류로 알려 줍니다.",
    )
    take.add_argument("--caller", required=True, metavar="NAME", help="전화하신 분의 이름")
    take.add_argument("--phone", metavar="NUMBER", help="회신할 전화번호")
    take.add_argument("--gist", required=True, metavar="TEXT", help="요지")
    take.add_argument("--for", dest="officer", required=True, metavar="EMPLOYEE_NO",
                      help="찾는 담당자의 사번")
    take.add_argument("--org", metavar="ORG", help="소속 (회사·기관)")
    take.add_argument("--channel", default="phone", metavar="phone|email|sms",
                      help="원하는 회신 방법 (기본: phone)")
    take.add_argument("--address", metavar="ADDR",
                      help="회신 주소: 이메일 주소, 또는 다른 번호로 회신받을 때 그 번호")
    take.add_argument("--at", metavar="ISO8601",
                      help="전화를 받은 시각 (기본: 지금; 오프셋이 없으면 서울 시각)")
    take.add_argument("--as", dest="actor", metavar="EMPLOYEE_NO",
                      help="메모를 받은 직원의 사번 (기본: desk_operator 설정)")
    take.set_defaults(handler="minwon_desk.cli.memo:run_take")
    listing = memo_sub.add_parser(
        "list", parents=[common], help="전화메모 목록",
        description="한 줄에 메모 하나를 탭으로 나눠 출력합니다: 메모 번호, 가진 사람의 사번, "
                    "전화하신 분(가림), 답신 기한, 상태(open 또는 closed). 처리 중인 목록은 "
                    "기한이 지난 것부터, 전체 목록은 최근 것부터 나옵니다.",
    )
    listing.add_argument("--for", dest="officer", metavar="EMPLOYEE_NO",
                         help="이 직원이 가진 메모만 (업무대행으로 가진 것 포함)")
    listing.add_argument("--open", action="store_true", help="처리 중인 메모만")
    listing.add_argument("--overdue-at", metavar="ISO8601",
                         help="이 시각에 답신 기한이 지난 처리 중 메모만")
    listing.set_defaults(handler="minwon_desk.cli.memo:run_list")


def _add_case_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    case = sub.add_parser("case", parents=[common], help="민원 접수·회신·목록")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    types = "질의-법령, 질의-제도, 건의, 고충, 기타, 1357"
    channels = "방문, 전화, 우편, 팩스, 이메일, 인터넷, 1357"
    opened = case_sub.add_parser(
        "open", parents=[common], help="민원 접수 (담당자가 없으면 업무대행자에게)",
        description="민원을 접수하고 한 줄을 탭으로 나눠 출력합니다: 접수번호, 처리 담당자의 사번, "
                    "처리기한(ISO 8601, +09:00). 담당자가 그 시각에 자리에 없으면 업무대행자가 "
                    "맡고, 그 까닭은 표준 오류로 알려 줍니다.",
    )
    opened.add_argument("--type", required=True, metavar="TYPE", help=types)
    opened.add_argument("--channel", required=True, metavar="CHANNEL", help=channels)
    opened.add_argument("--subject", required=True, metavar="TEXT", help="제목")
    opened.add_argument("--officer", required=True, metavar="EMPLOYEE_NO", help="담당자의 사번")
    opened.add_argument("--petitioner", metavar="NAME", help="민원인 이름")
    opened.add_argument("--contact", metavar="ADDR", help="회신 받을 곳 (주소·이메일·전화)")
    opened.add_argument("--content", metavar="TEXT", help="내용")
    opened.add_argument("--at", metavar="ISO8601", help="접수 시각 (기본: 지금; 오프셋이 없으면 서울 시각)")
    opened.add_argument("--as", dest="actor", metavar="EMPLOYEE_NO",
                        help="접수한 직원의 사번 (기본: desk_operator 설정, 없으면 담당자)")
    opened.set_defaults(handler="minwon_desk.cli.case:run_open")
    answer = case_sub.add_parser(
        "answer", parents=[common], help="민원 회신 (회신문 번호 출력)",
        description="회신 내용을 기록하고 처리 시계를 멈춥니다. 회신문의 문서번호를 출력합니다.",
    )
    answer.add_argument("case_no", metavar="CASE_NO", help="접수번호")
    answer.add_argument("--text", required=True, metavar="TEXT", help="회신 내용")
    answer.add_argument("--as", dest="actor", metavar="EMPLOYEE_NO",
                        help="회신한 직원의 사번 (기본: 처리 담당자)")
    answer.set_defaults(handler="minwon_desk.cli.case:run_answer")
    listing = case_sub.add_parser(
        "list", parents=[common], help="민원 목록",
        description="한 줄에 민원 하나를 탭으로 나눠 출력합니다: 접수번호, 담당자 사번, 종류, 상태, "
                    "처리기한, 제목. 처리 중인 민원은 남은 시간이 짧은 것부터, 처리한 민원은 그 뒤에.",
    )
    listing.add_argument("--officer", metavar="EMPLOYEE_NO", help="이 직원이 맡은 민원만")
    listing.add_argument("--state", metavar="STATE",
                         help="on_time, warning, overdue, extended, paused, done 중 하나")
    listing.set_defaults(handler="minwon_desk.cli.case:run_list")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "due":
            from minwon_desk.cli.due import run_due

            return run_due(args)
        if args.command == "calendar":
            from minwon_desk.cli.calendar import run_calendar

            return run_calendar(args)
        handler = getattr(args, "handler", None)
        if handler is not None:
            # Imported only when used, so that the window starts without them.
            module, _, name = handler.partition(":")
            run: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(module), name)
            return run(args)
        return _run_gui(args)
    except UsageError as exc:
        print(f"minwon-desk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _run_gui(args: argparse.Namespace) -> int:
    if _no_display():
        if args.screenshot is None:
            print(
                "minwon-desk: 화면(디스플레이)을 찾을 수 없어 창을 열 수 없습니다. "
                "데스크톱에서 실행하거나, 화면 없이 확인하려면 --screenshot PATH를 쓰세요.",
                file=sys.stderr,
            )
            return EXIT_FAILED
        # A screenshot needs no screen: draw offscreen instead of letting Qt abort.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from minwon_desk.app import run_gui  # Qt is imported only when a window is wanted
    from minwon_desk.settings import resolve_config

    config = resolve_config(
        data_dir=args.data_dir, db_url=args.db_url, charter=args.charter,
        desk_name=args.desk, demo=args.demo,
    )
    return run_gui(config, screenshot=args.screenshot)


def _no_display() -> bool:
    """On Linux/BSD without X11 or Wayland (and no platform chosen), Qt would abort."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main())
