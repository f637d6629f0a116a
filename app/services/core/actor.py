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
        )
