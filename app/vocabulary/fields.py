"""The name of every input field, defined once: services name the field of a bad value with it
(`UserError(..., field=fields.NAME)`, shown as "Fältet namn …"), and forms use the same constant to
put the message next to the right widget. Swedish source text, lower case as it reads inside a
sentence; marked for pyside6-lupdate in the context "fields" (app.errors translates it there).
"""

from __future__ import annotations

from app.i18n import translate, translate_noop

CONTEXT = "fields"

ADDRESS = translate_noop("fields", "adress")
AGENCY_NAME = translate_noop("fields", "myndighetens namn")
ANIMALS = translate_noop("fields", "djur")
AREA = translate_noop("fields", "område")
ASSESSED_ON = translate_noop("fields", "bedömningsdatum")
ASSESSMENT = translate_noop("fields", "bedömning")
ASSESSOR = translate_noop("fields", "bedömare")
BIRTH_YEAR = translate_noop("fields", "födelseår")
CASE = translate_noop("fields", "ärende")
CHANNEL = translate_noop("fields", "kanal")
CHILDREN = translate_noop("fields", "barn")
CHILD_BIRTH_YEAR = translate_noop("fields", "barnets födelseår")
CHILD_COUNT = translate_noop("fields", "antal barn")
CLOSED_ON = translate_noop("fields", "avslutsdatum")
CONCERNS = translate_noop("fields", "gäller")
CONTACT_BAN = translate_noop("fields", "kontaktförbud")
CONTACT_BAN_FROM = translate_noop("fields", "kontaktförbud från")
CONTACT_BAN_TO = translate_noop("fields", "kontaktförbud till")
CONTACT_PHONE = translate_noop("fields", "kontakttelefon")
EMAIL = translate_noop("fields", "e-post")
PHONE = translate_noop("fields", "telefon")
STAFF_TITLE = translate_noop("fields", "titel")
CREW = translate_noop("fields", "besättning")
CUSTODY = translate_noop("fields", "frihetsberövande")
CUSTODY_SINCE = translate_noop("fields", "frihetsberövande sedan")
CUSTODY_UNTIL = translate_noop("fields", "frihetsberövande till")
DATABASE_FILE = translate_noop("fields", "databasfil")
DATE = translate_noop("fields", "datum")
DESTINATION = translate_noop("fields", "destination")
DISTRICT = translate_noop("fields", "stadsdel")
EARLIEST = translate_noop("fields", "tidigast")
END = translate_noop("fields", "slut")
ESTIMATED_TIME = translate_noop("fields", "beräknad tid")
FOLLOW_UP_ON = translate_noop("fields", "uppföljningsdatum")
GIVEN_ON = translate_noop("fields", "lämnat den")
HOME_DISTRICT = translate_noop("fields", "stadsdelsområde")
INCIDENT_DATE = translate_noop("fields", "händelsedatum")
INSTRUMENT = translate_noop("fields", "instrument")
KIND = translate_noop("fields", "typ")
LATEST = translate_noop("fields", "senast")
MARGIN = translate_noop("fields", "marginal")
METHOD = translate_noop("fields", "form")
MOMENT = translate_noop("fields", "tidpunkt")
NAME = translate_noop("fields", "namn")
NEXT_ASSESSMENT_BY = translate_noop("fields", "ny bedömning senast")
NOTE = translate_noop("fields", "anteckning")
OCCURRENCE_COUNT = translate_noop("fields", "antal gånger")
OFFERED_SUPPORT = translate_noop("fields", "erbjudits stöd och skydd")
OPENED_ON = translate_noop("fields", "startdatum")
OUTCOME = translate_noop("fields", "utfall")
OUTCOME_ON = translate_noop("fields", "utfall den")
PARTICIPANTS = translate_noop("fields", "deltagare")
PARTIES = translate_noop("fields", "parter")
PARTY = translate_noop("fields", "part")
PERSON = translate_noop("fields", "person")
PERSONAL_NUMBER = translate_noop("fields", "personnummer")
PLACE = translate_noop("fields", "plats")
PICKUP = translate_noop("fields", "upphämtning")
PLANNED_START = translate_noop("fields", "planerad start")
POLICE_OFFICER = translate_noop("fields", "ansvarig polis")
PURPOSE = translate_noop("fields", "syfte")
REASON = translate_noop("fields", "skäl")
REASON_GIVEN = translate_noop("fields", "anledning")
RECIPIENT = translate_noop("fields", "mottagare")
RECURRENCE = translate_noop("fields", "upprepning")
REFERRED_ON_TO = translate_noop("fields", "lotsad vidare till")
REFERRED_TO = translate_noop("fields", "lotsad till")
REGISTRATION_NUMBER = translate_noop("fields", "diarienummer")
RELATION = translate_noop("fields", "relation")
REOPEN_REASON = translate_noop("fields", "skäl för att öppna igen")
REPEAT_UNTIL = translate_noop("fields", "upprepas till")
REPORTED_ON = translate_noop("fields", "anmälningsdatum")
REPORT_NUMBERS = translate_noop("fields", "anmälningsnummer")
RESOURCES = translate_noop("fields", "resurser")
RETENTION_PERIOD = translate_noop("fields", "gallringstid")
RISK_LEVEL = translate_noop("fields", "risknivå")
ROLE = translate_noop("fields", "roll")
SAFETY_NOTE = translate_noop("fields", "säkerhetsanteckning")
SERVER_ADDRESS = translate_noop("fields", "serveradress")
SOCIAL_WORKER = translate_noop("fields", "ansvarig socialsekreterare")
SOURCE = translate_noop("fields", "källa")
STAFF_MEMBER = translate_noop("fields", "medarbetare")
TALK_KINDS = translate_noop("fields", "samtalstyp")
TIME = translate_noop("fields", "tid")
TITLE = translate_noop("fields", "rubrik")
TRAVELLERS = translate_noop("fields", "resenärer")
VEHICLE = translate_noop("fields", "fordon")
VIOLENCE_STOPPED = translate_noop("fields", "upphörde våldet och hoten")
WITHDRAWN_ON = translate_noop("fields", "återkallat den")


def field_name(field: str) -> str:
    """The field's name in the user's language."""
    return translate(CONTEXT, field)


def all_fields() -> dict[str, str]:
    """Constant name → Swedish source text."""
    return {
        k: v for k, v in globals().items() if k.isupper() and k != "CONTEXT" and isinstance(v, str)
    }
