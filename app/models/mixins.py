"""Column mixins shared by several aggregates."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from app.models.base import enum_column
from app.models.enums import Agency


class AgencyOwned:
    """A record owned by one agency (police or social services) and concerning one person.

    The other agency may read it only while that person has an active consent to exchange between
    police and social services; app.services.core.access enforces this for every ORM query, and in
    PostgreSQL mode row-level security enforces it again in the server.
    """

    owner_agency: Mapped[Agency] = enum_column(Agency, nullable=False, index=True)

    @declared_attr
    def subject_person_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("person.id"), nullable=True, index=True)


class TeamOwned:
    """A record that belongs to one team (cases, persons, staff, resources, calendar events,
    settings). Rows that hang off such a record (a case's contacts, consents, transports ...)
    follow it and carry no team of their own.

    New rows get the acting staff member's team (app.services.core.access stamps it before the
    flush); without an actor (migrations, demo data, tests' factories) the default team.
    No foreign key: SQLite cannot add one to an existing table in place; the team table is small
    and rows are only ever created with the actor's team.
    """

    team_id: Mapped[int] = mapped_column(
        Integer, nullable=False, index=True, default=1, server_default=text("1")
    )
