"""Roles and what each may do, declared once as data (role × operation), and the
password rule.

The matrix follows the personal-data rules' least privilege: the reception desk takes
visitors, calls and cases in; officers work their own memos and cases (and those they hold
as deputy); heads their department and its sub-units; supervisors compensation, corrective
actions, the self-inspection and the survey; the privacy officer reads everywhere and the
audit trail; the administrator keeps accounts, the roster, offices, the calendar, the
charter and the settings — and none of the citizen records unless given another role too.

Whose memo or case it is (own, deputy, department) is the scope, checked by the services
on top of this table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.particles import particle, settle


class Role(StrEnum):
    RECEPTION = "안내"
    OFFICER = "담당자"
    HEAD = "부서장"
    SUPERVISOR = "감독"
    PRIVACY = "개인정보"
    ADMIN = "관리자"


ROLE_TITLES: Mapping[Role, str] = MappingProxyType({
    Role.RECEPTION: QT_TRANSLATE_NOOP("Role", "안내"),
    Role.OFFICER: QT_TRANSLATE_NOOP("Role", "담당자"),
    Role.HEAD: QT_TRANSLATE_NOOP("Role", "부서장"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "감독"),
    Role.PRIVACY: QT_TRANSLATE_NOOP("Role", "개인정보 관리"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "관리자"),
})


def role_title(role: Role) -> str:
    """How ``role`` is named where it is shown, in the desk's language."""
    return translate("Role", ROLE_TITLES[role])


class Operation(StrEnum):
    """One member per guarded operation; the value is how a message names it (stored
    as it is; :func:`operation_title` says it in the desk's language)."""

    VISIT_CHECK_IN = QT_TRANSLATE_NOOP("Operation", "방문객 접수")
    VISIT_ATTEND = QT_TRANSLATE_NOOP("Operation", "방문객 응대·퇴실 기록")
    VISIT_CORRECT = QT_TRANSLATE_NOOP("Operation", "퇴실 미기록 확인·정정")
    MEMO_TAKE = QT_TRANSLATE_NOOP("Operation", "전화메모 접수")
    MEMO_WORK = QT_TRANSLATE_NOOP("Operation", "메모 처리(연락·전달·종결)")
    MEMO_REASSIGN = QT_TRANSLATE_NOOP("Operation", "메모 담당자 변경")
    CASE_REGISTER = QT_TRANSLATE_NOOP("Operation", "민원 접수·접수증 발급")
    CASE_WORK = QT_TRANSLATE_NOOP("Operation", "민원 처리(진행·보류·연장·중간통지·회신)")
    CASE_REASSIGN = QT_TRANSLATE_NOOP("Operation", "민원 담당자 지정·변경")
    CASE_TRANSFER = QT_TRANSLATE_NOOP("Operation", "다른 기관으로 민원 이송")
    RECORDS_READ = QT_TRANSLATE_NOOP("Operation", "민원 기록 열람")
    DIRECTORY_VIEW = QT_TRANSLATE_NOOP("Operation", "직원 안내 조회")
    DEADLINE_CALC = QT_TRANSLATE_NOOP("Operation", "처리기한 계산")
    ROSTER_ADMIN = QT_TRANSLATE_NOOP("Operation", "직원 명부 관리")
    ABSENCES = QT_TRANSLATE_NOOP("Operation", "부재 등록")
    OFFICES = QT_TRANSLATE_NOOP("Operation", "사무실 배치 관리")
    CALENDAR_ADMIN = QT_TRANSLATE_NOOP("Operation", "근무일 달력 관리")
    CHARTER = QT_TRANSLATE_NOOP("Operation", "민원 처리 기준 관리")
    SETTINGS = QT_TRANSLATE_NOOP("Operation", "설정 변경")
    COMPENSATION_READ = QT_TRANSLATE_NOOP("Operation", "보상 내역 열람")
    COMPENSATION_DECIDE = QT_TRANSLATE_NOOP("Operation", "보상 결정")
    VOUCHER_PRINT = QT_TRANSLATE_NOOP("Operation", "보상 상품권 인쇄")
    CORRECTIVE_READ = QT_TRANSLATE_NOOP("Operation", "시정조치 열람")
    CORRECTIVE_WRITE = QT_TRANSLATE_NOOP("Operation", "시정조치 기록")
    INSPECTION = QT_TRANSLATE_NOOP("Operation", "자체점검")
    SURVEY_ADMIN = QT_TRANSLATE_NOOP("Operation", "만족도 조사 문항 관리")
    SURVEY_ENTRY = QT_TRANSLATE_NOOP("Operation", "만족도 조사 응답 입력")
    REPORTS = QT_TRANSLATE_NOOP("Operation", "통계·보고서")
    AUDIT_VIEW = QT_TRANSLATE_NOOP("Operation", "감사 기록 열람")
    AUDIT_VERIFY = QT_TRANSLATE_NOOP("Operation", "감사·접속기록 위변조 검사")
    PRIVACY_REVIEW = QT_TRANSLATE_NOOP("Operation", "접속기록 점검")
    ACCOUNTS_ADMIN = QT_TRANSLATE_NOOP("Operation", "계정·권한 관리")
    PURGE = QT_TRANSLATE_NOOP("Operation", "보존기간 경과 기록 파기")
    BACKUP = QT_TRANSLATE_NOOP("Operation", "백업·복원")


