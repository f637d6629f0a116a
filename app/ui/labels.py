"""Swedish labels for the stored vocabularies (app.models.enums), translatable through Qt."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models import enums as e

_LABELS: dict[Enum, str] = {
    e.Agency.POLICE: QT_TRANSLATE_NOOP("labels", "Polis"),
    e.Agency.SOCIAL: QT_TRANSLATE_NOOP("labels", "Socialtjänst"),
    e.CaseStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Öppet"),
    e.CaseStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Avslutat"),
    e.CaseSource.POLICE_TIP: QT_TRANSLATE_NOOP("labels", "Tips från polis"),
    e.CaseSource.BINR: QT_TRANSLATE_NOOP("labels", "BINR"),
    e.CaseSource.RVT: QT_TRANSLATE_NOOP("labels", "RVT"),
    e.CaseSource.OWN_IDENTIFICATION: QT_TRANSLATE_NOOP("labels", "Egen identifiering"),
    e.CaseSource.PUBLIC_TIP: QT_TRANSLATE_NOOP("labels", "Tips från allmänheten"),
    e.CaseSource.OTHER: QT_TRANSLATE_NOOP("labels", "Annat"),
    e.Area.INSIDE: QT_TRANSLATE_NOOP("labels", "Inom projektområdet"),
    e.Area.OUTSIDE: QT_TRANSLATE_NOOP("labels", "Utanför projektområdet"),
    e.PartyRole.VICTIM: QT_TRANSLATE_NOOP("labels", "Våldsutsatt"),
    e.PartyRole.SUSPECT: QT_TRANSLATE_NOOP("labels", "Misstänkt våldsutövare"),
    e.Relation.CURRENT_PARTNER: QT_TRANSLATE_NOOP("labels", "Nuvarande partner"),
    e.Relation.FORMER_PARTNER: QT_TRANSLATE_NOOP("labels", "Tidigare partner"),
    e.Relation.OTHER: QT_TRANSLATE_NOOP("labels", "Annan relation"),
    e.NumberKind.PERSONNUMMER: QT_TRANSLATE_NOOP("labels", "Personnummer"),
    e.NumberKind.SAMORDNINGSNUMMER: QT_TRANSLATE_NOOP("labels", "Samordningsnummer"),
    e.NumberKind.RESERVE: QT_TRANSLATE_NOOP("labels", "Reservnummer"),
    e.NumberKind.NONE: QT_TRANSLATE_NOOP("labels", "Endast födelseår"),
    e.Protection.NONE: QT_TRANSLATE_NOOP("labels", "Ingen"),
    e.Protection.SEKRETESSMARKERING: QT_TRANSLATE_NOOP("labels", "Sekretessmarkering"),
    e.Protection.SKYDDAD_FOLKBOKFORING: QT_TRANSLATE_NOOP("labels", "Skyddad folkbokföring"),
    e.Protection.FINGERADE: QT_TRANSLATE_NOOP("labels", "Fingerade personuppgifter"),
    e.Investigation.NONE: QT_TRANSLATE_NOOP("labels", "Ingen förundersökning"),
    e.Investigation.OPEN: QT_TRANSLATE_NOOP("labels", "Förundersökning pågår"),
    e.Investigation.CLOSED: QT_TRANSLATE_NOOP("labels", "Förundersökning nedlagd"),
    e.ContactBan.NONE: QT_TRANSLATE_NOOP("labels", "Inget kontaktförbud"),
    e.ContactBan.ORDINARY: QT_TRANSLATE_NOOP("labels", "Kontaktförbud"),
    e.ContactBan.SHARED_HOME: QT_TRANSLATE_NOOP("labels", "Kontaktförbud avseende gemensam bostad"),
    e.ContactBan.EXTENDED: QT_TRANSLATE_NOOP("labels", "Utvidgat kontaktförbud"),
    e.ContactBan.SPECIALLY_EXTENDED: QT_TRANSLATE_NOOP("labels", "Särskilt utvidgat kontaktförbud"),
    e.Custody.NONE: QT_TRANSLATE_NOOP("labels", "Inte frihetsberövad"),
    e.Custody.ARRESTED: QT_TRANSLATE_NOOP("labels", "Anhållen"),
    e.Custody.DETAINED: QT_TRANSLATE_NOOP("labels", "Häktad"),
    e.Custody.RELEASED: QT_TRANSLATE_NOOP("labels", "Släppt"),
    e.Channel.PHONE: QT_TRANSLATE_NOOP("labels", "Telefon"),
    e.Channel.SMS: QT_TRANSLATE_NOOP("labels", "SMS"),
    e.Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "E-post"),
    e.Channel.VIDEO: QT_TRANSLATE_NOOP("labels", "Video"),
    e.Channel.MEETING: QT_TRANSLATE_NOOP("labels", "Möte"),
    e.Channel.HOME_VISIT: QT_TRANSLATE_NOOP("labels", "Hembesök"),
    e.Channel.ARREST_TALK: QT_TRANSLATE_NOOP("labels", "Arresteringssamtal"),
    e.Channel.RELEASE_TALK: QT_TRANSLATE_NOOP("labels", "Släppsamtal"),
    e.Channel.ACCOMPANIMENT: QT_TRANSLATE_NOOP("labels", "Följe (förhör, rättegång)"),
    e.TalkKind.SUPPORT_VIOLENCE: QT_TRANSLATE_NOOP("labels", "Motivera till stödinsats för våld"),
    e.TalkKind.SUPPORT_ADDICTION: QT_TRANSLATE_NOOP(
        "labels", "Motivera till stöd för missbruk/beroende"
    ),
    e.TalkKind.POLICE_REPORT: QT_TRANSLATE_NOOP("labels", "Motivera till polisanmälan"),
    e.TalkKind.INVESTIGATION: QT_TRANSLATE_NOOP("labels", "Motivera att delta i förundersökning"),
    e.TalkKind.SAFETY_PLANNING: QT_TRANSLATE_NOOP("labels", "Säkerhetsplanering"),
    e.TalkKind.CHECK_IN: QT_TRANSLATE_NOOP("labels", "Avstämningssamtal"),
    e.TalkKind.RISK_ASSESSMENT: QT_TRANSLATE_NOOP("labels", "Riskbedömning"),
    e.ConsentMethod.SIGNED: QT_TRANSLATE_NOOP("labels", "Skriftligt (undertecknad blankett)"),
    e.ConsentMethod.VERBAL: QT_TRANSLATE_NOOP("labels", "Muntligt"),
    e.ReferralStatus.NO: QT_TRANSLATE_NOOP("labels", "Nej"),
    e.ReferralStatus.YES: QT_TRANSLATE_NOOP("labels", "Ja"),
    e.ReferralStatus.ALREADY: QT_TRANSLATE_NOOP("labels", "Redan aktuell"),
    e.ReferralTarget.RVT: QT_TRANSLATE_NOOP("labels", "RVT (relationsvåldsteamet)"),
    e.ReferralTarget.RVC: QT_TRANSLATE_NOOP("labels", "RVC (relationsvåldscentrum)"),
    e.ReferralTarget.MANSCENTRUM: QT_TRANSLATE_NOOP("labels", "Manscentrum"),
    e.ReferralTarget.WOMENS_SHELTER: QT_TRANSLATE_NOOP("labels", "Kvinnojour"),
    e.ReferralTarget.ADDICTION: QT_TRANSLATE_NOOP("labels", "Beroendevård"),
    e.ReferralTarget.ECONOMIC_ASSISTANCE: QT_TRANSLATE_NOOP("labels", "Ekonomiskt bistånd"),
    e.ReferralTarget.PSYCHIATRY_HEALTHCARE: QT_TRANSLATE_NOOP(
        "labels", "Psykiatri/hälso- och sjukvård"
    ),
    e.ReferralTarget.BOPS: QT_TRANSLATE_NOOP("labels", "BOPS (brottsoffer- och personsäkerhet)"),
    e.ReferralTarget.BINR: QT_TRANSLATE_NOOP("labels", "BINR (utredning)"),
    e.ReferralTarget.OTHER_DISTRICT: QT_TRANSLATE_NOOP("labels", "Annat stadsdelsområde"),
    e.ReferralTarget.OTHER: QT_TRANSLATE_NOOP("labels", "Annat"),
    e.Instrument.FREDA_SHORT: QT_TRANSLATE_NOOP("labels", "FREDA-kortfrågor"),
    e.Instrument.FREDA_DESCRIPTION: QT_TRANSLATE_NOOP("labels", "FREDA-beskrivning"),
    e.Instrument.FREDA_DANGER: QT_TRANSLATE_NOOP("labels", "FREDA-farlighetsbedömning"),
    e.Instrument.SARA: QT_TRANSLATE_NOOP("labels", "SARA"),
    e.Instrument.PATRIARK: QT_TRANSLATE_NOOP("labels", "PATRIARK"),
    e.Instrument.SAM: QT_TRANSLATE_NOOP("labels", "SAM"),
    e.Instrument.PPIT: QT_TRANSLATE_NOOP("labels", "PPIT"),
    e.Instrument.GENERAL_SAFETY: QT_TRANSLATE_NOOP("labels", "Allmän säkerhetsbedömning"),
    e.RiskLevel.LOW: QT_TRANSLATE_NOOP("labels", "Låg"),
    e.RiskLevel.ELEVATED: QT_TRANSLATE_NOOP("labels", "Förhöjd"),
    e.RiskLevel.HIGH: QT_TRANSLATE_NOOP("labels", "Hög"),
    e.EventKind.ARREST_TALK: QT_TRANSLATE_NOOP("labels", "Arresteringssamtal"),
    e.EventKind.HOME_VISIT: QT_TRANSLATE_NOOP("labels", "Hembesök"),
    e.EventKind.RELEASE_TALK: QT_TRANSLATE_NOOP("labels", "Släppsamtal"),
    e.EventKind.INTERVIEW_SUPPORT: QT_TRANSLATE_NOOP("labels", "Stöd vid förhör"),
    e.EventKind.COURT_SUPPORT: QT_TRANSLATE_NOOP("labels", "Stöd vid rättegång"),
    e.EventKind.BRIEFING: QT_TRANSLATE_NOOP("labels", "Genomgång med IGV"),
    e.EventKind.RVT_MEETING: QT_TRANSLATE_NOOP("labels", "Möte med RVT"),
    e.EventKind.MEETING: QT_TRANSLATE_NOOP("labels", "Möte"),
    e.EventKind.ROOM_BOOKING: QT_TRANSLATE_NOOP("labels", "Bokning av samtalsrum"),
    e.EventKind.FOLLOW_UP_CALL: QT_TRANSLATE_NOOP("labels", "Uppföljningssamtal"),
    e.EventKind.TRANSPORT: QT_TRANSLATE_NOOP("labels", "Transport"),
    e.EventKind.OTHER: QT_TRANSLATE_NOOP("labels", "Övrigt"),
    e.ResourceKind.ROOM: QT_TRANSLATE_NOOP("labels", "Samtalsrum"),
    e.ResourceKind.VEHICLE: QT_TRANSLATE_NOOP("labels", "Fordon"),
    e.TransportPurpose.INTERVIEW: QT_TRANSLATE_NOOP("labels", "Förhör"),
    e.TransportPurpose.COURT: QT_TRANSLATE_NOOP("labels", "Rättegång"),
    e.TransportPurpose.MEDICAL: QT_TRANSLATE_NOOP("labels", "Läkarbesök"),
    e.TransportPurpose.FORENSIC: QT_TRANSLATE_NOOP("labels", "Rättsmedicinsk undersökning"),
    e.TransportPurpose.PROTECTED_HOUSING: QT_TRANSLATE_NOOP("labels", "Skyddat boende"),
    e.TransportPurpose.FETCH_BELONGINGS: QT_TRANSLATE_NOOP("labels", "Hämta tillhörigheter/djur"),
    e.TransportPurpose.OTHER: QT_TRANSLATE_NOOP("labels", "Annat"),
    e.TransportStatus.REQUESTED: QT_TRANSLATE_NOOP("labels", "Begärd"),
    e.TransportStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planerad"),
    e.TransportStatus.UNDER_WAY: QT_TRANSLATE_NOOP("labels", "Pågår"),
    e.TransportStatus.DONE: QT_TRANSLATE_NOOP("labels", "Genomförd"),
    e.TransportStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Inställd"),
    e.LetterKind.REFERRAL: QT_TRANSLATE_NOOP("labels", "Remiss"),
    e.LetterKind.CONCERN_REPORT: QT_TRANSLATE_NOOP("labels", "Orosanmälan"),
    e.LetterKind.CONSENT_FORM: QT_TRANSLATE_NOOP("labels", "Samtyckesblankett"),
    e.LetterKind.APPOINTMENT: QT_TRANSLATE_NOOP("labels", "Kallelse/bekräftelse"),
    e.LetterKind.BRIEFING_LIST: QT_TRANSLATE_NOOP("labels", "Fokuspersoner för genomgång"),
    e.LetterKind.RUN_SHEET: QT_TRANSLATE_NOOP("labels", "Körorder"),
}


# StrEnum members of different enums with the same value are EQUAL keys ("none", "open",
# "other" ...), so the dict above keeps only one label per value. Members whose value occurs in
# several enums get their label here, looked up by (enum class, value) first.
_TYPED: dict[tuple[type, str], str] = {
    (type(m), m.value): text
    for m, text in (
        (e.CaseStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Öppet")),
        (e.CaseStatus.CLOSED, QT_TRANSLATE_NOOP("labels", "Avslutat")),
        (e.Investigation.OPEN, QT_TRANSLATE_NOOP("labels", "Förundersökning pågår")),
        (e.Investigation.CLOSED, QT_TRANSLATE_NOOP("labels", "Förundersökning nedlagd")),
        (e.Investigation.NONE, QT_TRANSLATE_NOOP("labels", "Ingen förundersökning")),
        (e.ContactBan.NONE, QT_TRANSLATE_NOOP("labels", "Inget kontaktförbud")),
        (e.Custody.NONE, QT_TRANSLATE_NOOP("labels", "Inte frihetsberövad")),
        (e.NumberKind.NONE, QT_TRANSLATE_NOOP("labels", "Endast födelseår")),
        (e.Protection.NONE, QT_TRANSLATE_NOOP("labels", "Ingen")),
        (e.CaseSource.OTHER, QT_TRANSLATE_NOOP("labels", "Annat")),
        (e.EventKind.OTHER, QT_TRANSLATE_NOOP("labels", "Övrigt")),
        (e.ReferralTarget.OTHER, QT_TRANSLATE_NOOP("labels", "Annat")),
        (e.Relation.OTHER, QT_TRANSLATE_NOOP("labels", "Annan relation")),
        (e.TransportPurpose.OTHER, QT_TRANSLATE_NOOP("labels", "Annat")),
        (e.CaseSource.BINR, QT_TRANSLATE_NOOP("labels", "BINR")),
        (e.ReferralTarget.BINR, QT_TRANSLATE_NOOP("labels", "BINR (utredning)")),
        (e.CaseSource.RVT, QT_TRANSLATE_NOOP("labels", "RVT")),
        (e.ReferralTarget.RVT, QT_TRANSLATE_NOOP("labels", "RVT (relationsvåldsteamet)")),
        (e.Channel.MEETING, QT_TRANSLATE_NOOP("labels", "Möte")),
        (e.EventKind.MEETING, QT_TRANSLATE_NOOP("labels", "Möte")),
        (e.Channel.HOME_VISIT, QT_TRANSLATE_NOOP("labels", "Hembesök")),
        (e.EventKind.HOME_VISIT, QT_TRANSLATE_NOOP("labels", "Hembesök")),
        (e.Channel.ARREST_TALK, QT_TRANSLATE_NOOP("labels", "Arresteringssamtal")),
        (e.EventKind.ARREST_TALK, QT_TRANSLATE_NOOP("labels", "Arresteringssamtal")),
        (e.Channel.RELEASE_TALK, QT_TRANSLATE_NOOP("labels", "Släppsamtal")),
        (e.EventKind.RELEASE_TALK, QT_TRANSLATE_NOOP("labels", "Släppsamtal")),
    )
}


def label(value: Enum | None) -> str:
    """The Swedish label of an enum member ('' for None)."""
    if value is None:
        return ""
    text = _TYPED.get((type(value), value.value)) or _LABELS.get(value, str(value.value))
    return QCoreApplication.translate("labels", text)


def agency_label(agency: e.Agency) -> str:
    return label(agency)


def missing_labels() -> list[Enum]:
    """Enum members without a label (a test keeps this empty)."""
    members = [
        m
        for enum_cls in e.__dict__.values()
        if isinstance(enum_cls, type) and issubclass(enum_cls, Enum)
        for m in enum_cls
    ]
    return [m for m in members if m not in _LABELS]
