"""Vocabularies of the work. Values are stable identifiers stored in the database; the Swedish
labels users see live in app.ui.labels (translated through Qt)."""

from __future__ import annotations

from enum import StrEnum


class Agency(StrEnum):
    POLICE = "police"
    SOCIAL = "social"

    @property
    def other(self) -> Agency:
        return Agency.SOCIAL if self is Agency.POLICE else Agency.POLICE


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class CaseSource(StrEnum):
    POLICE_TIP = "police_tip"
    BINR = "binr"
    RVT = "rvt"
    OWN_IDENTIFICATION = "own_identification"
    PUBLIC_TIP = "public_tip"
    OTHER = "other"


class Area(StrEnum):
    INSIDE = "inside"
    OUTSIDE = "outside"


class PartyRole(StrEnum):
    VICTIM = "victim"
    SUSPECT = "suspect"


class Relation(StrEnum):
    CURRENT_PARTNER = "current_partner"
    FORMER_PARTNER = "former_partner"
    OTHER = "other"


class NumberKind(StrEnum):
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"
    RESERVE = "reserve"  # temporary reserve number
    NONE = "none"  # birth year only


class Protection(StrEnum):
    """Swedish protected-identity levels (Skatteverket)."""

    NONE = "none"
    SEKRETESSMARKERING = "sekretessmarkering"
    SKYDDAD_FOLKBOKFORING = "skyddad_folkbokforing"
    FINGERADE = "fingerade_personuppgifter"


class Investigation(StrEnum):
    NONE = "none"
    OPEN = "open"
    CLOSED = "closed"


class ContactBan(StrEnum):
    NONE = "none"
    ORDINARY = "ordinary"  # kontaktförbud
    SHARED_HOME = "shared_home"  # avseende gemensam bostad
    EXTENDED = "extended"  # utvidgat
    SPECIALLY_EXTENDED = "specially_extended"  # särskilt utvidgat


class Custody(StrEnum):
    NONE = "none"
    ARRESTED = "arrested"  # anhållen
    DETAINED = "detained"  # häktad
    RELEASED = "released"  # släppt


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    VIDEO = "video"
    MEETING = "meeting"
    HOME_VISIT = "home_visit"
    ARREST_TALK = "arrest_talk"
    RELEASE_TALK = "release_talk"
    ACCOMPANIMENT = "accompaniment"

    @property
    def is_digital(self) -> bool:
        return self in DIGITAL_CHANNELS


DIGITAL_CHANNELS = frozenset({Channel.PHONE, Channel.SMS, Channel.EMAIL, Channel.VIDEO})


class TalkKind(StrEnum):
    """The seven purposes of a talk counted in the evaluation report."""

    SUPPORT_VIOLENCE = "support_violence"
    SUPPORT_ADDICTION = "support_addiction"
    POLICE_REPORT = "police_report"
    INVESTIGATION = "investigation"
    SAFETY_PLANNING = "safety_planning"
    CHECK_IN = "check_in"
    RISK_ASSESSMENT = "risk_assessment"


class ConsentMethod(StrEnum):
    SIGNED = "signed"
    VERBAL = "verbal"


class ReferralStatus(StrEnum):
    NO = "no"
    YES = "yes"
    ALREADY = "already"  # redan aktuell


class ReferralState(StrEnum):
    """Where a referral stands (app.services.cases.referrals.TRANSITIONS says what may follow)."""

    DRAFTED = "drafted"
    SENT = "sent"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    STARTED = "started"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class ReferralTarget(StrEnum):
    RVT = "rvt"
    RVC = "rvc"
    MANSCENTRUM = "manscentrum"
    WOMENS_SHELTER = "womens_shelter"
    ADDICTION = "addiction"
    ECONOMIC_ASSISTANCE = "economic_assistance"
    PSYCHIATRY_HEALTHCARE = "psychiatry_healthcare"
    BOPS = "bops"
    BINR = "binr"
    OTHER_DISTRICT = "other_district"
    OTHER = "other"


class Instrument(StrEnum):
    FREDA_SHORT = "freda_short"
    FREDA_DESCRIPTION = "freda_description"
    FREDA_DANGER = "freda_danger"
    SARA = "sara"
    PATRIARK = "patriark"
    SAM = "sam"
    PPIT = "ppit"
    GENERAL_SAFETY = "general_safety"


class RiskLevel(StrEnum):
    LOW = "low"
    ELEVATED = "elevated"
    HIGH = "high"


class EventKind(StrEnum):
    ARREST_TALK = "arrest_talk"
    HOME_VISIT = "home_visit"
    RELEASE_TALK = "release_talk"
    INTERVIEW_SUPPORT = "interview_support"
    COURT_SUPPORT = "court_support"
    BRIEFING = "briefing"
    RVT_MEETING = "rvt_meeting"
    MEETING = "meeting"
    ROOM_BOOKING = "room_booking"
    FOLLOW_UP_CALL = "follow_up_call"
    TRANSPORT = "transport"
    OTHER = "other"


class ResourceKind(StrEnum):
    ROOM = "room"
    VEHICLE = "vehicle"


class TransportPurpose(StrEnum):
    INTERVIEW = "interview"
    COURT = "court"
    MEDICAL = "medical"
    FORENSIC = "forensic"
    PROTECTED_HOUSING = "protected_housing"
    FETCH_BELONGINGS = "fetch_belongings"
    OTHER = "other"


class TransportStatus(StrEnum):
    REQUESTED = "requested"
    PLANNED = "planned"
    UNDER_WAY = "under_way"
    DONE = "done"
    CANCELLED = "cancelled"


class LetterKind(StrEnum):
    REFERRAL = "referral"
    CONCERN_REPORT = "concern_report"
    CONSENT_FORM = "consent_form"
    APPOINTMENT = "appointment"
    BRIEFING_LIST = "briefing_list"
    RUN_SHEET = "run_sheet"
