"""The minimum group size (docs/secrecy.md, "Small numbers"): a period in which fewer than
MIN_GROUP (5) people had a contact shows none of the other agency's contacts — not in the view's
tables, the .xlsx, the PDF, the JSON of `igor-desk stats`, the anonymised export, nor through the
server's functions called by a login role with psql. The team's own agency's tallies stay exact.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, date, datetime

import psycopg
import pytest
from pypdf import PdfReader
from sqlalchemy import update

from app.cli import main
from app.models import Contact
from app.models.enums import Agency, PartyRole
from app.services.statistics import export as statistics_export
from app.services.statistics import figures as statistics
from app.services.statistics import tables
from app.services.statistics.contacts import MIN_GROUP
from tests.factories import add_contact, make_case, make_staff
from tests.pg_login import make_login_role, open_as

DAY = date(2026, 2, 1)
SOCIAL_NAME = "Sara Socionom"  # tests.factories.make_staff


def _one_person_day(db, staff) -> int:
    """One victim; on DAY the social services reach her (addiction support) and the police call
    her once (a failed attempt): the police must learn nothing of the social services' talk."""
    case_id = make_case(db, suspect=None, opened_on=date(2026, 1, 10))
    contact_id = add_contact(
        db, staff.social, case_id, PartyRole.VICTIM, when=datetime(2026, 2, 1, 10, tzinfo=UTC)
    )
    with db.write(system=True) as s:
        s.execute(
            update(Contact).where(Contact.id == contact_id).values(talk_support_addiction=True)
        )
    add_contact(
        db,
        staff.police,
        case_id,
        PartyRole.VICTIM,
        when=datetime(2026, 2, 1, 12, tzinfo=UTC),
        reached=False,
    )
    return case_id


def _more_people(db, staff, n: int) -> None:
    for i in range(n):
        case_id = make_case(
            db, number=f"IGOR-2026-01{i:02d}", victim=(f"V{i}", "Test", None), suspect=None,
            opened_on=date(2026, 1, 10),
        )  # fmt: skip
        add_contact(
            db, staff.social, case_id, PartyRole.VICTIM, when=datetime(2026, 2, 1, 9, tzinfo=UTC)
        )


def _texts(db, actor, result) -> dict[str, str]:
    def xlsx(data: bytes) -> str:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))

    pdf = statistics_export.export_pdf(db, actor, result)
    return {
        "view": "\n".join(
            " ".join(tables.fmt(c) for c in row) + " " + t.note
            for t in tables.all_tables(result)
            for row in t.rows
        ),
        "xlsx": xlsx(statistics_export.export_xlsx(db, actor, result)),
        "pdf": "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages),
        "json": json.dumps(result.to_json(), ensure_ascii=False),
        "text": tables.plain_text(result),
    }


def test_a_one_person_day_withholds_the_other_agencys_contacts(db, staff):
    _one_person_day(db, staff)
    result = statistics.compute(db, staff.police, DAY, DAY)
    assert result.small_group and result.own_agency is Agency.POLICE
    victims = result.victims
    assert victims.count == 1  # who the people are is not contact data: exact
    # Her contact figures count the police's own contacts only: one failed call, exactly.
    assert not victims.suppressed and victims.only_agency is Agency.POLICE
    assert all(d.people_with_any == 0 for d in victims.talks.values())
    assert victims.failed_only == 1 and victims.interactions.total == 0
    # The police's own failed call stays exact; the social services' reached contact is gone.
    assert {(t.agency, t.reached, t.failed) for t in result.staff} == {(Agency.POLICE, 0, 1)}
    assert result.agency_totals()[Agency.SOCIAL] == (0, 0)
    assert result.monthly == {"2026-02": {}}
    j = result.to_json()
    assert j["small_group"] == {"min_people": MIN_GROUP, "own_agency_only": "police"}
    assert j["victims"]["contacts_of_agency"] == "police"
    assert j["victims"]["talks"]["support_addiction"]["share"] == 0.0
    for kind, text in _texts(db, staff.police, result).items():
        assert SOCIAL_NAME not in text, kind
        assert "Summa Socialtjänst" not in text, kind
        if kind != "json":
            assert "Färre än 5 personer" in text, kind


def test_the_analyst_sees_no_contact_figures_of_a_one_person_day(db, staff):
    _one_person_day(db, staff)
    result = statistics.compute(db, staff.analyst, DAY, DAY)
    assert result.small_group and result.own_agency is None
    assert result.victims.suppressed and result.victims.count == 1
    assert result.staff == [] and result.monthly == {"2026-02": {}}
    assert result.to_json()["victims"]["contacts_suppressed"] is True
    texts = _texts(db, staff.analyst, result)
    for kind, text in texts.items():
        assert SOCIAL_NAME not in text and "Petra Polis" not in text, kind
    for kind in ("view", "pdf", "xlsx", "text"):
        assert "färreän5personer" in "".join(texts[kind].split()), kind  # the withheld cells
    assert statistics.anonymised_rows(db, staff.analyst, DAY, DAY) == []


def test_the_social_services_keep_their_own_figures_exact(db, staff):
    _one_person_day(db, staff)
    own = statistics.compute(db, staff.social, DAY, DAY)
    assert {(t.name, t.agency, t.reached, t.failed) for t in own.staff} == {
        (SOCIAL_NAME, Agency.SOCIAL, 1, 0)
    }
    talks = {k.value: d.people_with_any for k, d in own.victims.talks.items()}
    assert talks["support_addiction"] == 1 and own.victims.failed_only == 0  # no police call
    assert own.monthly == {"2026-02": {next(iter(own.monthly["2026-02"])): 1}}


