"""Teams: one IGOR group (a police area with its social-services partner) on a shared server.

A team owns its cases, persons, staff, rooms and vehicles (resources), calendar events and
settings (the TeamOwned mixin's `team_id`); every other row hangs off one of those and follows
it. Staff see only their own team's rows: the service layer filters ORM queries by the actor's
team (app.services.core.access) and, on PostgreSQL, restrictive row-level policies enforce the
same in the server (migration e2_teams). A local SQLite file holds one team.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow

DEFAULT_TEAM_ID = 1
DEFAULT_TEAM_NAME = "IGOR Södermalm"


class Team(Base):
    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
