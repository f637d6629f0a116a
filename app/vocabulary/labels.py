"""The one place for the Swedish label of every stored enum value (app.models.enums).

Qt-free, so services (exports, letters, .ics, day lists) and the UI use the same words. Every text
is marked with `translate_noop("labels", …)`, which pyside6-lupdate extracts (see
tools/update_translations.py), and is translated where it is shown: `label()` here for services,
`app.ui.labels.label()` in widgets. One dict per enum: StrEnum members of different enums with the
same value ("open", "other", …) are equal keys, so one shared dict would mix them up.

A few enums have a second wording for a particular place, defined here as well so no other module
keeps its own copy: SHORT (narrow table columns; the full label is the tooltip), REPORT (the
evaluation report's wording used by the statistics) and IN_LETTERS (a phrase inside a Swedish letter).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from app.i18n import translate, translate_noop
from app.models import enums as e

CONTEXT = "labels"

AGENCY: dict[e.Agency, str] = {
    e.Agency.POLICE: translate_noop("labels", "Polis"),
    e.Agency.SOCIAL: translate_noop("labels", "Socialtjänst"),
}
CASE_STATUS: dict[e.CaseStatus, str] = {
    e.CaseStatus.OPEN: translate_noop("labels", "Öppet"),
    e.CaseStatus.CLOSED: translate_noop("labels", "Avslutat"),
}
CASE_SOURCE: dict[e.CaseSource, str] = {
    e.CaseSource.POLICE_TIP: translate_noop("labels", "Tips från polis"),
    e.CaseSource.BINR: translate_noop("labels", "BINR"),
    e.CaseSource.RVT: translate_noop("labels", "RVT"),
    e.CaseSource.OWN_IDENTIFICATION: translate_noop("labels", "Egen identifiering"),
    e.CaseSource.PUBLIC_TIP: translate_noop("labels", "Tips från allmänheten"),
    e.CaseSource.OTHER: translate_noop("labels", "Annat"),
}
AREA: dict[e.Area, str] = {
    e.Area.INSIDE: translate_noop("labels", "Inom projektområdet"),
    e.Area.OUTSIDE: translate_noop("labels", "Utanför projektområdet"),
}
PARTY_ROLE: dict[e.PartyRole, str] = {
    e.PartyRole.VICTIM: translate_noop("labels", "Våldsutsatt"),
    e.PartyRole.SUSPECT: translate_noop("labels", "Misstänkt våldsutövare"),
}
RELATION: dict[e.Relation, str] = {
    e.Relation.CURRENT_PARTNER: translate_noop("labels", "Nuvarande partner"),
    e.Relation.FORMER_PARTNER: translate_noop("labels", "Tidigare partner"),
    e.Relation.OTHER: translate_noop("labels", "Annan relation"),
}
NUMBER_KIND: dict[e.NumberKind, str] = {
    e.NumberKind.PERSONNUMMER: translate_noop("labels", "Personnummer"),
    e.NumberKind.SAMORDNINGSNUMMER: translate_noop("labels", "Samordningsnummer"),
    e.NumberKind.RESERVE: translate_noop("labels", "Reservnummer"),
    e.NumberKind.NONE: translate_noop("labels", "Endast födelseår"),
}
PROTECTION: dict[e.Protection, str] = {
    e.Protection.NONE: translate_noop("labels", "Ingen"),
    e.Protection.SEKRETESSMARKERING: translate_noop("labels", "Sekretessmarkering"),
    e.Protection.SKYDDAD_FOLKBOKFORING: translate_noop("labels", "Skyddad folkbokföring"),
    e.Protection.FINGERADE: translate_noop("labels", "Fingerade personuppgifter"),
}
INVESTIGATION: dict[e.Investigation, str] = {
    e.Investigation.NONE: translate_noop("labels", "Ingen förundersökning"),
    e.Investigation.OPEN: translate_noop("labels", "Förundersökning pågår"),
    e.Investigation.CLOSED: translate_noop("labels", "Förundersökning nedlagd"),
}
CONTACT_BAN: dict[e.ContactBan, str] = {
    e.ContactBan.NONE: translate_noop("labels", "Inget kontaktförbud"),
    e.ContactBan.ORDINARY: translate_noop("labels", "Kontaktförbud"),
    e.ContactBan.SHARED_HOME: translate_noop("labels", "Kontaktförbud avseende gemensam bostad"),
    e.ContactBan.EXTENDED: translate_noop("labels", "Utvidgat kontaktförbud"),
    e.ContactBan.SPECIALLY_EXTENDED: translate_noop("labels", "Särskilt utvidgat kontaktförbud"),
}
CUSTODY: dict[e.Custody, str] = {
    e.Custody.NONE: translate_noop("labels", "Inte frihetsberövad"),
    e.Custody.ARRESTED: translate_noop("labels", "Anhållen"),
    e.Custody.DETAINED: translate_noop("labels", "Häktad"),
    e.Custody.RELEASED: translate_noop("labels", "Släppt"),
}
CHANNEL: dict[e.Channel, str] = {
    e.Channel.PHONE: translate_noop("labels", "Telefon"),
    e.Channel.SMS: translate_noop("labels", "SMS"),
    e.Channel.EMAIL: translate_noop("labels", "E-post"),
    e.Channel.VIDEO: translate_noop("labels", "Video"),
    e.Channel.MEETING: translate_noop("labels", "Möte"),
    e.Channel.HOME_VISIT: translate_noop("labels", "Hembesök"),
    e.Channel.ARREST_TALK: translate_noop("labels", "Arresteringssamtal"),
    e.Channel.RELEASE_TALK: translate_noop("labels", "Släppsamtal"),
    e.Channel.ACCOMPANIMENT: translate_noop("labels", "Följe (förhör, rättegång)"),
}
TALK_KIND: dict[e.TalkKind, str] = {
    e.TalkKind.SUPPORT_VIOLENCE: translate_noop("labels", "Motivera till stödinsats för våld"),
    e.TalkKind.SUPPORT_ADDICTION: translate_noop(
        "labels", "Motivera till stöd för missbruk/beroende"
    ),
    e.TalkKind.POLICE_REPORT: translate_noop("labels", "Motivera till polisanmälan"),
    e.TalkKind.INVESTIGATION: translate_noop("labels", "Motivera att delta i förundersökning"),
    e.TalkKind.SAFETY_PLANNING: translate_noop("labels", "Säkerhetsplanering"),
    e.TalkKind.CHECK_IN: translate_noop("labels", "Avstämningssamtal"),
    e.TalkKind.RISK_ASSESSMENT: translate_noop("labels", "Riskbedömning"),
}
CONSENT_METHOD: dict[e.ConsentMethod, str] = {
    e.ConsentMethod.SIGNED: translate_noop("labels", "Skriftligt (undertecknad blankett)"),
    e.ConsentMethod.VERBAL: translate_noop("labels", "Muntligt"),
}
REFERRAL_STATE: dict[e.ReferralState, str] = {
    e.ReferralState.DRAFTED: translate_noop("labels", "Utkast"),
    e.ReferralState.SENT: translate_noop("labels", "Skickad"),
    e.ReferralState.RECEIVED: translate_noop("labels", "Mottagen"),
    e.ReferralState.ACCEPTED: translate_noop("labels", "Accepterad"),
    e.ReferralState.DECLINED: translate_noop("labels", "Avböjd"),
    e.ReferralState.STARTED: translate_noop("labels", "Påbörjad"),
    e.ReferralState.COMPLETED: translate_noop("labels", "Slutförd"),
    e.ReferralState.WITHDRAWN: translate_noop("labels", "Återtagen"),
}
REFERRAL_STATUS: dict[e.ReferralStatus, str] = {
    e.ReferralStatus.NO: translate_noop("labels", "Nej"),
    e.ReferralStatus.YES: translate_noop("labels", "Ja"),
    e.ReferralStatus.ALREADY: translate_noop("labels", "Redan aktuell"),
}
REFERRAL_TARGET: dict[e.ReferralTarget, str] = {
    e.ReferralTarget.RVT: translate_noop("labels", "RVT (relationsvåldsteamet)"),
    e.ReferralTarget.RVC: translate_noop("labels", "RVC (relationsvåldscentrum)"),
    e.ReferralTarget.MANSCENTRUM: translate_noop("labels", "Manscentrum"),
    e.ReferralTarget.WOMENS_SHELTER: translate_noop("labels", "Kvinnojour"),
    e.ReferralTarget.ADDICTION: translate_noop("labels", "Beroendevård"),
    e.ReferralTarget.ECONOMIC_ASSISTANCE: translate_noop("labels", "Ekonomiskt bistånd"),
    e.ReferralTarget.PSYCHIATRY_HEALTHCARE: translate_noop(
        "labels", "Psykiatri/hälso- och sjukvård"
    ),
    e.ReferralTarget.BOPS: translate_noop("labels", "BOPS (brottsoffer- och personsäkerhet)"),
    e.ReferralTarget.BINR: translate_noop("labels", "BINR (utredning)"),
    e.ReferralTarget.OTHER_DISTRICT: translate_noop("labels", "Annat stadsdelsområde"),
    e.ReferralTarget.OTHER: translate_noop("labels", "Annat"),
}
INSTRUMENT: dict[e.Instrument, str] = {
    e.Instrument.FREDA_SHORT: translate_noop("labels", "FREDA-kortfrågor"),
    e.Instrument.FREDA_DESCRIPTION: translate_noop("labels", "FREDA-beskrivning"),
    e.Instrument.FREDA_DANGER: translate_noop("labels", "FREDA-farlighetsbedömning"),
    e.Instrument.SARA: translate_noop("labels", "SARA"),
    e.Instrument.PATRIARK: translate_noop("labels", "PATRIARK"),
    e.Instrument.SAM: translate_noop("labels", "SAM"),
    e.Instrument.PPIT: translate_noop("labels", "PPIT"),
    e.Instrument.GENERAL_SAFETY: translate_noop("labels", "Allmän säkerhetsbedömning"),
}
RISK_LEVEL: dict[e.RiskLevel, str] = {
    e.RiskLevel.LOW: translate_noop("labels", "Låg"),
    e.RiskLevel.ELEVATED: translate_noop("labels", "Förhöjd"),
    e.RiskLevel.HIGH: translate_noop("labels", "Hög"),
}
EVENT_KIND: dict[e.EventKind, str] = {
    e.EventKind.ARREST_TALK: translate_noop("labels", "Arresteringssamtal"),
    e.EventKind.HOME_VISIT: translate_noop("labels", "Hembesök"),
    e.EventKind.RELEASE_TALK: translate_noop("labels", "Släppsamtal"),
    e.EventKind.INTERVIEW_SUPPORT: translate_noop("labels", "Stöd vid förhör"),
    e.EventKind.COURT_SUPPORT: translate_noop("labels", "Stöd vid rättegång"),
    e.EventKind.BRIEFING: translate_noop("labels", "Genomgång med IGV"),
    e.EventKind.RVT_MEETING: translate_noop("labels", "Möte med RVT"),
    e.EventKind.MEETING: translate_noop("labels", "Möte"),
    e.EventKind.ROOM_BOOKING: translate_noop("labels", "Bokning av samtalsrum"),
    e.EventKind.FOLLOW_UP_CALL: translate_noop("labels", "Uppföljningssamtal"),
    e.EventKind.TRANSPORT: translate_noop("labels", "Transport"),
    e.EventKind.OTHER: translate_noop("labels", "Övrigt"),
}
RESOURCE_KIND: dict[e.ResourceKind, str] = {
    e.ResourceKind.ROOM: translate_noop("labels", "Samtalsrum"),
    e.ResourceKind.VEHICLE: translate_noop("labels", "Fordon"),
}
TRANSPORT_PURPOSE: dict[e.TransportPurpose, str] = {
    e.TransportPurpose.INTERVIEW: translate_noop("labels", "Förhör"),
    e.TransportPurpose.COURT: translate_noop("labels", "Rättegång"),
    e.TransportPurpose.MEDICAL: translate_noop("labels", "Läkarbesök"),
    e.TransportPurpose.FORENSIC: translate_noop("labels", "Rättsmedicinsk undersökning"),
    e.TransportPurpose.PROTECTED_HOUSING: translate_noop("labels", "Skyddat boende"),
    e.TransportPurpose.FETCH_BELONGINGS: translate_noop("labels", "Hämta tillhörigheter/djur"),
    e.TransportPurpose.OTHER: translate_noop("labels", "Annat"),
}
TRANSPORT_STATUS: dict[e.TransportStatus, str] = {
    e.TransportStatus.REQUESTED: translate_noop("labels", "Begärd"),
    e.TransportStatus.PLANNED: translate_noop("labels", "Planerad"),
    e.TransportStatus.UNDER_WAY: translate_noop("labels", "Pågår"),
    e.TransportStatus.DONE: translate_noop("labels", "Genomförd"),
    e.TransportStatus.CANCELLED: translate_noop("labels", "Inställd"),
}
LETTER_KIND: dict[e.LetterKind, str] = {
    e.LetterKind.REFERRAL: translate_noop("labels", "Remiss"),
    e.LetterKind.CONCERN_REPORT: translate_noop("labels", "Orosanmälan"),
    e.LetterKind.CONSENT_FORM: translate_noop("labels", "Samtyckesblankett"),
    e.LetterKind.APPOINTMENT: translate_noop("labels", "Kallelse/bekräftelse"),
    e.LetterKind.BRIEFING_LIST: translate_noop("labels", "Fokuspersoner för genomgång"),
    e.LetterKind.RUN_SHEET: translate_noop("labels", "Körorder"),
}

LABELS: dict[type[Enum], Mapping[Any, str]] = {
    e.Agency: AGENCY,
    e.CaseStatus: CASE_STATUS,
    e.CaseSource: CASE_SOURCE,
    e.Area: AREA,
    e.PartyRole: PARTY_ROLE,
    e.Relation: RELATION,
    e.NumberKind: NUMBER_KIND,
    e.Protection: PROTECTION,
    e.Investigation: INVESTIGATION,
    e.ContactBan: CONTACT_BAN,
    e.Custody: CUSTODY,
    e.Channel: CHANNEL,
    e.TalkKind: TALK_KIND,
    e.ConsentMethod: CONSENT_METHOD,
    e.ReferralStatus: REFERRAL_STATUS,
    e.ReferralState: REFERRAL_STATE,
    e.ReferralTarget: REFERRAL_TARGET,
    e.Instrument: INSTRUMENT,
    e.RiskLevel: RISK_LEVEL,
    e.EventKind: EVENT_KIND,
    e.ResourceKind: RESOURCE_KIND,
    e.TransportPurpose: TRANSPORT_PURPOSE,
    e.TransportStatus: TRANSPORT_STATUS,
    e.LetterKind: LETTER_KIND,
}

# --- second wordings ---------------------------------------------------------------------------

# Narrow table columns (case list: source; case file timeline: talk kinds).
CASE_SOURCE_SHORT: dict[e.CaseSource, str] = {
    e.CaseSource.POLICE_TIP: translate_noop("labels", "Polistips"),
    e.CaseSource.BINR: CASE_SOURCE[e.CaseSource.BINR],
    e.CaseSource.RVT: CASE_SOURCE[e.CaseSource.RVT],
    e.CaseSource.OWN_IDENTIFICATION: translate_noop("labels", "Polissystem"),
    e.CaseSource.PUBLIC_TIP: translate_noop("labels", "Allmänheten"),
    e.CaseSource.OTHER: CASE_SOURCE[e.CaseSource.OTHER],
}
TALK_KIND_SHORT: dict[e.TalkKind, str] = {
    e.TalkKind.SUPPORT_VIOLENCE: translate_noop("labels", "Stöd våld"),
    e.TalkKind.SUPPORT_ADDICTION: translate_noop("labels", "Missbruk"),
    e.TalkKind.POLICE_REPORT: translate_noop("labels", "Polisanmälan"),
    e.TalkKind.INVESTIGATION: translate_noop("labels", "Förundersökning"),
    e.TalkKind.SAFETY_PLANNING: translate_noop("labels", "Säkerhetsplan"),
    e.TalkKind.CHECK_IN: translate_noop("labels", "Avstämning"),
    e.TalkKind.RISK_ASSESSMENT: TALK_KIND[e.TalkKind.RISK_ASSESSMENT],
}
PARTY_ROLE_SHORT: dict[e.PartyRole, str] = {
    e.PartyRole.VICTIM: PARTY_ROLE[e.PartyRole.VICTIM],
    e.PartyRole.SUSPECT: translate_noop("labels", "Misstänkt"),
}
SHORT: dict[type[Enum], Mapping[Any, str]] = {
    e.PartyRole: PARTY_ROLE_SHORT,
    e.CaseSource: CASE_SOURCE_SHORT,
    e.TalkKind: TALK_KIND_SHORT,
}

# The evaluation report's wording (statistics page, exports, `igor-desk stats`).
CASE_SOURCE_REPORT: dict[e.CaseSource, str] = {
    e.CaseSource.POLICE_TIP: translate_noop("labels", "Tips från polisen"),
    e.CaseSource.BINR: translate_noop("labels", "Anmälan från BINR"),
    e.CaseSource.RVT: translate_noop("labels", "Från RVT"),
    e.CaseSource.OWN_IDENTIFICATION: translate_noop(
        "labels", "Egen identifiering i polisens system"
    ),
    e.CaseSource.PUBLIC_TIP: CASE_SOURCE[e.CaseSource.PUBLIC_TIP],
    e.CaseSource.OTHER: CASE_SOURCE[e.CaseSource.OTHER],
}
TALK_KIND_REPORT: dict[e.TalkKind, str] = {
    e.TalkKind.SUPPORT_VIOLENCE: translate_noop(
        "labels", "Motivera till att söka stödinsats för våld"
    ),
    e.TalkKind.SUPPORT_ADDICTION: translate_noop(
        "labels", "Motivera till att söka stödinsats för missbruk"
    ),
    e.TalkKind.POLICE_REPORT: translate_noop("labels", "Motivera till att göra polisanmälan"),
    e.TalkKind.INVESTIGATION: translate_noop("labels", "Motivera till att delta i förundersökning"),
    e.TalkKind.SAFETY_PLANNING: TALK_KIND[e.TalkKind.SAFETY_PLANNING],
    e.TalkKind.CHECK_IN: translate_noop("labels", "Avstämningssamtal (ej MI)"),
    e.TalkKind.RISK_ASSESSMENT: TALK_KIND[e.TalkKind.RISK_ASSESSMENT],
}
PARTY_ROLE_REPORT: dict[e.PartyRole, str] = {
    e.PartyRole.VICTIM: PARTY_ROLE[e.PartyRole.VICTIM],
    e.PartyRole.SUSPECT: translate_noop("labels", "Våldsutövare"),
}
REPORT: dict[type[Enum], Mapping[Any, str]] = {
    e.PartyRole: PARTY_ROLE_REPORT,
    e.CaseSource: CASE_SOURCE_REPORT,
    e.TalkKind: TALK_KIND_REPORT,
}

# Inside a sentence of a Swedish letter (letters stay Swedish: they go to Swedish authorities).
CONSENT_METHOD_IN_LETTERS: dict[e.ConsentMethod, str] = {
    e.ConsentMethod.SIGNED: translate_noop("labels", "skriftligt, på samtyckesblankett"),
    e.ConsentMethod.VERBAL: translate_noop("labels", "muntligt"),
}
IN_LETTERS: dict[type[Enum], Mapping[Any, str]] = {e.ConsentMethod: CONSENT_METHOD_IN_LETTERS}

# The kinds of record a consent can cover (app.models.consent.SCOPE_TABLES; not an enum: they
# are the agency-owned tables).
CONSENT_KIND: dict[str, str] = {
    "note": translate_noop("labels", "journalanteckningar"),
    "contact": translate_noop("labels", "kontakter"),
    "risk_assessment": translate_noop("labels", "riskbedömningar"),
    "letter": translate_noop("labels", "brev"),
}


# --- look-ups ----------------------------------------------------------------------------------


def source_text(member: Enum, variant: Mapping[type[Enum], Mapping[Any, str]] = LABELS) -> str:
    """The Swedish source text (untranslated: for letters and forms, and for `tr`)."""
    table = variant.get(type(member))
    if table is None:  # a variant covers only some enums: fall back to the label
        table = LABELS[type(member)]
    return table[member]


def label(member: Enum | None) -> str:
    """The label of an enum member in the user's language ('' for None)."""
    return "" if member is None else translate(CONTEXT, source_text(member))


def short_label(member: Enum) -> str:
    return translate(CONTEXT, source_text(member, SHORT))


def report_label(member: Enum) -> str:
    return translate(CONTEXT, source_text(member, REPORT))


def swedish(
    member: Enum | None, *, variant: Mapping[type[Enum], Mapping[Any, str]] = LABELS
) -> str:
    """The Swedish label, never translated (letters, forms and run sheets stay Swedish)."""
    return "" if member is None else source_text(member, variant)


def all_members() -> list[Enum]:
    return [
        m
        for enum_cls in vars(e).values()
        if isinstance(enum_cls, type)
        and issubclass(enum_cls, Enum)
        and enum_cls.__module__ == e.__name__
        for m in enum_cls
    ]


def missing_labels() -> list[Enum]:
    """Enum members without a label (a test keeps this empty)."""
    return [m for m in all_members() if m not in LABELS.get(type(m), {})]
