"""Generated letters and forms, kept with the case so they can be shown or reprinted exactly."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, enum_column, utcnow
from app.models.enums import LetterKind
from app.models.mixins import AgencyOwned


class Letter(AgencyOwned, Base):
    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_file.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[LetterKind] = enum_column(LetterKind)
    template: Mapped[str] = mapped_column(String(100))
    recipient: Mapped[str | None] = mapped_column(String(200))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consent.id"))
    # The exact inputs, so the letter can be regenerated; and the PDF as printed.
    fields_json: Mapped[str] = mapped_column(Text, default="{}")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    sha256: Mapped[str | None] = mapped_column(String(64))
    print_count: Mapped[int] = mapped_column(default=0)
