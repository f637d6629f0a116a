"""Declarative base, naming convention and shared column helpers for all models."""

from __future__ import annotations

import enum
from datetime import UTC, datetime

from sqlalchemy import DateTime, Enum, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: DateTime(timezone=True)}


def enum_column(enum_cls: type[enum.Enum], **kwargs):
    """A portable enum stored as its string value (no native PostgreSQL ENUM, so migrations stay
    simple), with a CHECK constraint so the database refuses values outside the enum."""
    return mapped_column(
        Enum(
            enum_cls,
            native_enum=False,
            create_constraint=True,
            length=40,
            values_callable=lambda e: [member.value for member in e],
            validate_strings=True,
        ),
        **kwargs,
    )


class Versioned:
    """Optimistic concurrency: a stale UPDATE raises StaleDataError at flush, so an edit made
    from another workstation in the meantime is detected instead of overwritten."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Who saved the current version (a staff id; None: the system or an import). Set for every
    # insert and update by the edit path's flush hook (app.services.core.editing), so "who and
    # when" in a concurrent-edit message always comes from the row itself. No foreign key: a
    # staff row may name its own editor, and restores need no ordering.
    updated_by_id: Mapped[int | None] = mapped_column(Integer)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}
