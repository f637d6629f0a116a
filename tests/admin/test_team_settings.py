"""Letterhead per agency, stored in the setting table."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.errors import AccessDenied, UserError
from app.models.enums import Agency
from app.services.admin import team_settings

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def test_defaults_and_admin_edit(db, staff):
    police = team_settings.letterhead(db, staff.police, Agency.POLICE)
    assert police.agency_name == "Polisen"
    assert "Södermalm" in police.unit
    social = team_settings.letterhead(db, staff.police, Agency.SOCIAL)
    assert social.agency_name == "Södermalms stadsdelsförvaltning"

    changed = replace(police, phone="08-123 456", logo_png=PNG_1PX)
    with pytest.raises(AccessDenied):
        team_settings.save_letterhead(db, staff.police, Agency.POLICE, changed)
    team_settings.save_letterhead(db, staff.lead, Agency.POLICE, changed)
    again = team_settings.letterhead(db, staff.social, Agency.POLICE)
    assert again.phone == "08-123 456"
    assert again.logo_png == PNG_1PX

    with pytest.raises(UserError):
        team_settings.save_letterhead(
            db, staff.lead, Agency.POLICE, replace(changed, logo_png=b"GIF89a")
        )
    team_settings.reset_letterhead(db, staff.lead, Agency.POLICE)
    assert team_settings.letterhead(db, staff.lead, Agency.POLICE).phone == police.phone
