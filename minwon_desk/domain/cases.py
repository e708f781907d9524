"""Cases (민원): their types, channels and the processing period each type carries.

A case's answer period comes from the charter in use when it names one for the type,
otherwise from the law (민원처리법 시행령 §14–§16, §17): 법령 질의 14일, 제도·절차 질의 7일,
건의 14일, 고충 7일, 기타 즉시. 1357 field cases climb a ladder of four stage clocks; the
case must be answered by the last rung. An internet inquiry takes the charter's
``internet_inquiry`` clock when it has one (TIPA: 같은 날, 최대 48시간).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.periods import Period
from minwon_desk.domain.privacy import reject_resident_number


class CaseType(Enum):
    INQUIRY_LAW = "질의-법령"
    INQUIRY_PROCEDURE = "질의-제도"
    SUGGESTION = "건의"
    GRIEVANCE = "고충"
    OTHER = "기타"
    TASKFORCE = "1357"
    DISCOURTESY = "불친절"
    BRIBERY = "부패신고"

    @property
    def label_ko(self) -> str:
        return _TYPE_LABELS[self]

    @property
    def label(self) -> str:
        """The label in the desk's language, for the window and messages (documents keep
        ``label_ko``)."""
        return translate("CaseType", _TYPE_LABELS[self])

    @property
    def is_inquiry(self) -> bool:
        return self in (CaseType.INQUIRY_LAW, CaseType.INQUIRY_PROCEDURE)


_TYPE_LABELS = {
    CaseType.INQUIRY_LAW: QT_TRANSLATE_NOOP("CaseType", "질의(법령)"),
    CaseType.INQUIRY_PROCEDURE: QT_TRANSLATE_NOOP("CaseType", "질의(제도·절차)"),
    CaseType.SUGGESTION: QT_TRANSLATE_NOOP("CaseType", "건의"),
    CaseType.GRIEVANCE: QT_TRANSLATE_NOOP("CaseType", "고충·불만"),
    CaseType.OTHER: QT_TRANSLATE_NOOP("CaseType", "기타"),
    CaseType.TASKFORCE: QT_TRANSLATE_NOOP("CaseType", "1357 현장애로"),
    CaseType.DISCOURTESY: QT_TRANSLATE_NOOP("CaseType", "불친절·불성실 신고"),
    CaseType.BRIBERY: QT_TRANSLATE_NOOP("CaseType", "금품수수·부정비리 신고"),
}


class CaseChannel(Enum):
    VISIT = QT_TRANSLATE_NOOP("CaseChannel", "방문")
    PHONE = QT_TRANSLATE_NOOP("CaseChannel", "전화")
    MAIL = QT_TRANSLATE_NOOP("CaseChannel", "우편")
    FAX = QT_TRANSLATE_NOOP("CaseChannel", "팩스")
    EMAIL = QT_TRANSLATE_NOOP("CaseChannel", "이메일")
    INTERNET = QT_TRANSLATE_NOOP("CaseChannel", "인터넷")
    HOTLINE = "1357"

    @property
    def label_ko(self) -> str:
        return _HOTLINE if self is CaseChannel.HOTLINE else self.value

    @property
    def label(self) -> str:
        """The label in the desk's language, for the window and messages (documents keep
        ``label_ko``)."""
        return translate("CaseChannel", self.label_ko)


_HOTLINE = QT_TRANSLATE_NOOP("CaseChannel", "1357 상담센터")


@dataclass(frozen=True, slots=True)
class ClockSpec:
    """One clock a case runs: which charter key, its label, period, warning and basis."""

    key: str
    label: str
    period: Period
    warn_before: Period | None
    basis: str

    # The label and basis are the charter's words (shown as the agency wrote them) or,
    # when it is silent, the law's below, which have translations; documents print
    # ``label`` and ``basis`` themselves.
    @property
    def shown_label(self) -> str:
        """The label in the desk's language, for the window and messages."""
        return translate("CaseClocks", self.label)

    @property
    def shown_basis(self) -> str:
        """The basis in the desk's language, for the window and messages."""
        return translate("CaseClocks", self.basis)