def test_five_people_show_every_figure_exactly(db, staff):
    _one_person_day(db, staff)
    _more_people(db, staff, MIN_GROUP - 1)
    result = statistics.compute(db, staff.police, DAY, DAY)
    assert not result.small_group and not result.victims.suppressed
    assert "small_group" not in result.to_json()
    assert result.victims.talks[next(iter(result.victims.talks))].people >= 0
    addiction = [d for k, d in result.victims.talks.items() if k.value == "support_addiction"]
    assert addiction[0].people_with_any == 1
    assert result.agency_totals() == {Agency.POLICE: (0, 1), Agency.SOCIAL: (5, 0)}
    assert len(statistics.anonymised_rows(db, staff.lead, DAY, DAY)) == 5


def test_the_cli_json_withholds_too(db, staff, monkeypatch, capsys):
    _one_person_day(db, staff)
    url = (
        str(db.target.path)
        if db.kind == "sqlite"
        else db.engine.url.render_as_string(hide_password=False)
    )
    monkeypatch.setenv("IGOR_OS_USER", "polis1")
    assert main(["stats", "--from", "2026-02-01", "--to", "2026-02-01", "--json", "--db", url]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["victims"]["contacts_of_agency"] == "police"
    assert out["victims"]["talks"]["support_addiction"]["share"] == 0.0
    assert out["victims"]["interactions"]["failed_only"] == 1


# --- the server: as real login roles (psql) ---------------------------------------------------

ONE_DAY = "'2026-02-01 00:00:00+01', '2026-02-02 00:00:00+01'"


def _connect(pg_db, role: str, password: str) -> psycopg.Connection:
    u = pg_db.engine.url
    return psycopg.connect(
        host=u.host, port=u.port, dbname=u.database, user=role, password=password, autocommit=True
    )


def test_the_server_withholds_a_one_person_day_from_login_roles(pg_db):
    staff = make_staff(pg_db)
    _one_person_day(pg_db, staff)
    police = make_login_role(pg_db, staff.police.staff_id, Agency.POLICE)
    analyst = make_login_role(pg_db, staff.analyst.staff_id, Agency.SOCIAL)
    social = make_login_role(pg_db, staff.social.staff_id, Agency.SOCIAL)
    with _connect(pg_db, *police) as conn:
        assert conn.execute(f"SELECT * FROM igor_stat_party_contacts({ONE_DAY})").fetchall() == []
        rows = conn.execute(
            f"SELECT owner_agency, reached, n FROM igor_stat_tally({ONE_DAY})"
        ).fetchall()
        assert rows == [("police", False, 1)]
        assert conn.execute(f"SELECT igor_stat_large_enough({ONE_DAY})").fetchone() == (False,)
        for sql in (
            "SELECT * FROM igor_stat_day_counts('2026-02-01', '2026-02-02')",
            f"SELECT * FROM igor_stat_contact_counts({ONE_DAY})",
            "SELECT * FROM igor_stat_tally('2026-02-01 10:00+00', '2026-02-01 11:00+00')",
            "SELECT igor_stat_large_enough('2026-02-01 10:00+00', '2026-02-01 11:00+00')",
            "SELECT * FROM igor_stat_party_contacts_rows('2026-02-01 00:00+00', "
            "'2026-02-02 00:00+00')",
        ):
            with pytest.raises(psycopg.Error):
                conn.execute(sql)
    with _connect(pg_db, *analyst) as conn:
        assert conn.execute(f"SELECT * FROM igor_stat_tally({ONE_DAY})").fetchall() == []
        assert conn.execute(f"SELECT * FROM igor_stat_party_contacts({ONE_DAY})").fetchall() == []
    with _connect(pg_db, *social) as conn:
        rows = conn.execute(
            f"SELECT owner_agency, reached, n FROM igor_stat_tally({ONE_DAY})"
        ).fetchall()
        assert rows == [("social", True, 1)]


def test_the_server_answers_a_large_enough_group(pg_db):
    staff = make_staff(pg_db)
    _one_person_day(pg_db, staff)
    _more_people(pg_db, staff, MIN_GROUP - 1)
    police = make_login_role(pg_db, staff.police.staff_id, Agency.POLICE)
    with _connect(pg_db, *police) as conn:
        assert (
            len(conn.execute(f"SELECT * FROM igor_stat_party_contacts({ONE_DAY})").fetchall()) == 5
        )
        agencies = {
            r[0] for r in conn.execute(f"SELECT owner_agency FROM igor_stat_tally({ONE_DAY})")
        }
        assert agencies == {"police", "social"}


def test_the_program_on_a_login_role_shows_what_it_shows_on_sqlite(pg_db):
    """The view's figures computed through the police officer's own login role match the rule:
    withheld for one person, own tally exact."""
    staff = make_staff(pg_db)
    _one_person_day(pg_db, staff)
    role_db = open_as(pg_db, staff.police.staff_id, Agency.POLICE)
    try:
        result = statistics.compute(role_db, staff.police, DAY, DAY)
    finally:
        role_db.dispose()
    assert result.small_group and result.victims.only_agency is Agency.POLICE
    assert result.victims.talks and all(
        d.people_with_any == 0 for d in result.victims.talks.values()
    )
    assert result.victims.failed_only == 1
    assert {(t.agency, t.reached, t.failed) for t in result.staff} == {(Agency.POLICE, 0, 1)}
