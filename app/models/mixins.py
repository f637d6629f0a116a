"""Column mixins shared by several aggregates."""

from __future__ import annotations

from sqlalchemy import ForeignKey
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
