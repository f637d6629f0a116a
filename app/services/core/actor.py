"""Who is acting: the signed-in staff member, passed explicitly into every service call."""

from __future__ import annotations

import getpass
import os
import socket
from dataclasses import dataclass

from app.models import StaffMember
from app.models.enums import Agency


def os_account() -> str:
    """The OS user running the program (IGOR_OS_USER overrides it for tests and demos)."""
    return os.environ.get("IGOR_OS_USER") or getpass.getuser()


def workstation() -> str:
    return os.environ.get("IGOR_WORKSTATION") or socket.gethostname()


@dataclass(frozen=True)
class Actor:
    staff_id: int
    full_name: str
    agency: Agency
    os_account: str
    workstation: str
    is_admin: bool = False
    is_analyst: bool = False
    is_caseworker: bool = True
    # The team the staff member belongs to (app.models.team); every query is kept to it.
    team_id: int = 1
    # An analyst granted the figures of every team (aggregates only, never personal data).
    all_teams_stats: bool = False

    @classmethod
    def from_staff(cls, staff: StaffMember, *, account: str | None = None) -> Actor:
        return cls(
            staff_id=staff.id,
            full_name=staff.full_name,
            agency=Agency(staff.agency),
            os_account=account or staff.os_account or os_account(),
            workstation=workstation(),
            is_admin=staff.is_admin,
            is_analyst=staff.is_analyst,
            is_caseworker=staff.is_caseworker,
            team_id=staff.team_id,
            all_teams_stats=bool(
                staff.all_teams_stats
                and staff.is_analyst
                and not staff.is_caseworker
                and not staff.is_admin
            ),
        )