def operation_title(op: Operation) -> str:
    """How ``op`` is named in a message, in the desk's language."""
    return translate("Operation", op.value)


def _only(*roles: Role) -> frozenset[Role]:
    return frozenset(roles)


_R, _O, _H = Role.RECEPTION, Role.OFFICER, Role.HEAD
_S, _P, _A = Role.SUPERVISOR, Role.PRIVACY, Role.ADMIN
_EVERYONE = frozenset(Role)
_DESK_STAFF = _only(_R, _O, _H)

PERMISSIONS: Mapping[Operation, frozenset[Role]] = MappingProxyType({
    Operation.VISIT_CHECK_IN: _only(_R),
    Operation.VISIT_ATTEND: _DESK_STAFF,
    Operation.VISIT_CORRECT: _only(_H, _S),  # a visit's record, corrected after the fact
    Operation.MEMO_TAKE: _DESK_STAFF,
    Operation.MEMO_WORK: _DESK_STAFF,  # own memos; heads their department's
    Operation.MEMO_REASSIGN: _only(_H),
    Operation.CASE_REGISTER: _DESK_STAFF,
    Operation.CASE_WORK: _only(_O, _H),  # own and deputy cases; heads their department's
    Operation.CASE_REASSIGN: _only(_H),
    # The desk that received it, the officer who holds it, or the head (scope: service).
    Operation.CASE_TRANSFER: _DESK_STAFF,
    Operation.RECORDS_READ: _only(_R, _O, _H, _S, _P),
    Operation.DIRECTORY_VIEW: _EVERYONE,
    Operation.DEADLINE_CALC: _EVERYONE,
    Operation.ROSTER_ADMIN: _only(_A),
    Operation.ABSENCES: _only(_H, _A),
    Operation.OFFICES: _only(_A),
    Operation.CALENDAR_ADMIN: _only(_A),
    Operation.CHARTER: _only(_A),
    Operation.SETTINGS: _only(_A),
    Operation.COMPENSATION_READ: _only(_S, _P),
    Operation.COMPENSATION_DECIDE: _only(_S),
    Operation.VOUCHER_PRINT: _only(_S),
    Operation.CORRECTIVE_READ: _only(_S, _P),
    Operation.CORRECTIVE_WRITE: _only(_S),
    Operation.INSPECTION: _only(_S, _P),
    Operation.SURVEY_ADMIN: _only(_S),
    Operation.SURVEY_ENTRY: _only(_R, _S),
    Operation.REPORTS: _only(_H, _S, _P),
    Operation.AUDIT_VIEW: _only(_P),
    Operation.AUDIT_VERIFY: _only(_P),
    Operation.PRIVACY_REVIEW: _only(_P),
    Operation.ACCOUNTS_ADMIN: _only(_A),
    # Destruction is approved by the privacy officer (개인정보 보호책임자, 시행령 제16조);
    # the administrator, who keeps the retention settings, may run it too. Either way the
    # destruction ledger names who did it.
    Operation.PURGE: _only(_P, _A),
    Operation.BACKUP: _only(_A),
})

# Operations that only read: the privacy officer's "read-only everywhere".
READ_ONLY: frozenset[Operation] = frozenset({
    Operation.RECORDS_READ, Operation.DIRECTORY_VIEW, Operation.DEADLINE_CALC,
    Operation.COMPENSATION_READ, Operation.CORRECTIVE_READ, Operation.INSPECTION,
    Operation.REPORTS, Operation.AUDIT_VIEW, Operation.AUDIT_VERIFY,
})


def allows(roles: Iterable[Role], op: Operation) -> bool:
    return not PERMISSIONS[op].isdisjoint(roles)


