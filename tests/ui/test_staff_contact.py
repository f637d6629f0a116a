"""Staff title, phone and e-mail: the person or a lead saves them, the letters print them (no
switchboard number when the sender has a phone), and on PostgreSQL a staff login role can
change only its own (migration e5_staff_contact), never anyone else's, never by UPDATE."""

from __future__ import annotations

import psycopg
import pytest

from app.errors import AccessDenied, ConcurrentEditError, ValidationError
from app.models.enums import Agency
from app.services.admin import profiles
from app.services.cases import letters
from tests.cases.test_letters import referral, setup_case, text_of
from tests.pg_login import make_login_role, open_as


def test_the_person_and_the_lead_save_contact_details_and_letters_print_them(db, staff):
    social = staff.social
    case_id = setup_case(db, consent=True)
    before = letters.generate(db, social, referral(case_id))
    assert "08-508 00 508" in text_of(before.pdf)  # no phone of her own yet: the letterhead's
    mine = profiles.get_contact(db, social, social.staff_id)
    version = profiles.update_contact(
        db,
        social,
        social.staff_id,
        title="Socialsekreterare",
        phone="08-508 12 345",
        email="sara.socionom@stockholm.se",
        version=mine.version,
    )
    assert version == mine.version + 1
    with pytest.raises(ConcurrentEditError):  # a stale form is never saved over
        profiles.update_contact(
            db, social, social.staff_id, title="x", phone="", email="", version=mine.version
        )
    with pytest.raises(ValidationError) as bad:
        profiles.update_contact(
            db, social, social.staff_id, title="", phone="ring mig", email="sara@", version=version
        )
    assert {p.field for p in bad.value.problems} == {"telefon", "e-post"}
    with pytest.raises(AccessDenied):  # a colleague's details: not hers to change
        profiles.update_contact(
            db, social, staff.police.staff_id, title="", phone="", email="", version=1
        )
    text = text_of(letters.generate(db, social, referral(case_id)).pdf)
    assert "Socialsekreterare" in text and "08-508 12 345" in text
    assert "sara.socionom@stockholm.se" in text
    # The lead keeps anyone's.
    police = profiles.get_contact(db, staff.lead, staff.police.staff_id)
    profiles.update_contact(
        db,
        staff.lead,
        staff.police.staff_id,
        title="Polisinspektör",
        phone="010-56 123 45",
        email="",
        version=police.version,
    )
    assert profiles.get_contact(db, staff.police, staff.police.staff_id).phone == "010-56 123 45"


def test_on_the_server_a_staff_role_changes_only_its_own_contact_details(pg_db):
    from tests.factories import make_staff

    staff = make_staff(pg_db)
    role, password = make_login_role(pg_db, staff.police.staff_id, Agency.POLICE)
    u = pg_db.engine.url
    conn = psycopg.connect(
        host=u.host, port=u.port, dbname=u.database, user=role, password=password, autocommit=True
    )
    try:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE staff_member SET phone = '112' WHERE id = %s", (staff.social.staff_id,)
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "SELECT igor_staff_contact(%s, 'x', 'y', %s, 1, '', '112', '')",
                (staff.police.staff_id, staff.social.staff_id),
            )
        # Claiming to be someone else changes nothing: the server takes the login's own id.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "SELECT igor_staff_contact(%s, 'x', 'y', %s, 1, '', '112', '')",
                (staff.social.staff_id, staff.social.staff_id),
            )
    finally:
        conn.close()
    # Through the program on her own login: her own details are saved, audited in her name.
    role_db = open_as(pg_db, staff.police.staff_id, Agency.POLICE)
    try:
        mine = profiles.get_contact(role_db, staff.police, staff.police.staff_id)
        profiles.update_contact(
            role_db,
            staff.police,
            staff.police.staff_id,
            title="Polisassistent",
            phone="010-56 000 00",
            email="petra.polis@polisen.se",
            version=mine.version,
        )
        assert profiles.get_contact(role_db, staff.police, staff.police.staff_id).title == (
            "Polisassistent"
        )
    finally:
        role_db.dispose()
    assert profiles.get_contact(pg_db, staff.lead, staff.social.staff_id).phone == ""


def test_my_contact_details_from_the_file_menu_and_the_leads_page(qtbot, db, staff, monkeypatch):
    from app.ui.admin.admin_page import AdminPage
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    window = MainWindow(AppContext(db, staff.police))
    qtbot.addWidget(window)
    window.edit_own_contact()
    dialog = window.contact_dialog
    qtbot.keyClicks(dialog.phone, "ring")
    dialog.save()
    assert dialog.isVisible() and "telefon" in dialog.error.text()  # named, inline
    dialog.phone.setText("010-56 111 11")
    dialog.save()
    assert not dialog.isVisible()
    assert profiles.get_contact(db, staff.police, staff.police.staff_id).phone == "010-56 111 11"
    page = AdminPage(AppContext(db, staff.lead))
    qtbot.addWidget(page)
    page.select_staff(staff.social.staff_id)
    assert page.contact_button.isEnabled()
    page.edit_contact()
    page.contact_dialog.title.setText("Socialsekreterare")
    page.contact_dialog.save()
    assert profiles.get_contact(db, staff.lead, staff.social.staff_id).title == "Socialsekreterare"
