"""Profiles: sign-in by OS account, the first administrator, staff administration and
enrollment with one-time codes (see docs/profiles-and-keyring.md)."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from app import keystore
from app.database import Database
from app.errors import AccessDenied, KeyringError, UserError, ValidationError
from app.models import EnrollmentCode, StaffMember
from app.models.enums import Agency
from app.services.core import audit, editing
from app.services.core.access import require_admin
from app.services.core.actor import Actor, os_account
from app.vocabulary import checks
from app.vocabulary import fields as F


def has_any_staff(db: Database) -> bool:
    with db.read(system=True) as s:
        return s.execute(select(func.count(StaffMember.id))).scalar_one() > 0


def sign_in(db: Database, account: str | None = None) -> Actor:
    """The profile bound to this OS account. Raises AccessDenied if none or revoked."""
    account = account or os_account()
    with db.write(system=True) as s:
        staff = s.execute(
            select(StaffMember).where(StaffMember.os_account == account)
        ).scalar_one_or_none()
        if staff is None:
            raise AccessDenied(
                "Det finns ingen profil för datoranvändaren {account}. Be en gruppchef lägga "
                "upp dig och ge dig en registreringskod.",
                account=account,
            )
        if staff.revoked_at is not None:
            raise AccessDenied(
                "Profilen för {account} är spärrad. Kontakta gruppchefen.", account=account
            )
        actor = Actor.from_staff(staff, account=account)
        seen = _seen_audit_head(db)
        if seen is not None and not audit.seen_entry_intact(s, seen):
            # Local mode: every user holds the key, so the trail's own head can be rewritten;
            # the entry this user saw last, kept in their keyring, must still be there.
            audit.record(
                s,
                actor,
                "audit_trail_truncated",
                record_type="audit_entry",
                record_id=seen[0],
                details={"seen_entry": seen[0]},
            )
        audit.record(s, actor, "sign_in", record_type="staff_member", record_id=staff.id)
        head = audit.head(s)
    _keep_audit_head(db, head)
    return actor


def _seen_audit_head(db: Database) -> tuple[int, str] | None:
    from app.database import DatabaseKind

    if db.kind is not DatabaseKind.SQLITE or db.target.path is None:
        return None
    try:
        return keystore.get_audit_head(db.target.path)
    except KeyringError:
        return None


def _keep_audit_head(db: Database, head: tuple[int, str] | None) -> None:
    from app.database import DatabaseKind

    if head is None or db.kind is not DatabaseKind.SQLITE or db.target.path is None:
        return
    with contextlib.suppress(KeyringError):
        keystore.store_audit_head(db.target.path, head)


def create_first_admin(
    db: Database, full_name: str, agency: Agency, account: str | None = None
) -> Actor:
    """First start on an empty database: the OS user becomes the first administrator."""
    account = account or os_account()
    name = (full_name or "").strip()
    if not name:
        raise checks.required(F.NAME)
    with db.write(system=True) as s:
        if s.execute(select(func.count(StaffMember.id))).scalar_one() > 0:
            raise AccessDenied("Databasen har redan profiler; be en gruppchef om en ny profil.")
        staff = StaffMember(
            os_account=account, full_name=name, agency=agency, is_admin=True, is_caseworker=True
        )
        s.add(staff)
        s.flush()
        actor = Actor.from_staff(staff, account=account)
        audit.record(
            s, actor, "first_admin_created", record_type="staff_member", record_id=staff.id
        )
        return actor


# --- staff administration --------------------------------------------------------------------

ENROLLMENT_VALIDITY = timedelta(hours=24)
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no I, L, O, 0, 1: read aloud and typed by hand


@dataclass(frozen=True)
class StaffRow:
    id: int
    full_name: str
    agency: Agency
    is_caseworker: bool
    is_admin: bool
    is_analyst: bool
    os_account: str | None
    db_role: str | None
    revoked_at: datetime | None

    @property
    def enrolled(self) -> bool:
        return self.os_account is not None


@dataclass(frozen=True)
class EnrollmentTicket:
    """Shown to the administrator once; only a hash of the code is kept."""

    staff_id: int
    code: str
    expires_at: datetime


def _row(m: StaffMember) -> StaffRow:
    return StaffRow(
        m.id,
        m.full_name,
        Agency(m.agency),
        m.is_caseworker,
        m.is_admin,
        m.is_analyst,
        m.os_account,
        m.db_role,
        m.revoked_at,
    )


def list_staff(db: Database, actor: Actor) -> list[StaffRow]:
    require_admin(actor)
    with db.read(actor=actor) as s:
        return [
            _row(m)
            for m in s.execute(select(StaffMember).order_by(StaffMember.full_name)).scalars()
        ]


def add_staff(
    db: Database,
    actor: Actor,
    full_name: str,
    agency: Agency,
    *,
    caseworker: bool = True,
    admin: bool = False,
    analyst: bool = False,
) -> StaffRow:
    require_admin(actor)
    agency = Agency(agency)
    name = (full_name or "").strip()
    if not name:
        raise checks.required(F.NAME)
    if not (caseworker or admin or analyst):
        raise UserError(
            "Välj minst en roll: handläggare, gruppchef/administratör eller analytiker."
        )
    with db.write(actor=actor) as s:
        m = StaffMember(
            full_name=name,
            agency=agency,
            is_caseworker=caseworker,
            is_admin=admin,
            is_analyst=analyst,
        )
        s.add(m)
        s.flush()
        audit.record(
            s,
            actor,
            "staff_added",
            record_type="staff_member",
            record_id=m.id,
            details={
                "agency": agency.value,
                "admin": admin,
                "analyst": analyst,
                "caseworker": caseworker,
            },
        )
        return _row(m)


def normalise_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def code_hash(code: str) -> str:
    return hashlib.sha256(("igor-enrollment:" + normalise_code(code)).encode()).hexdigest()


def _random(n: int) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(n))


def _format_code(tag: str, secret: str) -> str:
    return "-".join([tag] + [secret[i : i + 5] for i in range(0, len(secret), 5)])


def _as_utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def create_enrollment_code(db: Database, actor: Actor, staff_id: int) -> EnrollmentTicket:
    """A one-time code (single use, 24 h) for the staff member to bind their OS account.

    Local mode: the database key is left, encrypted under the code, next to the database file.
    Server mode: the member's PostgreSQL role is created if needed and may log in with a password
    derived from the code until the code expires."""
    from app.database import DatabaseKind
    from app.services.admin import enrollment_envelope, pg_roles

    require_admin(actor)
    now = datetime.now(UTC)
    expires = now + ENROLLMENT_VALIDITY
    with db.write(actor=actor) as s:
        member = s.get(StaffMember, staff_id)
        if member is None or member.revoked_at is not None:
            raise UserError("Profilen finns inte eller är spärrad.")
        tag = _random(6)
        if db.kind is DatabaseKind.POSTGRESQL:
            if member.db_role is None:
                member.db_role = pg_roles.new_role_name(tag.lower())
            tag = member.db_role.removeprefix("igor_").upper()
        code = _format_code(tag, _random(20))
        # Earlier unused codes for the same person stop working.
        for old in s.execute(
            select(EnrollmentCode).where(
                EnrollmentCode.staff_id == staff_id, EnrollmentCode.used_at.is_(None)
            )
        ).scalars():
            old.expires_at = now
        entry = EnrollmentCode(
            staff_id=staff_id,
            code_hash=code_hash(code),
            created_by_id=actor.staff_id,
            created_at=now,
            expires_at=expires,
        )
        s.add(entry)
        s.flush()
        if db.kind is DatabaseKind.POSTGRESQL:
            pg_roles.create_role(
                s,
                member.db_role,
                Agency(member.agency),
                admin=member.is_admin,
                analyst_only=pg_roles.is_analyst_only(member),
            )
            pg_roles.open_enrollment(s, member.db_role, normalise_code(code))
        else:
            key = keystore.get_database_key(db.target.path)
            if key is None:
                raise UserError("Databasnyckeln finns inte i din nyckelring.")
            enrollment_envelope.write_envelope(
                db.target.path, code_hash(code)[:16], normalise_code(code), key, staff_id, expires
            )
            _prune_envelopes(s, db)
        audit.record(
            s,
            actor,
            "enrollment_code_created",
            record_type="staff_member",
            record_id=staff_id,
            details={"code_id": entry.id},
        )
        return EnrollmentTicket(staff_id, code, expires)


def provision_role(db: Database, actor: Actor, staff_id: int) -> str:
    """Server mode: create the member's login role (without a usable password) now."""
    from app.database import DatabaseKind
    from app.services.admin import pg_roles

    require_admin(actor)
    if db.kind is not DatabaseKind.POSTGRESQL:
        raise UserError("Databasroller finns bara när databasen ligger på en server.")
    with db.write(actor=actor) as s:
        member = s.get(StaffMember, staff_id)
        if member is None or member.revoked_at is not None:
            raise UserError("Profilen finns inte eller är spärrad.")
        if member.db_role is None:
            member.db_role = pg_roles.new_role_name(_random(6).lower())
        pg_roles.create_role(
            s,
            member.db_role,
            Agency(member.agency),
            admin=member.is_admin,
            analyst_only=pg_roles.is_analyst_only(member),
        )
        audit.record(
            s, actor, "db_role_provisioned", record_type="staff_member", record_id=staff_id
        )
        return member.db_role