def refusal(op: Operation) -> str:
    """Why ``op`` is refused, naming the roles that may do it (for tooltips and errors)."""
    needed = ", ".join(role_title(r) for r in Role if r in PERMISSIONS[op])
    what = operation_title(op)
    return translate("Role", "'{what}'{particle} 하려면 {needed} 권한이 필요합니다.").format(
        what=what, particle=particle(what, "을"), needed=needed
    )


def parse_roles(text: str) -> frozenset[Role]:
    """Roles written as on the command line: "안내,담당자", or by their English names
    ("reception,officer", any case) for a desk that works in English. Raises
    ValidationError."""
    roles: set[Role] = set()
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        role = _ROLE_BY_NAME.get(part) or _ROLE_BY_NAME.get(part.lower())
        if role is None:
            names = ", ".join(r.value for r in Role)
            english = ", ".join(r.name.lower() for r in Role)
            raise ValidationError("roles", settle(translate(
                "Role", "'{part}'은(는) 없는 역할입니다. 역할은 {names} 중에서 고릅니다."
            ).format(part=part, names=names, english=english)))
        roles.add(role)
    if not roles:
        raise ValidationError("roles", translate("Role", "역할을 하나 이상 골라 주세요."))
    return frozenset(roles)


# The stored Korean names, and the English ones (the members' names) as typed.
_ROLE_BY_NAME: Mapping[str, Role] = MappingProxyType(
    {r.value: r for r in Role} | {r.name.lower(): r for r in Role}
)


def roles_text(roles: Iterable[Role]) -> str:
    """How roles are stored and printed: in the table's order, comma-separated."""
    chosen = set(roles)
    return ",".join(r.value for r in Role if r in chosen)


def roles_from_text(text: str | None) -> frozenset[Role]:
    """The stored form back; an unknown name (a later version's role) is left out."""
    out: set[Role] = set()
    for part in (text or "").split(","):
        if part in _ROLE_VALUES:
            out.add(Role(part))
    return frozenset(out)


_ROLE_VALUES = frozenset(r.value for r in Role)

# --- the password rule -------------------------------------------------------------------

MIN_MIXED = 8  # characters, of at least two kinds
MIN_SINGLE = 10  # characters, of one kind


def _kinds(pw: str) -> set[str]:
    kinds = set()
    for ch in pw:
        if ch.isascii() and ch.isalpha():
            kinds.add("upper" if ch.isupper() else "lower")
        elif ch.isdigit():
            kinds.add("digit")
        elif ch.isalpha():
            kinds.add("letter")  # Hangul and other scripts: one kind of their own
        else:
            kinds.add("symbol")
    # Upper and lower case count as one kind (영문자), as the usual rule reads.
    if {"upper", "lower"} & kinds:
        kinds -= {"upper", "lower"}
        kinds.add("latin")
    return kinds


def check_password(pw: str) -> None:
    """At least 8 characters of two kinds (letters, digits, symbols, Hangul) or 10 of one
    kind. Raises ValidationError saying which part fails."""
    if not pw:
        raise ValidationError("password", translate("Password", "비밀번호를 입력해 주세요."))
    if pw != pw.strip() or any(ch in "\r\n\t" for ch in pw):
        raise ValidationError(
            "password", translate(
                "Password",
                "비밀번호의 처음과 끝에는 공백을 쓸 수 없고, 줄바꿈과 탭도 쓸 수 없습니다.",
            )
        )
    kinds = len(_kinds(pw))
    if kinds >= 2 and len(pw) >= MIN_MIXED:
        return
    if len(pw) >= MIN_SINGLE:
        return
    if kinds >= 2:
        raise ValidationError(
            "password",
            translate(
                "Password",
                "비밀번호가 {count}자로 짧습니다. 두 종류 이상의 문자를 섞으면 {MIN_MIXED}자 "
                "이상이어야 합니다.",
            ).format(count=len(pw), MIN_MIXED=MIN_MIXED),
        )
    raise ValidationError(
        "password",
        translate(
            "Password",
            "비밀번호가 {count}자이고 한 종류의 문자만 썼습니다. 영문자·숫자·특수문자·한글 "
            "중 두 종류 이상을 섞어 {MIN_MIXED}자 이상으로 하거나, {MIN_SINGLE}자 이상으로 "
            "해 주세요.",
        ).format(count=len(pw), MIN_MIXED=MIN_MIXED, MIN_SINGLE=MIN_SINGLE),
    )
