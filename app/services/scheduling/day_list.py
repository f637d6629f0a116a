"""The printed day list per person ("Dagslista för <namn>, <datum>"): an A4 PDF through the
shared letters machinery (app.pdf.document), with the agency's letterhead and secrecy mark.

Events about a person with protected identity show their kind and case number only and no
place (a paper list can be left lying around), unless the user chooses to include them, as for
the .ics export — and only where the user has need to know (app.services.core.protection). Building the PDF (the preview, refreshed whenever person or date change)
records nothing; the list leaving the program does: `record_output` after printing, saving as
PDF or opening in the OS viewer ("printed", record_type "day_list", details "via"). No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.database import Database
from app.errors import UserError
from app.models import StaffMember
from app.models.enums import Agency
from app.pdf.document import (
    SECRECY_POLICE,
    SECRECY_SOCIAL,
    DocumentInfo,
    build_pdf,
    data_table,
    para,
    spacer,
)
from app.services.admin.team_settings import letterhead_in
from app.services.core import audit, protection
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.scheduling import calendar as cal
from app.services.scheduling.days import holiday_name
from app.services.scheduling.recurrence import local, local_midnight
from app.vocabulary import fields as F

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
PROTECTED_PLACE = protection.HIDDEN_PLACE


def swedish_long_date(day: date) -> str:
    """ "tisdag 3 mars 2026"."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class DayList:
    pdf: bytes
    title: str
    rows: int
    staff_id: int
    protected_included: bool


# How a day list left the program (the audit entry's "via").
OUTPUT_VIA = frozenset({"print", "save", "viewer"})


def day_list_pdf(
    db: Database, actor: Actor, staff_id: int, day: date, *, include_protected: bool = False
) -> DayList:
    """The day list of one staff member for one local date."""
    require_caseworker(actor)
    start = local_midnight(day)
    end = local_midnight(day + timedelta(days=1))
    rows = cal.events_between(db, actor, start, end, [staff_id])
    with db.read(actor=actor) as s:
        member = s.get(StaffMember, staff_id)
        if member is None:
            raise UserError("Fältet {field}: medarbetaren finns inte.", field=F.STAFF_MEMBER)
        name = member.full_name
        head = letterhead_in(s, actor.agency)
    title = f"Dagslista för {name}, {swedish_long_date(day)}"
    info = DocumentInfo(
        title="Dagslista",
        letterhead=head,
        document_date=day,
        secrecy=SECRECY_POLICE if actor.agency is Agency.POLICE else SECRECY_SOCIAL,
        subject="Dagslista",
    )
    story = [para(title, "Title")]
    holiday = holiday_name(day)
    if holiday:
        story.append(para(f"{holiday} (helgdag)", "Heading"))
    if not rows:
        story.append(para("Inga bokningar den här dagen."))
    else:
        table_rows = []
        for r in rows:
            hide = r.protected and not include_protected
            a, b = local(r.starts_at), local(r.ends_at)
            when = f"{a:%H:%M}–{b:%H:%M}" if b.date() == a.date() else f"{a:%H:%M}–{b:%d/%m %H:%M}"
            what = cal.kind_label(r.kind) if hide else r.title
            if r.held:
                what += " (genomförd)"
            # Rows come masked for whoever lacks need (events_between); `hide` is the user's
            # choice on top of that for a paper list.
            place = protection.shown(r.place, hide, PROTECTED_PLACE) or ""
            together = [n for n in r.staff_names if n != name] + list(r.resource_names)
            table_rows.append([when, what, place, r.case_number or "", ", ".join(together)])
        story.append(
            data_table(
                ["Tid", "Vad", "Plats", "Ärende", "Med, resurser"],
                table_rows,
                col_widths_mm=(28, 42, 34, 30, 31),  # a time range and a case number never wrap
            )
        )
    story.append(spacer(6))
    story.append(
        para(
            "Utskriven ur IGOR Desk. Förvara listan så att obehöriga inte kan läsa den och "
            "förstör den när dagen är slut.",
            "Small",
        )
    )
    return DayList(build_pdf(info, story), title, len(rows), staff_id, bool(include_protected))


def record_output(db: Database, actor: Actor, day_list: DayList, via: str) -> None:
    """Audit that a day list left the program: printed, saved as PDF or opened in the OS PDF
    viewer (`via`: "print", "save", "viewer")."""
    if via not in OUTPUT_VIA:
        raise ValueError(via)
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        audit.record(
            s,
            actor,
            "printed",
            record_type="day_list",
            record_id=day_list.staff_id,
            details={
                "rows": day_list.rows,
                "protected_included": day_list.protected_included,
                "via": via,
            },
        )