def revoke_staff(db: Database, actor: Actor, staff_id: int) -> None:
    """Takes effect on the member's next action; in server mode their login ends at once."""
    from app.database import DatabaseKind
    from app.services.admin import pg_roles

    require_admin(actor)
    if staff_id == actor.staff_id:
        raise UserError("Du kan inte spärra din egen profil.")
    with db.write(actor=actor) as s:
        member = s.get(StaffMember, staff_id)
        if member is None:
            raise UserError("Profilen finns inte.")
        if member.revoked_at is None:
            member.revoked_at = datetime.now(UTC)
        for old in s.execute(
            select(EnrollmentCode).where(
                EnrollmentCode.staff_id == staff_id, EnrollmentCode.used_at.is_(None)
            )
        ).scalars():
            old.expires_at = datetime.now(UTC)
        if db.kind is DatabaseKind.POSTGRESQL and member.db_role:
            pg_roles.disable_role(s, member.db_role)
        audit.record(s, actor, "staff_revoked", record_type="staff_member", record_id=staff_id)
        if db.kind is DatabaseKind.SQLITE:
            s.flush()
            _prune_envelopes(s, db)


def _prune_envelopes(s, db: Database) -> None:
    """Local mode: destroy the envelopes of every code that is no longer live."""
    from app.services.admin import enrollment_envelope

    if db.target.path is None:
        return
    now = datetime.now(UTC)
    live = {
        h[:16]
        for h, expires in s.execute(
            select(EnrollmentCode.code_hash, EnrollmentCode.expires_at).where(
                EnrollmentCode.used_at.is_(None)
            )
        )
        if _as_utc(expires) > now
    }
    enrollment_envelope.prune(db.target.path, live)


