"""Team-wide settings stored in the database (letterhead, retention period ...), one set per
team (app.models.team)."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.models.mixins import TeamOwned


class Setting(TeamOwned, Base):
    __tablename__ = "setting"

    team_id: Mapped[int] = mapped_column(
        Integer, primary_key=True, default=1, server_default=text("1")
    )
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
