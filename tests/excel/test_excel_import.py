"""Importing the team's sheet into the database (both backends): whole or not at all, idempotent,
a dry run writes nothing, the mapping is right, and who may import what."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from app.errors import AccessDenied
from app.models import AuditEntry, Case, CaseNumberCounter, CaseParty, Contact, Person
from app.models.enums import (
    Agency,
    Area,
    CaseSource,
    CaseStatus,
    Channel,
    NumberKind,
    PartyRole,
    ReferralStatus,
    TalkKind,
)
from app.services.excel.importer import ImportRefused, import_workbook
from tests.excel_helpers import contact, good_workbook, save, workbook
from tests.factories import make_case

TODAY = date(2026, 6, 1)


def _counts(db) -> dict[str, object]:
    with db.read(system=True) as s:
        out = {
            model.__tablename__: s.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Case, Person, CaseParty, Contact, AuditEntry)
        }
        out["counters"] = sorted(
            tuple(r)
            for r in s.execute(select(CaseNumberCounter.year, CaseNumberCounter.last_serial))
        )
        return out


def _run(db, actor, wb, tmp_path, name="blad.xlsx", **kw):
    return import_workbook(db, actor, save(wb, tmp_path / name), today=TODAY, **kw)


def test_good_sheet_imports_whole_and_a_second_import_adds_nothing(db, staff, tmp_path):
    before = _counts(db)
    result = _run(db, staff.lead, good_workbook(), tmp_path)
    assert (result.cases_added, result.people_added, result.contacts_added) == (3, 5, 8)
    assert (result.cases_existing, result.people_existing, result.contacts_existing) == (0, 0, 0)
    assert (result.first_case_number, result.last_case_number) == (
        "IGOR-2026-0001",
        "IGOR-2026-0003",
    )
    after = _counts(db)
    assert after["case_file"] == before["case_file"] + 3
    assert after["person"] == before["person"] + 5
    assert after["case_party"] == before["case_party"] + 5
    assert after["contact"] == before["contact"] + 8
    assert after["counters"] == [(2026, 3)]

    again = _run(db, staff.lead, good_workbook(), tmp_path, "igen.xlsx")
    assert (again.cases_added, again.people_added, again.contacts_added) == (0, 0, 0)
    assert (again.cases_existing, again.people_existing, again.contacts_existing) == (3, 5, 8)
    assert not again.added_anything
    final = _counts(db)
    assert {k: v for k, v in final.items() if k != "audit_entry"} == {
        k: v for k, v in after.items() if k != "audit_entry"
    }
    assert "ingenting har lagts till" in again.summary_lines()[0]


def test_mapping_of_cases_people_and_contacts(db, staff, tmp_path):
    _run(db, staff.lead, good_workbook(), tmp_path)
    with db.read(system=True) as s:
        cases = {c.external_ref: c for c in s.execute(select(Case)).scalars()}
        assert set(cases) == {"IG-1", "IG-2", "IG-3"}
        one, two, three = cases["IG-1"], cases["IG-2"], cases["IG-3"]
        assert one.case_number == "IGOR-2026-0001" and three.case_number == "IGOR-2026-0003"
        assert (one.source, one.has_children, one.opened_on, one.status) == (
            CaseSource.POLICE_TIP,
            True,
            date(2026, 1, 5),
            CaseStatus.OPEN,
        )
        assert (one.area, one.district) == (Area.INSIDE, None)
        assert (two.area, two.district, two.source) == (Area.OUTSIDE, "Farsta", CaseSource.BINR)
        assert three.source == CaseSource.OWN_IDENTIFICATION
        parties = {(p.case.external_ref, p.role): p for p in s.execute(select(CaseParty)).scalars()}
        victim = parties[("IG-1", PartyRole.VICTIM)]
        assert (victim.rvt_status, victim.rvc_status) == (ReferralStatus.YES, ReferralStatus.NO)
        suspect = parties[("IG-1", PartyRole.SUSPECT)]
        assert suspect.rvc_status == ReferralStatus.ALREADY
        assert ("IG-3", PartyRole.VICTIM) not in parties
        for p in parties.values():
            person = p.person
            assert person.first_name is None and person.last_name is None
            assert person.personal_number is None and person.number_kind == NumberKind.NONE
        assert victim.person.birth_year == 1985
        assert parties[("IG-2", PartyRole.SUSPECT)].person.birth_year is None

        rows = s.execute(select(Contact).order_by(Contact.id)).scalars().all()
        by_case = [(r.case_id, r.party_id) for r in rows]
        assert by_case[0] == (one.id, victim.id)
        first, second, visit, failed, suspect_visit, *_ = rows
        assert first.channel == Channel.PHONE and first.reached is True
        assert first.owner_agency == Agency.POLICE and first.subject_person_id == victim.person_id
        assert first.talk_kinds() == {TalkKind.SUPPORT_VIOLENCE, TalkKind.SAFETY_PLANNING}
        assert first.import_key != second.import_key  # two identical rows are two contacts
        assert visit.channel == Channel.MEETING and visit.owner_agency == Agency.SOCIAL
        assert failed.reached is False and failed.talk_kinds() == set()
        assert suspect_visit.party_id == suspect.id and suspect_visit.talk_support_addiction
        for r in rows:
            assert r.note is None and r.held_as is None and r.rule_override_reason is None
            assert r.staff_id is None and r.created_by_id == staff.lead.staff_id
        # The date of a contact is its Swedish date (12:00 local time).
        when = (
            first.occurred_at if first.occurred_at.tzinfo else first.occurred_at.replace(tzinfo=UTC)
        )
        assert when == datetime(2026, 1, 6, 11, 0, tzinfo=UTC)
        last = one.last_contact_at
        last = last if last.tzinfo else last.replace(tzinfo=UTC)
        assert last == datetime(2026, 1, 11, 11, 0, tzinfo=UTC)


def test_bad_sheet_is_refused_whole_with_every_problem_and_nothing_written(db, staff, tmp_path):
    wb = good_workbook()
    wb["Ärenden"].append(["IG-4", "Tips polis", "Ja", "2026-04-01", None])
    wb["Kontakter"].append(contact("IG-3", "Våldsutsatt", "2026-03-05"))  # row 10: no victim
    wb["Kontakter"].append(contact("IG-4", "Våldsutsatt", "2026-04-02", "Fysik"))  # row 11
    wb["Personer"].append(["IG-4", "Våldsutsatt", 1700, "Ja", "Ja"])  # row 7
    before = _counts(db)
    with pytest.raises(ImportRefused) as err:
        _run(db, staff.lead, wb, tmp_path)
    where = [(p.sheet, p.row, p.column) for p in err.value.problems]
    assert where == [
        ("Personer", 7, "Födelseår"),
        ("Kontakter", 10, "Roll"),
        ("Kontakter", 11, "Roll"),
        ("Kontakter", 11, "Typ"),
    ]
    assert 'ärendet "IG-3" har ingen person med rollen Våldsutsatt' in err.value.message()
    assert _counts(db) == before
    # Dry run reports the same problems, writes nothing either.
    with pytest.raises(ImportRefused) as dry:
        _run(db, staff.lead, wb, tmp_path, "igen.xlsx", dry_run=True)
    assert [(p.sheet, p.row, p.column) for p in dry.value.problems] == where
    assert _counts(db) == before


def test_dry_run_reports_what_the_import_would_add_and_writes_nothing(db, staff, tmp_path):
    before = _counts(db)
    trial = _run(db, staff.lead, good_workbook(), tmp_path, dry_run=True)
    assert trial.dry_run and trial.counts() == {
        "cases_added": 3,
        "cases_existing": 0,
        "people_added": 5,
        "people_existing": 0,
        "contacts_added": 8,
        "contacts_existing": 0,
    }
    assert _counts(db) == before  # not even the case-number counter or an audit entry
    real = _run(db, staff.lead, good_workbook(), tmp_path, "igen.xlsx")
    assert real.counts() == trial.counts()
    assert real.first_case_number == trial.first_case_number == "IGOR-2026-0001"


def test_a_grown_sheet_adds_only_what_is_new(db, staff, tmp_path):
    _run(db, staff.lead, good_workbook(), tmp_path)
    wb = good_workbook()
    wb["Ärenden"].append(["IG-4", "RVT", "Nej", "2026-04-01", None])
    wb["Personer"].append(["IG-3", "Våldsutsatt", 1979, "Nej", "Nej"])  # IG-3 gets a victim
    wb["Personer"].append(["IG-4", "Våldsutsatt", 1991, "Nej", "Nej"])
    # A third identical call on 2026-01-06 is a new contact; the first two are already there.
    wb["Kontakter"].append(
        contact("IG-1", "Våldsutsatt", "2026-01-06", "Digital", "Polis", [1, 0, 0, 0, 1, 0, 0])
    )
    wb["Kontakter"].append(contact("IG-3", "Våldsutsatt", "2026-03-03", "Fysisk", "Socialtjänst"))
    wb["Kontakter"].append(contact("IG-4", "Våldsutsatt", "2026-04-02"))
    result = _run(db, staff.lead, wb, tmp_path, "större.xlsx")
    assert result.counts() == {
        "cases_added": 1,
        "cases_existing": 3,
        "people_added": 2,
        "people_existing": 5,
        "contacts_added": 3,
        "contacts_existing": 8,
    }
    assert result.first_case_number == "IGOR-2026-0004"


def test_contacts_may_use_a_role_the_case_already_has_in_the_program(db, staff, tmp_path):
    _run(db, staff.lead, good_workbook(), tmp_path)
    wb = workbook(
        [["IG-1", "Tips polis", "Ja", "2026-01-05", "Södermalm"]],
        [],
        [contact("ig-1 ", "Våldsutövare", "2026-05-01")],
    )
    result = _run(db, staff.lead, wb, tmp_path, "bara-kontakt.xlsx")
    assert (result.cases_existing, result.contacts_added) == (1, 1)


def test_case_numbers_continue_the_counter_of_cases_made_in_the_program(db, staff, tmp_path):
    make_case(db, number="IGOR-2026-0007")
    with db.write(system=True) as s:
        s.add(CaseNumberCounter(year=2026, last_serial=7))
    result = _run(db, staff.lead, good_workbook(), tmp_path)
    assert (result.first_case_number, result.last_case_number) == (
        "IGOR-2026-0008",
        "IGOR-2026-0010",
    )


def test_the_import_is_audited_with_counts_only(db, staff, tmp_path):
    _run(db, staff.lead, good_workbook(), tmp_path)
    with db.read(system=True) as s:
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.action == "excel_import")
        ).scalar_one()
    assert entry.staff_id == staff.lead.staff_id
    assert '"contacts_added": 8' in entry.details and "IG-1" not in entry.details


def test_analysts_may_not_import_or_check(db, staff, tmp_path):
    before = _counts(db)
    for dry in (False, True):
        with pytest.raises(AccessDenied):
            _run(db, staff.analyst, good_workbook(), tmp_path, dry_run=dry)
    assert _counts(db) == before


def test_caseworker_imports_own_agency_only(db, staff, tmp_path):
    before = _counts(db)
    with pytest.raises(ImportRefused) as err:
        _run(db, staff.police, good_workbook(), tmp_path)
    social_rows = [4, 6, 7]  # rows "Utförd av" Socialtjänst in good_workbook()
    assert [(p.row, p.column) for p in err.value.problems] == [
        (r, "Utförd av") for r in social_rows
    ]
    assert "du kan bara importera kontakter som Polis har utfört" in err.value.message()
    assert _counts(db) == before

    own = workbook(
        [["S-1", "RVT", "Ja", "2026-01-05", None]],
        [["S-1", "Våldsutsatt", 1988, "Ja", "Nej"]],
        [contact("S-1", "Våldsutsatt", "2026-01-06", "Fysisk", "Socialtjänst")],
    )
    result = _run(db, staff.social, own, tmp_path, "egen.xlsx")
    assert (result.cases_added, result.contacts_added) == (1, 1)


def test_secrecy_holds_for_imported_contacts(db, staff, tmp_path):
    """The lead (police) wrote social-services contacts; they still belong to social services."""
    _run(db, staff.lead, good_workbook(), tmp_path)
    with db.read(actor=staff.police) as s:
        police_sees = s.execute(select(Contact.owner_agency)).scalars().all()
    with db.read(actor=staff.social) as s:
        social_sees = s.execute(select(Contact.owner_agency)).scalars().all()
    assert police_sees == [Agency.POLICE] * 5
    assert social_sees == [Agency.SOCIAL] * 3
    # The police lead who imported them can neither see nor change them in the program.
    with db.read(system=True) as s:
        social_id = (
            s.execute(select(Contact.id).where(Contact.owner_agency == Agency.SOCIAL))
            .scalars()
            .first()
        )
    with db.write(actor=staff.lead) as s:
        assert s.get(Contact, social_id) is None


def test_bulk_contact_columns_cover_the_table():
    """The import writes contacts through the DB-API with a fixed column list; a column added
    to Contact later must be added there too (or this fails)."""
    from app.services.excel.importer import _CONTACT_COLUMNS

    assert len(set(_CONTACT_COLUMNS)) == len(_CONTACT_COLUMNS)
    assert set(_CONTACT_COLUMNS) == {c.name for c in Contact.__table__.columns} - {"id"}


def test_case_numbers_taken_outside_the_counter_are_skipped(db, staff, tmp_path):
    make_case(db, number="IGOR-2026-0002")  # older data: the (empty) counter does not know it
    result = _run(db, staff.lead, good_workbook(), tmp_path)
    with db.read(system=True) as s:
        numbers = sorted(
            s.execute(select(Case.case_number).where(Case.external_ref.is_not(None))).scalars()
        )
    assert numbers == ["IGOR-2026-0001", "IGOR-2026-0003", "IGOR-2026-0004"]
    assert (result.first_case_number, result.last_case_number) == (
        "IGOR-2026-0001",
        "IGOR-2026-0004",
    )


def test_a_collision_with_a_concurrent_import_rolls_back_with_a_clear_message(
    db, staff, tmp_path, monkeypatch
):
    """Another workstation imports the same case between our check and our insert (simulated by
    hiding the existing case from the check): the unique index stops us, nothing lands."""
    from app.errors import UserError
    from app.services.excel import importer as excel_import

    _run(db, staff.lead, good_workbook(), tmp_path)
    monkeypatch.setattr(excel_import, "_existing_cases", lambda s: {})
    before = _counts(db)
    with pytest.raises(UserError) as err:
        _run(db, staff.lead, good_workbook(), tmp_path, "igen.xlsx")
    assert "samtidigt" in err.value.message()
    assert _counts(db) == before


@pytest.mark.parametrize("part", ["xl/worksheets/sheet3.xml", "xl/workbook.xml"])
def test_entity_tricks_in_the_team_sheet_are_refused_and_nothing_written(db, staff, tmp_path, part):
    import io
    import zipfile

    from app.services.excel.spreadsheet import UnsafeWorkbookError
    from tests.excel.test_spreadsheet import LOL

    good = io.BytesIO()
    good_workbook().save(good)
    evil = tmp_path / "ond.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == part:
                body = data.decode().split("?>", 1)[-1]
                data = (LOL + body.replace("IG-1", "&lol9;", 1)).encode()
            dst.writestr(item.filename, data)
    before = _counts(db)
    with pytest.raises(UnsafeWorkbookError) as err:
        import_workbook(db, staff.lead, evil, today=TODAY)
    assert "skadliga" in err.value.message()
    assert _counts(db) == before


def test_a_sheet_that_cannot_be_read_does_not_drown_the_report(db, staff, tmp_path):
    """Personer lacks a column: that is reported once, not as a missing role on every contact."""
    from tests.excel_helpers import PEOPLE_HEAD

    wb = good_workbook()
    wb["Personer"].delete_cols(PEOPLE_HEAD.index("RVC") + 1)
    with pytest.raises(ImportRefused) as err:
        _run(db, staff.lead, wb, tmp_path)
    assert [(p.sheet, p.row, p.column) for p in err.value.problems] == [("Personer", 1, "RVC")]
