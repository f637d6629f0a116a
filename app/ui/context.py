"""What every page gets: the open database and the signed-in actor."""

from __future__ import annotations

from dataclasses import dataclass

from app.database import Database
from app.services.core.actor import Actor


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor
