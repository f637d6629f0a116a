"""SQLAlchemy models, one module per aggregate. No Qt here."""

from app.models.action import CaseAction
from app.models.assessment import RiskAssessment
from app.models.audit import AuditEntry, AuditHead
from app.models.base import Base
from app.models.calendar import CalendarEvent, Resource, event_party, event_resource, event_staff
from app.models.case import Case, CaseNumberCounter, CaseParty, Child, PoliceReport
from app.models.consent import Consent, Disclosure
from app.models.contact import TALK_COLUMNS, Contact, Note
from app.models.letter import Letter
from app.models.person import Address, Person
from app.models.referral import Referral, ReferralStep
from app.models.setting import Setting
from app.models.staff import EnrollmentCode, StaffMember
from app.models.statistics import ContactDayCount, PartyContactTotals
from app.models.team import DEFAULT_TEAM_ID, Team
from app.models.transport import Transport, transport_crew

__all__ = [
    "CaseAction",
    "DEFAULT_TEAM_ID",
    "TALK_COLUMNS",
    "Address",
    "AuditEntry",
    "AuditHead",
    "Base",
    "CalendarEvent",
    "Case",
    "CaseNumberCounter",
    "CaseParty",
    "Child",
    "Consent",
    "Contact",
    "ContactDayCount",
    "Disclosure",
    "EnrollmentCode",
    "Letter",
    "Note",
    "PartyContactTotals",
    "Person",
    "PoliceReport",
    "Referral",
    "ReferralStep",
    "Resource",
    "RiskAssessment",
    "Setting",
    "StaffMember",
    "Team",
    "Transport",
    "event_party",
    "event_resource",
    "event_staff",
    "transport_crew",
]
