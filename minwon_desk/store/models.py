"""The tables, gathered: one module per room (the agency and its people in ``org``, then
visits, memos, cases, compensation, surveys, audit, accounts, notices, privacy, retention,
site visits, registers), each table a class on the one ``Base.metadata``. Importing this
module registers every table, which Alembic (store.migrate, the migrations) and the tests
rely on; the rest of the app imports its models from here.

Relationships only where a query needs them.
"""

from __future__ import annotations

from minwon_desk.store.accounts import Account as Account
from minwon_desk.store.accounts import AccountGrant as AccountGrant
from minwon_desk.store.accounts import ServiceToken as ServiceToken
from minwon_desk.store.audit import AuditEntry as AuditEntry
from minwon_desk.store.base import Base as Base
from minwon_desk.store.cases import Case as Case
from minwon_desk.store.cases import CaseDocument as CaseDocument
from minwon_desk.store.cases import CaseEvent as CaseEvent
from minwon_desk.store.cases import CaseStage as CaseStage
from minwon_desk.store.compensation import CompensationDecision as CompensationDecision
from minwon_desk.store.compensation import CorrectiveAction as CorrectiveAction
from minwon_desk.store.compensation import Voucher as Voucher
from minwon_desk.store.compensation import VoucherBudget as VoucherBudget
from minwon_desk.store.memos import Memo as Memo
from minwon_desk.store.memos import MemoEvent as MemoEvent
from minwon_desk.store.notices import NoticeOutbox as NoticeOutbox
from minwon_desk.store.org import Absence as Absence
from minwon_desk.store.org import Agency as Agency
from minwon_desk.store.org import CalendarOverride as CalendarOverride
from minwon_desk.store.org import Department as Department
from minwon_desk.store.org import Office as Office
from minwon_desk.store.org import OfficeRoom as OfficeRoom
from minwon_desk.store.org import Seat as Seat
from minwon_desk.store.org import Staff as Staff
from minwon_desk.store.privacy import AccessLog as AccessLog
from minwon_desk.store.privacy import AccessReview as AccessReview
from minwon_desk.store.privacy import LogChain as LogChain
from minwon_desk.store.registers import RegisterCounter as RegisterCounter
from minwon_desk.store.retention import DestructionLedger as DestructionLedger
from minwon_desk.store.retention import PurgeRun as PurgeRun
from minwon_desk.store.site_visits import SiteVisit as SiteVisit
from minwon_desk.store.site_visits import SiteVisitMember as SiteVisitMember
from minwon_desk.store.surveys import SurveyAnswer as SurveyAnswer
from minwon_desk.store.surveys import SurveyItem as SurveyItem
from minwon_desk.store.surveys import SurveyResponse as SurveyResponse
from minwon_desk.store.visits import Visit as Visit
