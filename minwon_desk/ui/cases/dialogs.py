"""The officer's small dialogs on one case: assign, progress note, pause for missing material,
material received, extension, interim notice, 1357 stage, answer, and the finding of a
discourtesy complaint.

Each shows the case number and subject and the clock facts the decision needs (for an
extension: the deadline now, the latest date the law allows, which extension this is), then
calls one service function. A refusal is shown next to its field; the dialog stays open with
everything typed so the officer can fix it and press Enter (Ctrl+Enter in a text box) again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QWidget,
)

from minwon_desk.domain.case_clock import latest_extension
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.periods import Period
from minwon_desk.domain.timeutil import format_moment
from minwon_desk.services.cases.dto import (
    CaseView,
    DocumentRef,
    ExtensionRequest,
    InterimRequest,
)
from minwon_desk.services.dto import Actor
from minwon_desk.ui.cases.dialog_base import CaseDialog, _date_edit, _pydate, _qdate
from minwon_desk.ui.cases.officer_picker import OfficerPicker
from minwon_desk.ui.common.dialogs import line_edit, text_box, wrapped_label
from minwon_desk.ui.i18n import translate


class AssignDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "담당자 지정")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "지정")

    def build(self) -> None:
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setAccessibleName(translate("CaseDialogs", "맡길 직원"))
        self.status = wrapped_label(name=translate("CaseDialogs", "맡길 직원 상태"))
        self.deputy = QPushButton()
        self.deputy.setAutoDefault(False)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.combo, 1)
        row_layout.addWidget(self.deputy)
        self.add_field("officer", translate("CaseDialogs", "맡길 직원(&O)"), row)
        self._errors["officer"] = (self.combo, self._errors["officer"][1])
        self.fields.addRow("", self.status)
        self.picker = OfficerPicker(self._backend, self.combo, self.status, self.deputy, self)
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("CaseDialogs", "이름, 초성, 부서나 업무로 찾기"))  # not optional here
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def write(self, actor: Actor) -> CaseView:
        officer_id, problem = self.picker.chosen()
        if officer_id is None:
            raise ValidationError("officer", problem or translate("CaseDialogs", "맡길 직원을 골라 주세요 (이름이나 초성으로 찾기)."))
        return self._backend.cases.assign(actor, self.case.id, officer_id)


class NoteDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "진행 메모")

    def build(self) -> None:
        self.text = text_box(translate("CaseDialogs", "진행 메모"), translate("CaseDialogs", "무엇을 했는지 (예: 관련 부서에 사실관계 확인 요청)"))
        self.add_field("note", translate("CaseDialogs", "진행 메모(&N)"), self.text)

    def write(self, actor: Actor) -> CaseView:
        return self._backend.cases.add_note(actor, self.case.id, self.text.toPlainText())


class PauseDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "보완 요청")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "보완 요청")

    def build(self) -> None:
        self.text = text_box(translate("CaseDialogs", "보완 요청 사유"), translate("CaseDialogs", "무엇이 빠져 있는지 (예: 사업자등록증 사본)"))
        self.add_field("reason", translate("CaseDialogs", "보완 요청 사유(&R)"), self.text,
                       translate("CaseDialogs", "민원인에게 알리는 내용입니다."))

    def fact_lines(self) -> list[str]:
        lines = [self._due_line(),
                 translate("CaseDialogs", "보완을 요청하면 처리기한이 멈추고, 보완을 받으면 기다린 만큼 뒤로 갑니다.")]
        asked_by = self.detail.material_due_at
        if asked_by is not None and not self.detail.material_asked:
            late = (translate("CaseDialogs", " — 지났습니다. 늦은 요청으로 기록됩니다.")
                    if self._backend.clock() > asked_by else "")
            lines.append(translate("CaseDialogs", "보완 요청 기한: {at} (접수 후 8근무시간){late}").format(
                at=format_moment(asked_by), late=late))
        return lines

    def write(self, actor: Actor) -> CaseView:
        return self._backend.cases.pause(actor, self.case.id, self.text.toPlainText())


class ResumeDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "보완 접수")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "보완 접수")

    def build(self) -> None:
        self.text = line_edit(translate("CaseDialogs", "보완 접수 메모"), translate("CaseDialogs", "받은 자료 (선택)"))
        self.add_field("note", translate("CaseDialogs", "보완 접수 메모(&N)"), self.text)

    def fact_lines(self) -> list[str]:
        return [self._due_line(),
                translate("CaseDialogs", "요청한 보완: {reason}").format(reason=self.detail.pause_reason),
                translate("CaseDialogs", "보완을 기다린 근무시간은 처리기간에 넣지 않으므로 처리기한이 그만큼 뒤로 갑니다.")]

    def write(self, actor: Actor) -> CaseView:
        return self._backend.cases.resume(actor, self.case.id, self.text.text())


class ExtendDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "처리기간 연장")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "연장하고 통지서 만들기")

    def build(self) -> None:
        calendar = self._backend.calendar.current()
        self.period = Period.parse(self.detail.period)
        self.latest = latest_extension(self.case.due_at, self.period, calendar)
        self.ordinal = self.case.extensions + 1
        self.day = _date_edit(translate("CaseDialogs", "새 처리예정일"), self.latest.date())
        self.add_field("new_date", translate("CaseDialogs", "새 처리예정일(&D)"), self.day)
        self.reason = text_box(translate("CaseDialogs", "연장 사유"), translate("CaseDialogs", "기간 안에 처리할 수 없는 까닭"))
        self.add_field("reason", translate("CaseDialogs", "연장 사유(&R)"), self.reason, translate("CaseDialogs", "연장 통지서에 그대로 실립니다."))
        self.consent = line_edit(translate("CaseDialogs", "민원인 동의"), translate("CaseDialogs", "예: 7월 9일 전화로 동의 (홍길동 님)"))
        if self.ordinal >= 2:
            self.add_field("consent", translate("CaseDialogs", "민원인 동의(&C)"), self.consent,
                           translate("CaseDialogs", "언제, 어떻게 동의했는지 적어 주세요."))
        else:
            self.consent.hide()  # the first extension needs no consent (시행령 §21)
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def fact_lines(self) -> list[str]:
        lines = [
            self._due_line(),
            translate("CaseDialogs", "연장은 처음 처리기간({period})을 넘을 수 없습니다: 가장 늦게 {latest}까지.").format(
                period=self.period.label(), latest=format_moment(self.latest)),
            translate("CaseDialogs", "이번이 {n}차 연장입니다.").format(n=self.ordinal),
        ]
        if self.ordinal >= 2:
            lines.append(translate("CaseDialogs", "두 번째 연장부터는 민원인의 동의가 있어야 합니다."))
        if self._backend.clock() >= self.case.due_at:
            lines.append(translate("CaseDialogs", "처리기한이 이미 지났습니다. 연장은 기한 전에만 할 수 있습니다."))
        return lines

    def consent_shown(self) -> bool:
        return not self.consent.isHidden()

    def write(self, actor: Actor) -> DocumentRef:
        consent = self.consent.text() if self.consent_shown() else ""
        request = ExtensionRequest(_pydate(self.day), self.reason.toPlainText(), consent)
        return self._backend.cases.extend(actor, self.case.id, request)


class InterimDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "중간 통지")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "통지서 만들기")

    def build(self) -> None:
        self.progress = text_box(translate("CaseDialogs", "진행 상황"), translate("CaseDialogs", "지금까지 어떻게 처리하고 있는지"))
        self.add_field("progress", translate("CaseDialogs", "진행 상황(&P)"), self.progress)
        self.expected = _date_edit(translate("CaseDialogs", "처리 예정일"), self.case.due_at.date())
        self.add_field("expected_date", translate("CaseDialogs", "처리 예정일(&D)"), self.expected)

    def fact_lines(self) -> list[str]:
        sent = sum(1 for doc in self.detail.documents if doc.kind == "interim")
        lines = [self._due_line()]
        if self.case.interim_due_at is not None:
            lines.append(translate("CaseDialogs", "중간 통지 기한: {at}").format(at=format_moment(self.case.interim_due_at)))
        lines.append(translate("CaseDialogs", "이번이 {n}번째 중간 통지입니다.").format(n=sent + 1))
        return lines

    def prefill(self, request: InterimRequest) -> None:
        """The notice the app prepared once it fell due, for the officer to make precise."""
        self.progress.setPlainText(request.progress)
        self.expected.setDate(_qdate(request.expected_date))

    def write(self, actor: Actor) -> DocumentRef:
        request = InterimRequest(self.progress.toPlainText(), _pydate(self.expected))
        return self._backend.cases.send_interim(actor, self.case.id, request)


class StageDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "1357 단계 기록")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "기록")

    def build(self) -> None:
        self.combo = QComboBox()
        self.combo.setAccessibleName(translate("CaseDialogs", "단계"))
        model = QStandardItemModel(self.combo)
        self.combo.setModel(model)
        first_open = -1
        for stage in self.detail.stages:
            if stage.met_at is None:
                text = translate("CaseDialogs", "{label} — {due}까지").format(label=stage.label, due=format_moment(stage.due_at))
            else:
                text = translate("CaseDialogs", "{label} — {at} 기록함").format(label=stage.label, at=format_moment(stage.met_at))
            self.combo.addItem(text, stage.key)
            item = model.item(self.combo.count() - 1)
            if stage.met_at is not None:
                item.setEnabled(False)
            elif first_open < 0:
                first_open = self.combo.count() - 1
        self.combo.setCurrentIndex(first_open)
        self.add_field("stage", translate("CaseDialogs", "이룬 단계(&S)"), self.combo)
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def write(self, actor: Actor) -> CaseView:
        key = self.combo.currentData()
        if not key:
            raise ValidationError("stage", translate("CaseDialogs", "기록할 단계를 골라 주세요."))
        return self._backend.cases.mark_stage(actor, self.case.id, str(key))


class AnswerDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "회신")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "회신하고 회신문 만들기")

    def build(self) -> None:
        self.resize(760, 680)
        question = text_box(translate("CaseDialogs", "민원 내용"), "", height=60)
        question.setPlainText(self.detail.content or self.case.subject)
        question.setReadOnly(True)
        question.setMaximumHeight(140)
        self.fields.addRow(translate("CaseDialogs", "민원 내용"), question)
        self.text = text_box(translate("CaseDialogs", "회신 내용"), translate("CaseDialogs", "회신문에 그대로 실릴 답변"), height=300)
        self.add_field("answer", translate("CaseDialogs", "회신 내용(&A)"), self.text)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def fact_lines(self) -> list[str]:
        d = self.detail
        contact = d.petitioner_contact or translate("CaseDialogs", "(회신 받을 곳이 적혀 있지 않습니다)")
        lines = [self._due_line(), translate("CaseDialogs", "회신 받을 곳: {contact}").format(contact=contact)]
        if self.case.officer:
            lines.append(translate("CaseDialogs", "회신문에는 담당자 {officer}의 이름이 실립니다.").format(officer=self.case.officer))
        return lines

    def write(self, actor: Actor) -> DocumentRef:
        return self._backend.cases.answer(actor, self.case.id, self.text.toPlainText())


class FindingDialog(CaseDialog):
    """A discourtesy complaint's finding: upheld or dismissed, with what was found. Upheld,
    it becomes a compensation candidate where the charter pays for unkind handling."""

    title = QT_TRANSLATE_NOOP("CaseDialogs", "조사 결과 기록")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "기록")

    def build(self) -> None:
        self.upheld = QRadioButton(translate("CaseDialogs", "인정 — 불친절·불성실이 있었습니다(&U)"))
        self.upheld.setAccessibleName(translate("CaseDialogs", "인정"))
        self.dismissed = QRadioButton(translate("CaseDialogs", "불인정 — 확인되지 않았습니다(&D)"))
        self.dismissed.setAccessibleName(translate("CaseDialogs", "불인정"))
        self.verdict = QButtonGroup(self)
        for button in (self.upheld, self.dismissed):
            self.verdict.addButton(button)
        row = QWidget()
        row.setAccessibleName(translate("CaseDialogs", "조사 결과"))
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.upheld)
        row_layout.addWidget(self.dismissed)
        row_layout.addStretch(1)
        self.add_field("verdict", translate("CaseDialogs", "조사 결과"), row)
        self._errors["verdict"] = (self.upheld, self._errors["verdict"][1])  # the key goes there
        self.note = text_box(translate("CaseDialogs", "확인한 내용"), translate("CaseDialogs", "무엇으로 확인했는지 (예: CCTV와 당사자 진술)"))
        self.add_field("finding", translate("CaseDialogs", "확인한 내용(&N)"), self.note,
                       translate("CaseDialogs", "보상 검토의 근거로 남습니다. 한 번 기록하면 바꿀 수 없습니다."))
        self.upheld.setFocus(Qt.FocusReason.OtherFocusReason)

    def fact_lines(self) -> list[str]:
        lines = [translate("CaseDialogs", "불친절·불성실 신고의 조사 결과를 기록합니다.")]
        if self._backend.charter.compensation_for("discourtesy") is not None:
            lines.append(translate("CaseDialogs", "인정하면 보상 후보가 되어 감독자가 보상 여부를 결정합니다."))
        return lines

    def write(self, actor: Actor) -> CaseView:
        checked = self.verdict.checkedButton()
        if checked is None:
            raise ValidationError("verdict", translate("CaseDialogs", "인정인지 불인정인지 골라 주세요."))
        return self._backend.cases.record_finding(
            actor, self.case.id, upheld=checked is self.upheld, note=self.note.toPlainText())
