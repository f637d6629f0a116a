"""People in cases (victims, suspects) and their addresses."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, SmallInteger, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Versioned, enum_column
from app.models.enums import NumberKind, Protection
from app.models.mixins import TeamOwned
from app.models.protected import ProtectedString


class Person(TeamOwned, Versioned, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Imported people may have no name; the team completes them later.
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    # Personnummer / samordningsnummer in the 12-digit form YYYYMMDDNNNC, or a reserve number.
    personal_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    number_kind: Mapped[NumberKind] = enum_column(NumberKind, default=NumberKind.NONE)
    birth_year: Mapped[int | None] = mapped_column(SmallInteger)
    protection: Mapped[Protection] = enum_column(Protection, default=Protection.NONE)
    phone: Mapped[str | None] = mapped_column(ProtectedString(40))

    addresses: Mapped[list[Address]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Address.id"
    )

    __table_args__ = (
        Index("ix_person_last_name_lower", func.lower(last_name)),
        Index("ix_person_first_name_lower", func.lower(first_name)),
        # PostgreSQL also has lower(...) COLLATE "C" indexes for the name search (migration
        # b1_case_list; not declared here because SQLite has no collation named C).
    )

    @property
    def display_name(self) -> str:
        parts = [p for p in (self.first_name, self.last_name) if p]
        return " ".join(parts)

    @property
    def is_protected(self) -> bool:
        return self.protection != Protection.NONE


class Address(Base):
    __tablename__ = "address"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    street: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    label: Mapped[str | None] = mapped_column(String(100))  # e.g. "folkbokförd", "tillfällig"

    person: Mapped[Person] = relationship(back_populates="addresses")

    def one_line(self) -> str:
        tail = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, tail) if p)