# --- enrollment (run by the new OS user) ----------------------------------------------------

_INVALID = "Registreringskoden är ogiltig, redan använd eller har gått ut. Be gruppchefen om en ny."


def enroll(db_url: str | None, code: str, account: str | None = None) -> Actor:
    """Bind this OS account to the prepared profile and put its secret into this user's keyring."""
    from app.database import DatabaseKind, parse_database_url

    account = account or os_account()
    target = parse_database_url(db_url)
    normal = normalise_code(code)
    if len(normal) != 26:
        raise AccessDenied(_INVALID)
    if target.kind is DatabaseKind.SQLITE:
        return _enroll_local(target, normal, account)
    return _enroll_server(target, normal, account)


def _enroll_local(target, normal: str, account: str) -> Actor:
    from app.database import open_database
    from app.services.admin import enrollment_envelope

    code_id = code_hash(normal)[:16]
    staff_id, key = enrollment_envelope.open_envelope(target.path, code_id, normal)
    db = open_database(target, key_hex=key, create=False)
    try:
        with _dead_code_burns_envelope(target.path, code_id), db.write(system=True) as s:
            entry = s.execute(
                select(EnrollmentCode).where(EnrollmentCode.code_hash == code_hash(normal))
            ).scalar_one_or_none()
            if (
                entry is None
                or entry.used_at is not None
                or entry.staff_id != staff_id
                or _as_utc(entry.expires_at) <= datetime.now(UTC)
            ):
                raise AccessDenied(_INVALID)
            actor = _bind(s, entry, account)
            keystore.store_database_key(target.path, key)
    finally:
        db.dispose()
    enrollment_envelope.remove_envelope(target.path, code_id)
    return actor


@contextlib.contextmanager
def _dead_code_burns_envelope(path, code_id: str):
    """A refused attempt with a dead code (used, expired, cancelled, revoked person) destroys
    its envelope."""
    from app.services.admin import enrollment_envelope

    try:
        yield
    except AccessDenied as exc:
        if exc.template == _INVALID:
            enrollment_envelope.remove_envelope(path, code_id)
        raise


def _bind(s, entry: EnrollmentCode, account: str) -> Actor:
    member = s.get(StaffMember, entry.staff_id)
    if member is None or member.revoked_at is not None:
        raise AccessDenied(_INVALID)
    taken = s.execute(
        select(StaffMember.id).where(StaffMember.os_account == account, StaffMember.id != member.id)
    ).first()
    if taken is not None:
        raise AccessDenied(
            "Datoranvändaren {account} har redan en profil i den här databasen.", account=account
        )
    entry.used_at = datetime.now(UTC)
    member.os_account = account
    s.flush()
    actor = Actor.from_staff(member, account=account)
    audit.record(s, actor, "enrolled", record_type="staff_member", record_id=member.id)
    return actor