# (charter key, label, law period, warning, basis) when the charter is silent.
_LAW: dict[CaseType, tuple[str, str, str, str | None, str]] = {
    CaseType.INQUIRY_LAW: (
        "inquiry_law", QT_TRANSLATE_NOOP("CaseClocks", "법령 질의 회신"), "14d", "2d",
        QT_TRANSLATE_NOOP("CaseClocks", "민원처리법 시행령 §14"),
    ),
    CaseType.INQUIRY_PROCEDURE: (
        "inquiry_procedure", QT_TRANSLATE_NOOP("CaseClocks", "제도·절차 질의 회신"), "7d", "1d",
        QT_TRANSLATE_NOOP("CaseClocks", "민원처리법 시행령 §14"),
    ),
    CaseType.SUGGESTION: (
        "suggestion", QT_TRANSLATE_NOOP("CaseClocks", "건의 처리결과 통지"), "14d", "2d",
        QT_TRANSLATE_NOOP("CaseClocks", "민원처리법 시행령 §15"),
    ),
    CaseType.GRIEVANCE: (
        "complaint", QT_TRANSLATE_NOOP("CaseClocks", "고충 민원 회신"), "7d", "1d",
        QT_TRANSLATE_NOOP("CaseClocks", "민원처리법 시행령 §17"),
    ),
    CaseType.OTHER: (
        "simple_question", QT_TRANSLATE_NOOP("CaseClocks", "기타 민원 응답"), "immediate", "1h",
        QT_TRANSLATE_NOOP("CaseClocks", "민원처리법 시행령 §16"),
    ),
}
# A complaint about how someone was treated, and a report of bribery, are answered
# as grievances: the charter's complaint clock, else the law's 7 days.
_LAW[CaseType.DISCOURTESY] = _LAW[CaseType.BRIBERY] = _LAW[CaseType.GRIEVANCE]

TASKFORCE_STAGES: tuple[tuple[str, str, str, str], ...] = (
    # (charter key, short label, default period, what meeting it means)
    ("taskforce_dispatch", QT_TRANSLATE_NOOP("CaseStage", "출동"), "1d", "현장기동반이 출동함"),
    ("taskforce_regional", QT_TRANSLATE_NOOP("CaseStage", "지방청 해소"), "3d", "지방청이 자체 해소함"),
    ("taskforce_hq", QT_TRANSLATE_NOOP("CaseStage", "본부 해소"), "5d", "본부가 자체 해소함"),
    ("taskforce_ministries", QT_TRANSLATE_NOOP("CaseStage", "관계부처 요청"), "7d",
     "관계부처에 해소를 요청함"),
)
_TASKFORCE_BASIS = "고객응대서비스 이행표준 1-05 (1357 현장기동반)"

TRANSFER = "transfer"
TRANSFER_OUT = "transfer_out"
MATERIAL_REQUEST = "material_request"
INTERIM = "interim_notice"
_ACT_13 = QT_TRANSLATE_NOOP("CaseClocks", "민원처리법 시행령 §13")
_TRANSFER_LAW = (QT_TRANSLATE_NOOP("CaseClocks", "서면 민원 담당자 전달"), "1h", _ACT_13)
_TRANSFER_OUT_LAW = (QT_TRANSLATE_NOOP("CaseClocks", "다른 기관 이송"), "8h", _ACT_13)
_MATERIAL_LAW = (
    QT_TRANSLATE_NOOP("CaseClocks", "보완 요청"), "8h",
    QT_TRANSLATE_NOOP("CaseClocks", "민원처리법 시행규칙 §9"),
)
_INTERIM_LAW = (
    QT_TRANSLATE_NOOP("CaseClocks", "중간 통지"), "30d", "3d",
    QT_TRANSLATE_NOOP("CaseClocks", "민원처리법 시행령 §23"),
)


def _from_charter(
    charter: Charter, key: str, label: str, period: str, warn: str | None, basis: str
) -> ClockSpec:
    rule = charter.clocks.get(key)
    if rule is not None and rule.period is not None:
        return ClockSpec(key, rule.label, rule.period, rule.warn_before, rule.basis)
    return ClockSpec(
        key, label, Period.parse(period), Period.parse(warn) if warn else None, basis
    )


def answer_clock(charter: Charter, case_type: CaseType, channel: CaseChannel) -> ClockSpec:
    """The clock by which a case of this type, received by this channel, is answered."""
    if case_type is CaseType.TASKFORCE:
        return stage_clocks(charter)[-1]
    if (
        case_type.is_inquiry
        and channel is CaseChannel.INTERNET
        and (rule := charter.clocks.get("internet_inquiry")) is not None
        and rule.period is not None
    ):
        return ClockSpec(rule.key, rule.label, rule.period, rule.warn_before, rule.basis)
    return _from_charter(charter, *_LAW[case_type])


