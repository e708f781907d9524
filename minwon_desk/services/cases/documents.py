"""The case documents, filled from the register: receipt (접수증), reply letter (회신문),
extension notice (처리기간 연장 통지) and interim notice (중간 통지).

Every document was issued once by a service action and its number and wording kept
(``case_document``); rendering it again gives the same document. reportlab is loaded on
first use, not when the app starts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.documents.case_data import (
    CaseHeader,
    ExtensionNoticeData,
    InterimNoticeData,
    Letterhead,
    Officer,
    ReceiptData,
    ReplyLetterData,
    TransferNoticeData,
)
from minwon_desk.domain.cases import CaseChannel, CaseType
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.periods import Period
from minwon_desk.domain.roles import Operation, Role
from minwon_desk.domain.timeutil import SEOUL, Clock
from minwon_desk.services import access, audit
from minwon_desk.services._tx import Database
from minwon_desk.services.cases import queries as q
from minwon_desk.services.dto import Actor, RenderedDocument
from minwon_desk.services.orgchart import staff_label
from minwon_desk.services.privacy import access_log
from minwon_desk.services.privacy.access_log import Access, AccessOp
from minwon_desk.store.models import Case, Department, Staff

KINDS = ("receipt", "reply", "extension", "interim", "transfer")
_FILE_WORDS = {"receipt": "접수증", "reply": "회신문", "extension": "연장통지", "interim": "중간통지",
               "transfer": "이송통지"}


class CaseDocumentService:
    def __init__(self, db: Database, clock: Clock, charter: Charter) -> None:
        self._db = db
        self._clock = clock
        self._charter = charter

    def __repr__(self) -> str:
        return f"CaseDocumentService(charter={self._charter.id!r})"

    def render(
        self, case_id: int, kind: str, ordinal: int | None = None, *, actor: Actor | None = None
    ) -> RenderedDocument:
        """The PDF of an issued document (the latest of its kind when ``ordinal`` is None).
        With ``actor``, the print is audited (documents carry personal data)."""
        if kind not in KINDS:
            raise ValidationError("kind", translate(
                "Cases",
                "문서 종류 '{kind}'은(는) 없습니다: {kinds}.",
            ).format(kind=kind, kinds=', '.join(KINDS)))
        data, number, case_number = self._data(case_id, kind, ordinal)
        pdf = _draw(kind, data)
        if actor is not None:
            self._audit(actor, case_id, kind, number)
        word = _FILE_WORDS[kind]
        return RenderedDocument(pdf, f"{q.document_label(kind, _ordinal(data))} {case_number}",
                                f"{case_number}_{word}{_suffix(kind, data)}.pdf", number)

    def reply_hwpx(self, case_id: int) -> bytes:
        """The reply letter as a Hangul (HWPX) document the officer can edit."""
        from minwon_desk.documents.reply_hwpx import reply_letter_hwpx

        data, _number, _case = self._data(case_id, "reply", None)
        assert isinstance(data, ReplyLetterData)
        return reply_letter_hwpx(data)

    def data(self, case_id: int, kind: str, ordinal: int | None = None) -> Any:
        """The values a document prints (for tests and previews)."""
        return self._data(case_id, kind, ordinal)[0]

    # --- filling -----------------------------------------------------------------------

    def _data(self, case_id: int, kind: str, ordinal: int | None) -> tuple[Any, str, str]:
        with self._db.read() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFoundError(q.missing(case_id))
            conn = session.connection()
            number, found, issued_at, by_id, payload = q.document_payload(
                conn, case_id, kind, ordinal
            )
            header = self._header(case, number, issued_at)
            officer = _officer(session, self._charter, payload.get("officer_id", case.officer_id))
            data: Any
            if kind == "receipt":
                period = Period.parse(case.period)
                data = ReceiptData(
                    header=header, content=case.content,
                    attachments=tuple(n for n in case.attachments.splitlines() if n),
                    expected_at=_moment(payload["expected_at"]) if "expected_at" in payload
                    else case.due_at.astimezone(SEOUL),
                    period_label=period.label_ko(),
                    period_rule=period.rule_ko(self._charter.working_hours), officer=officer,
                    received_by=_name(session, case.registered_by_id),
                )
            elif kind == "transfer":
                data = TransferNoticeData(
                    header=header, agency=payload["agency"], reason=payload["reason"],
                    transferred_at=issued_at, officer=officer,
                )
            else:
                if officer is None:
                    raise ValidationError(
                        "officer", translate(
                            "Cases",
                            "담당자가 정해지지 않은 민원입니다. 담당자를 지정한 뒤에 인쇄해 "
                            "주세요.",
                        )
                    )
                data = _notice(kind, header, case, officer, found, payload)
            del by_id
            return data, number, case.number

    def _header(self, case: Case, number: str, issued_at: datetime) -> CaseHeader:
        docs = self._charter.documents
        return CaseHeader(
            document_no=number, issued_at=issued_at,
            letterhead=Letterhead.of(docs),
            receipt_no=case.number, received_at=case.received_at.astimezone(SEOUL),
            type_label=CaseType(case.case_type).label_ko,
            channel_label=CaseChannel(case.channel).label_ko,
            petitioner_name=case.petitioner_name, petitioner_contact=case.petitioner_contact,
            subject=case.subject,
        )

    def _audit(self, actor: Actor, case_id: int, kind: str, number: str) -> None:
        # A receipt is the reception's; the letters are the officer's (or their head's); a
        # transfer notice is whoever's may transfer (the desk, too).
        op = {"receipt": Operation.CASE_REGISTER,
              "transfer": Operation.CASE_TRANSFER}.get(kind, Operation.CASE_WORK)
        with self._db.write(actor, op) as (session, _staff):
            if op is Operation.CASE_WORK or (
                op is Operation.CASE_TRANSFER
                and Role.RECEPTION not in access.session_roles(session)
            ):
                officer_id = session.scalar(select(Case.officer_id).where(Case.id == case_id))
                access.check_holder(session, actor, op, officer_id, self._clock(), what="민원")
            now = self._clock()
            # The document carries the petitioner's name and contact (접속기록).
            access_log.write(session, [Access(
                actor, AccessOp.PRINT, "case", now, (case_id,),
                what=f"{_FILE_WORDS[kind]} 인쇄")], host=access_log.HOST)
            audit.record(
                session, at=now, actor=actor, desk=actor.desk,
                action="case.print", entity="case", entity_id=case_id,
                detail={"kind": kind, "number": number},
            )


def _notice(
    kind: str, header: CaseHeader, case: Case, officer: Officer, ordinal: int,
    payload: dict[str, Any],
) -> Any:
    if kind == "reply":
        if not case.answer_text.strip():
            raise ValidationError("answer", translate(
                "Cases",
                "회신 내용이 없습니다. 회신 내용을 적어 회신한 뒤에 인쇄해 주세요.",
            ))
        return ReplyLetterData(header=header, content=case.content, answer=case.answer_text,
                               officer=officer)
    if kind == "extension":
        return ExtensionNoticeData(
            header=header, previous_due=_moment(payload["previous_due"]),
            new_due=_moment(payload["new_due"]), reason=payload["reason"], ordinal=ordinal,
            consent=payload.get("consent", ""), officer=officer,
        )
    return InterimNoticeData(header=header, ordinal=ordinal, progress=payload["progress"],
                             expected_at=_moment(payload["expected_at"]), officer=officer)


def _officer(session: Session, charter: Charter, staff_id: int | None) -> Officer | None:
    if staff_id is None:
        return None
    staff = session.get(Staff, staff_id)
    if staff is None:
        return None
    dept = session.get(Department, staff.department_id)
    return Officer(
        department=dept.name if dept else "", position=staff.position, name=staff.name,
        phone=charter.documents.officer_phone(staff.extension), email=staff.email,
    )


def _name(session: Session, staff_id: int | None) -> str:
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    return staff_label(staff.name, staff.position) if staff else ""


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(SEOUL)


def _ordinal(data: Any) -> int:
    return int(getattr(data, "ordinal", 1))


def _suffix(kind: str, data: Any) -> str:
    return f"{_ordinal(data)}차" if kind in ("extension", "interim") else ""


def _draw(kind: str, data: Any) -> bytes:
    # Imported here: reportlab takes a while to load and the window must not wait for it.
    if kind == "receipt":
        from minwon_desk.documents.case_receipt import receipt_pdf

        return receipt_pdf(data)
    if kind == "reply":
        from minwon_desk.documents.reply_letter import reply_letter_pdf

        return reply_letter_pdf(data)
    if kind == "transfer":
        from minwon_desk.documents.transfer_notice import transfer_notice_pdf

        return transfer_notice_pdf(data)
    from minwon_desk.documents.case_notices import extension_notice_pdf, interim_notice_pdf

    if kind == "extension":
        return extension_notice_pdf(data)
    return interim_notice_pdf(data)