def _enroll_server(target, normal: str, account: str) -> Actor:
    from sqlalchemy import text

    from app.database import open_database
    from app.errors import DatabaseOpenError, ServerTlsError
    from app.services.admin import pg_roles

    role = pg_roles.new_role_name(normal[:6].lower())
    url = target.url
    try:
        db = open_database(
            dataclasses.replace(target, url=url.set(username=role)),
            password=pg_roles.enrollment_password(normal),
        )
    except ServerTlsError:
        raise  # the server's certificate, not the code: say so
    except DatabaseOpenError as exc:
        raise AccessDenied(_INVALID) from exc
    try:
        with db.write(system=True) as s:
            try:
                staff_id = s.execute(
                    text("SELECT igor_finish_enrollment(:h, :a)"),
                    {"h": code_hash(normal), "a": account},
                ).scalar_one()
            except Exception as exc:
                raise AccessDenied(_INVALID) from exc
            member = s.get(StaffMember, staff_id)
            s.refresh(member)
            actor = Actor.from_staff(member, account=account)
            audit.record(s, actor, "enrolled", record_type="staff_member", record_id=member.id)
            password = pg_roles.rotate_own_password(s, role)
            keystore.store_server_login(url.host, url.port, url.database, role, password)
    finally:
        db.dispose()
    return actor


# --- contact details (title, phone, e-mail) ---------------------------------------------------

STAFF = editing.kind(
    "staff_member",
    "Profilen finns inte längre.",
    "Profilen ändrades av {changed_by} {changed_at}. Läs in den igen och gör om ändringen.",
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+\-() ]*$")


@dataclass(frozen=True)
class StaffContact:
    staff_id: int
    full_name: str
    title: str
    phone: str
    email: str
    version: int


def _may_edit_contact(actor: Actor, staff_id: int) -> None:
    """One's own contact details, or anyone's for a lead (the server's igor_staff_contact
    checks the same, migration e5_staff_contact)."""
    if actor.staff_id != staff_id and not actor.is_admin:
        raise AccessDenied("Bara personen själv eller gruppchefen kan ändra kontaktuppgifterna.")


def get_contact(db: Database, actor: Actor, staff_id: int) -> StaffContact:
    _may_edit_contact(actor, staff_id)
    with db.read(actor=actor) as s:
        m = s.get(StaffMember, staff_id)
        if m is None:
            raise UserError(STAFF.gone)
        return StaffContact(
            m.id, m.full_name, m.title or "", m.phone or "", m.email or "", m.version
        )


def update_contact(
    db: Database,
    actor: Actor,
    staff_id: int,
    *,
    title: str,
    phone: str,
    email: str,
    version: int,
) -> int:
    """Save title, phone and e-mail (letters print the sender's); returns the new version."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    _may_edit_contact(actor, staff_id)
    title, phone, email = (title or "").strip(), (phone or "").strip(), (email or "").strip()
    problems: list[UserError] = []
    checks.check_length(problems, F.STAFF_TITLE, title, 200)
    checks.check_length(problems, F.PHONE, phone, 40)
    checks.check_length(problems, F.EMAIL, email, 200)
    if phone and not _PHONE.match(phone):
        problems.append(
            UserError(
                "Fältet {field}: bara siffror, mellanslag, +, - och parenteser.",
                field=F.PHONE,
            )
        )
    if email and not _EMAIL.match(email):
        problems.append(
            UserError("Fältet {field}: skriv en e-postadress, namn@exempel.se.", field=F.EMAIL)
        )
    if problems:
        raise ValidationError(problems)
    with db.write(actor=actor) as s:
        if s.get_bind().dialect.name == "postgresql":
            member = s.get(StaffMember, staff_id)
            if member is None:
                raise UserError(STAFF.gone)
            try:
                with s.begin_nested():
                    new_version = s.execute(
                        text(
                            "SELECT igor_staff_contact(:staff, :os, :ws, :target, :version, "
                            ":title, :phone, :email)"
                        ),
                        {
                            "staff": actor.staff_id,
                            "os": actor.os_account,
                            "ws": actor.workstation,
                            "target": staff_id,
                            "version": version,
                            "title": title,
                            "phone": phone,
                            "email": email,
                        },
                    ).scalar_one()
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", None) != "IG001":
                    raise
                s.expire(member)
                raise editing.conflict(s, member, STAFF) from exc
            return int(new_version)
        m = editing.load_for_edit(s, actor, StaffMember, staff_id, version, STAFF)
        m.title, m.phone, m.email = title or None, phone or None, email or None
        s.flush()
        audit.record(
            s,
            actor,
            "staff_contact_changed",
            record_type="staff_member",
            record_id=staff_id,
            details={"fields": ["email", "phone", "title"]},
        )
        return m.version
