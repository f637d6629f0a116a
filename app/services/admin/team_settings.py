"""Team-wide settings kept in the `setting` table (JSON values), and the letterhead per agency.

The letterhead (name, unit, addresses, phone, e-mail, logo) is what every printed document shows
in its header and footer; a lead (administrator) can change it. Defaults fit the IGOR pilot in
Stockholm: Polisen, Lokalpolisområde Södermalm and Södermalms stadsdelsförvaltning. The default
postal addresses and e-mail are deliberately incomplete: a lead must enter the real ones.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
from dataclasses import asdict, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database import Database
from app.errors import UserError
from app.models import Setting
from app.models.enums import Agency
from app.pdf.document import Letterhead
from app.services.core import audit
from app.services.core.access import require_admin
from app.services.core.actor import Actor
from app.vocabulary import checks
from app.vocabulary import fields as F

DEFAULT_LETTERHEADS: dict[Agency, Letterhead] = {
    Agency.POLICE: Letterhead(
        agency_name="Polisen",
        unit="Lokalpolisområde Södermalm\nIGOR – samverkan mot våld i nära relation",
        postal_address="Polismyndigheten\nStockholm",
        visiting_address="Torkel Knutssonsgatan 20\nStockholm",
        phone="114 14",
        email="",
        website="polisen.se",
    ),
    Agency.SOCIAL: Letterhead(
        agency_name="Södermalms stadsdelsförvaltning",
        unit="Stockholms stad\nIGOR – samverkan mot våld i nära relation",
        postal_address="Stockholms stad\nStockholm",
        visiting_address="Medborgarplatsen 25\nStockholm",
        phone="08-508 00 508",
        email="",
        website="stockholm.se",
    ),
}

_LETTERHEAD_TEXT_FIELDS = (
    "agency_name",
    "unit",
    "postal_address",
    "visiting_address",
    "phone",
    "email",
    "website",
)
MAX_LOGO_BYTES = 512 * 1024


def _letterhead_key(agency: Agency) -> str:
    return f"letterhead.{Agency(agency).value}"


def setting_row(session: Session, key: str) -> Setting | None:
    """The team's setting `key`: an actor's session sees only its own team's settings
    (app.services.core.access); a system session reads the default team's (lowest id)."""
    return (
        session.execute(select(Setting).where(Setting.key == key).order_by(Setting.team_id))
        .scalars()
        .first()
    )


def get_value(session: Session, key: str, default: Any = None) -> Any:
    row = setting_row(session, key)
    if row is None:
        return default
    try:
        return json.loads(row.value_json)
    except ValueError:
        return default


def set_value(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = setting_row(session, key)
    if row is None:
        session.add(Setting(key=key, value_json=text))
    else:
        row.value_json = text
    session.flush()


def letterhead_in(session: Session, agency: Agency) -> Letterhead:
    """The agency's letterhead inside an open session (defaults where nothing is stored)."""
    return _letterhead_from(agency, get_value(session, _letterhead_key(agency)))


def letterheads_in(session: Session) -> dict[Agency, Letterhead]:
    """Both agencies' letterheads with one query."""
    keys = {_letterhead_key(a): a for a in Agency}
    rows = session.execute(select(Setting).where(Setting.key.in_(keys))).scalars().all()
    stored: dict[Agency, Any] = {}
    for row in rows:
        with contextlib.suppress(ValueError):
            stored[keys[row.key]] = json.loads(row.value_json)
    return {a: _letterhead_from(a, stored.get(a)) for a in Agency}


def _letterhead_from(agency: Agency, stored: Any) -> Letterhead:
    default = DEFAULT_LETTERHEADS[Agency(agency)]
    if not isinstance(stored, dict):
        return default
    values = {k: str(stored[k]) for k in _LETTERHEAD_TEXT_FIELDS if stored.get(k) is not None}
    logo = None
    if stored.get("logo_png_b64"):
        try:
            logo = base64.b64decode(stored["logo_png_b64"], validate=True)
        except (binascii.Error, ValueError):
            logo = None
    return replace(default, **values, logo_png=logo)


def letterhead(db: Database, actor: Actor, agency: Agency) -> Letterhead:
    with db.read(actor=actor) as s:
        return letterhead_in(s, agency)


def save_letterhead(db: Database, actor: Actor, agency: Agency, head: Letterhead) -> None:
    """Store an agency's letterhead (administrators only; audited)."""
    require_admin(actor)
    if not head.agency_name.strip():
        raise checks.required(F.AGENCY_NAME)
    if head.logo_png is not None:
        if len(head.logo_png) > MAX_LOGO_BYTES:
            raise UserError("Logotypen är för stor (högst 512 kB).")
        if not head.logo_png.startswith(b"\x89PNG"):
            raise UserError("Logotypen måste vara en PNG-bild.")
    value = {k: v for k, v in asdict(head).items() if k in _LETTERHEAD_TEXT_FIELDS}
    if head.logo_png:
        value["logo_png_b64"] = base64.b64encode(head.logo_png).decode("ascii")
    with db.write(actor=actor) as s:
        set_value(s, _letterhead_key(agency), value)
        audit.record(
            s, actor, "letterhead_saved", record_type="setting", details={"agency": str(agency)}
        )


def reset_letterhead(db: Database, actor: Actor, agency: Agency) -> None:
    require_admin(actor)
    with db.write(actor=actor) as s:
        row = setting_row(s, _letterhead_key(agency))
        if row is not None:
            s.delete(row)
        audit.record(
            s, actor, "letterhead_reset", record_type="setting", details={"agency": str(agency)}
        )
