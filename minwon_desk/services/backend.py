"""The one object the UI and the command line hold: services over one database."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.plaintext import desk_name
from minwon_desk.domain.timeutil import Clock, system_clock
from minwon_desk.services._tx import Database
from minwon_desk.services.accounts.service import AccountService
from minwon_desk.services.audit import AuditService
from minwon_desk.services.backup.service import BackupService
from minwon_desk.services.calendar import CalendarService
from minwon_desk.services.cases.documents import CaseDocumentService
from minwon_desk.services.cases.register_service import CaseRegister
from minwon_desk.services.cases.service import CaseService
from minwon_desk.services.cases.site_visits import SiteVisitService
from minwon_desk.services.directory.absence_import import AbsenceImporter
from minwon_desk.services.directory.absences import AbsenceService
from minwon_desk.services.directory.export import DirectoryExporter
from minwon_desk.services.directory.offices import OfficeService
from minwon_desk.services.directory.printing import DirectoryPrintService
from minwon_desk.services.directory.roster import RosterService
from minwon_desk.services.directory.roster_import import RosterImporter
from minwon_desk.services.directory.service import DirectoryService
from minwon_desk.services.directory.staff import StaffService
from minwon_desk.services.events import EventBus
from minwon_desk.services.memos.service import MemoService
from minwon_desk.services.notices.service import NoticeService
from minwon_desk.services.privacy.access_log import AccessLog
from minwon_desk.services.privacy.review import AccessReviewService
from minwon_desk.services.privacy.verify import ChainVerifier
from minwon_desk.services.retention.purge import RetentionService
from minwon_desk.services.supervision.compensation import CompensationService
from minwon_desk.services.supervision.corrective import CorrectiveService
from minwon_desk.services.supervision.inspection import InspectionService
from minwon_desk.services.supervision.survey import SurveyService
from minwon_desk.services.supervision.voucher_print import VoucherPrintService
from minwon_desk.services.visits.service import VisitService
from minwon_desk.store.engine import DEFAULT_BUSY_TIMEOUT_MS, database_label, hurried, make_engine
from minwon_desk.store.migrate import MigrationResult, migrate


class Backend:
    events: EventBus
    charter: Charter
    clock: Clock
    desk: str
    visits: VisitService
    memos: MemoService
    cases: CaseService
    case_documents: CaseDocumentService
    case_register: CaseRegister
    site_visits: SiteVisitService
    notices: NoticeService
    compensation: CompensationService
    corrective: CorrectiveService
    staff: StaffService
    calendar: CalendarService
    audit: AuditService
    backups: BackupService
    access_log: AccessLog
    chains: ChainVerifier
    access_review: AccessReviewService
    accounts: AccountService
    offices: OfficeService
    directory: DirectoryService
    roster: RosterService
    absences: AbsenceService
    roster_import: RosterImporter
    absence_import: AbsenceImporter
    directory_export: DirectoryExporter
    directory_print: DirectoryPrintService
    database_label: str
    migration: MigrationResult  # what opening did to the schema (and where the backup is)

    def __init__(
        self,
        db: Database,
        *,
        charter: Charter,
        desk: str,
        clock: Clock,
        label: str,
        migration: MigrationResult,
    ) -> None:
        self.db = db
        self.events = db.events
        self.charter = charter
        self.clock = clock
        self.desk = desk
        self.database_label = label
        self.migration = migration
        self.staff = StaffService(db)
        self.calendar = CalendarService(db, clock, charter.working_hours)
        self.visits = VisitService(db, clock, charter, self.calendar, desk=desk)
        self.memos = MemoService(db, clock, charter, self.calendar)
        self.cases = CaseService(db, clock, charter, self.calendar)
        self.case_documents = CaseDocumentService(db, clock, charter)
        self.notices = NoticeService(db, clock, charter, document_pdf=self._case_pdf)
        self.cases.notices = self.notices
        self.memos.notices = self.notices
        self.inspection = InspectionService(db, clock, charter)
        self.compensation = CompensationService(db, clock, charter)
        self.corrective = CorrectiveService(db, clock, charter)
        self.audit = AuditService(db)
        self.backups = BackupService(db, clock, desk)
        self.access_log = AccessLog(db, clock)
        self.case_register = CaseRegister(db, clock, self.access_log)
        self.site_visits = SiteVisitService(db, clock, charter, self.calendar)
        self.site_visits.notices = self.notices
        self.chains = ChainVerifier(db)
        self.retention = RetentionService(db, clock, charter)
        self.access_review = AccessReviewService(
            db, clock, self.calendar, charter.documents.agency_name)
        self.accounts = AccountService(db, clock)
        self.offices = OfficeService(db, clock)
        self.directory = DirectoryService(db, clock, charter.working_hours)
        self.roster = RosterService(
            db, clock, after_departure=self.memos.reassign_departed
        )
        self.absences = AbsenceService(db, clock)
        self.roster_import = RosterImporter(db, clock, charter=charter, desk=desk)
        self.absence_import = AbsenceImporter(db, clock, charter=charter, desk=desk)
        self.directory_export = DirectoryExporter(db, clock, charter=charter)
        self.directory_print = DirectoryPrintService(db, clock)
        self.survey = SurveyService(db, clock, charter)
        self.voucher_print = VoucherPrintService(db, clock, charter)

    @classmethod
    def open(
        cls,
        db_url: str,
        *,
        charter: Charter,
        desk: str,
        clock: Clock = system_clock,
        backup_dir: Path | None = None,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    ) -> Backend:
        """Connect, bring the schema to this version (backing up first), and return the
        services. Raises StorageError, DatabaseTooNewError or (a shared PostgreSQL server
        with an older schema) DatabaseTooOldError; nothing is left open then."""
        desk = desk_name(desk)  # refused before the database is touched
        engine = make_engine(db_url, busy_timeout_ms=busy_timeout_ms)
        try:
            # A shared server is upgraded by its administrator (``db upgrade``), never by
            # a desk that happens to start first with a newer version.
            result = migrate(engine, backup_dir=backup_dir, now=clock(),
                             upgrade_older=engine.dialect.name != "postgresql")
        except BaseException:
            engine.dispose()
            raise
        return cls(
            Database(engine),
            charter=charter,
            desk=desk,
            clock=clock,
            label=database_label(db_url),
            migration=result,
        )

    def _case_pdf(self, case_id: int, kind: str) -> tuple[str, bytes]:
        document = self.case_documents.render(case_id, kind)
        return document.filename, document.pdf

    def hurried(self) -> AbstractContextManager[None]:
        """``with backend.hurried():`` a save tried while a person waits gives up on another
        desk's lock after a moment (LockedError), to be said and tried again off the screen's
        thread."""
        return hurried()

    def close(self) -> None:
        self.access_log.close()
        self.db.engine.dispose()

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Backend({self.database_label!r}, desk={self.desk!r})"