def stage_clocks(charter: Charter) -> tuple[ClockSpec, ...]:
    """The 1357 ladder, each rung counted from receipt."""
    return tuple(
        _from_charter(charter, key, f"1357 {label}", period, None, _TASKFORCE_BASIS)
        for key, label, period, _meaning in TASKFORCE_STAGES
    )


def stage_label(key: str) -> str:
    """The 1357 stage's short label in the desk's language (the charter's clocks and the
    documents keep the Korean of ``TASKFORCE_STAGES``)."""
    for stage_key, label, _period, _meaning in TASKFORCE_STAGES:
        if stage_key == key:
            return translate("CaseStage", label)
    raise ValidationError("stage", translate("Cases", "1357 단계 '{key}'은(는) 없습니다.").format(key=key))


def transfer_clock(charter: Charter) -> ClockSpec:
    """Handing a written case to its officer: the charter's ``transfer`` clock or 1 working hour."""
    label, period, basis = _TRANSFER_LAW
    return _from_charter(charter, TRANSFER, label, period, None, basis)


def transfer_out_clock(charter: Charter) -> ClockSpec:
    """Sending a case that belongs to another agency there: the charter's
    ``transfer_out`` clock or 8 working hours from receipt."""
    label, period, basis = _TRANSFER_OUT_LAW
    return _from_charter(charter, TRANSFER_OUT, label, period, None, basis)


def material_request_clock(charter: Charter) -> ClockSpec:
    """Asking the petitioner for missing material: the charter's ``material_request``
    clock or 8 working hours from receipt."""
    label, period, basis = _MATERIAL_LAW
    return _from_charter(charter, MATERIAL_REQUEST, label, period, None, basis)


def interim_clock(charter: Charter) -> ClockSpec:
    """How often an open case owes the petitioner a progress notice (MSS 30일, TIPA 7일)."""
    return _from_charter(charter, INTERIM, *_INTERIM_LAW)


# --- what the desk types ----------------------------------------------------------------

MAX_SUBJECT = 200
MAX_TEXT = 20000
MAX_NAME = 100
MAX_ATTACHMENTS = 20


def parse_type(value: CaseType | str) -> CaseType:
    if isinstance(value, CaseType):
        return value
    text = value.strip()
    for kind in CaseType:
        if text in (kind.value, kind.label_ko, kind.name.lower()):
            return kind
    names = ", ".join(kind.value for kind in CaseType)
    raise ValidationError("type", translate(
        "Cases",
        "민원 종류 '{value}'은(는) 없습니다. 다음 중 하나로 적어 주세요: {names}.",
    ).format(value=value, names=names))


def parse_channel(value: CaseChannel | str) -> CaseChannel:
    if isinstance(value, CaseChannel):
        return value
    text = value.strip()
    for channel in CaseChannel:
        if text in (channel.value, channel.label_ko, channel.name.lower()):
            return channel
    names = ", ".join(channel.value for channel in CaseChannel)
    raise ValidationError(
        "channel", translate(
            "Cases",
            "접수 경로 '{value}'은(는) 없습니다. 다음 중 하나로 적어 주세요: {names}.",
        ).format(value=value, names=names)
    )


def check_text(
    field: str, label: str, value: str, *, limit: int, required: bool, empty: str = ""
) -> str:
    """Trimmed free text: refused empty when required, too long, or holding a resident
    registration number (which is never stored)."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(field, empty or translate("Cases", "{label}을(를) 적어 주세요.").format(label=label))
    if len(text) > limit:
        raise ValidationError(
            field, translate(
                "Cases",
                "{label}이(가) 너무 깁니다 ({count:,}자). {limit:,}자 이내로 줄여 주세요.",
            ).format(label=label, count=len(text), limit=limit)
        )
    reject_resident_number(field, label, text)
    return text


def check_attachments(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    cleaned = tuple(
        check_text("attachments", translate("Cases", "첨부 파일 이름"), name, limit=200, required=False)
        for name in names
    )
    cleaned = tuple(name for name in cleaned if name)
    if len(cleaned) > MAX_ATTACHMENTS:
        raise ValidationError(
            "attachments", translate(
                "Cases",
                "첨부는 {max_attachments}개까지 적을 수 있습니다 ({count}개).",
            ).format(max_attachments=MAX_ATTACHMENTS, count=len(cleaned))
        )
    return cleaned


def receipt_number(agency_code: str, year: int, sequence: int) -> str:
    """'MSS-2026-000123': the register's order within the agency and year, never reused."""
    return f"{agency_code.upper()}-{year}-{sequence:06d}"
