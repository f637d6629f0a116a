"""A small world with hand-computed statistics (period 2026-01-01 .. 2026-03-31).

Cases (source; opened – closed; parties with birth year):
  A police_tip, 2025-12-01 – open, children, incident 2025-11-28: V1 1980 (RVT already), S1 1975 (RVC yes)
  B binr, 2025-06-01 – 2026-01-15 closed, violence stopped: V2 1990 only
  C rvt, 2026-03-01 – open: S2 1985 only
  D other, 2025-01-01 – 2025-12-31 closed before the period: V3 (not counted)
  E other, 2026-04-01 – open, after the period: V6 (not counted)
  F own_identification, 2026-02-01 – 2026-02-20 closed, no outcome, children:
    V4 1985 (RVT yes, RVC already), S3 (no birth year)
  G public_tip, 2025-10-01 – 2026-03-10 closed, violence NOT stopped: V5 1971

Contacts (all times naive UTC, as stored; "in" = within the period):
  A/V1  2025-12-03 phone reached (before the period: only the first-contact figure)
  A/V1  2026-01-05 phone reached, support_violence + safety_planning     social   in
  A/V1  2026-02-10 home_visit reached, support_violence                  police   in
  A/V1  2026-02-11 sms FAILED (check_in flag set — must not count)       social   in
  A/S1  2026-01-20 arrest_talk reached, check_in                         social   in
  B/V2  2025-06-11 phone reached (before)                                police
  B/V2  2026-01-02 phone FAILED                                          police   in
  C/S2  2026-03-31 21:30 UTC = 23:30 local, phone reached                police   in
  C/S2  2026-03-31 22:30 UTC = 00:30 local on 1 April, phone reached     police   OUT
  D/V3  2026-01-10 phone reached (case not counted: only in per-month/staff) police
  F/V4  2026-02-02 video reached, police_report                          social   in
  F/V4  2026-02-03 meeting reached, police_report + risk_assessment      police   in
Every contact carries a note with NOTE_SECRET, which must never leave any statistic or export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.models import Case, CaseParty, Contact, Person
from app.models.enums import (
    CaseSource,
    CaseStatus,
    Channel,
    PartyRole,
    ReferralStatus,
    TalkKind,
)

NOTE_SECRET = "HEMLIG-ANTECKNING-7731"
FROM, TO = date(2026, 1, 1), date(2026, 3, 31)

V, S = PartyRole.VICTIM, PartyRole.SUSPECT


@dataclass
class World:
    case_ids: dict[str, int]


def _case(s, key, source, opened, closed=None, *, children=False, incident=None, stopped=None):
    case = Case(
        case_number=f"IGOR-STAT-{key}",
        source=source,
        opened_on=opened,
        closed_on=closed,
        status=CaseStatus.CLOSED if closed else CaseStatus.OPEN,
        has_children=children,
        incident_date=incident,
        violence_stopped=stopped,
    )
    s.add(case)
    return case


def _party(case, role, birth_year, *, rvt=ReferralStatus.NO, rvc=ReferralStatus.NO, name=None):
    person = Person(birth_year=birth_year, first_name=name, last_name="Statistiksson")
    party = CaseParty(role=role, person=person, rvt_status=rvt, rvc_status=rvc)
    case.parties.append(party)
    return party


def _contact(s, case, party, actor, when, channel, *, reached=True, talks=()):
    contact = Contact(
        case_id=case.id,
        party_id=party.id,
        subject_person_id=party.person_id,
        owner_agency=actor.agency,
        staff_id=actor.staff_id,
        occurred_at=when,
        channel=channel,
        reached=reached,
        note=f"{NOTE_SECRET} om samtalet",
        held_as="IGOR, stödsamtal",
    )
    contact.set_talk_kinds(set(talks))
    s.add(contact)


def build(db, staff) -> World:
    police, social = staff.police, staff.social
    with db.write(system=True) as s:
        a = _case(
            s, "A", CaseSource.POLICE_TIP, date(2025, 12, 1), children=True,
            incident=date(2025, 11, 28),
        )  # fmt: skip
        v1 = _party(a, V, 1980, rvt=ReferralStatus.ALREADY, name="Vera")
        s1 = _party(a, S, 1975, rvc=ReferralStatus.YES, name="Sven")
        b = _case(s, "B", CaseSource.BINR, date(2025, 6, 1), date(2026, 1, 15), stopped=True)
        v2 = _party(b, V, 1990)
        c = _case(s, "C", CaseSource.RVT, date(2026, 3, 1))
        s2 = _party(c, S, 1985)
        d = _case(s, "D", CaseSource.OTHER, date(2025, 1, 1), date(2025, 12, 31), stopped=True)
        v3 = _party(d, V, 1960)
        e = _case(s, "E", CaseSource.OTHER, date(2026, 4, 1))
        _party(e, V, 1999)
        f = _case(
            s, "F", CaseSource.OWN_IDENTIFICATION, date(2026, 2, 1), date(2026, 2, 20),
            children=True,
        )  # fmt: skip
        v4 = _party(f, V, 1985, rvt=ReferralStatus.YES, rvc=ReferralStatus.ALREADY)
        _party(f, S, None)  # S3, birth year unknown
        g = _case(
            s, "G", CaseSource.PUBLIC_TIP, date(2025, 10, 1), date(2026, 3, 10), stopped=False
        )
        _party(g, V, 1971)
        s.flush()
        T = TalkKind
        _contact(s, a, v1, police, datetime(2025, 12, 3, 9), Channel.PHONE)
        _contact(
            s, a, v1, social, datetime(2026, 1, 5, 10), Channel.PHONE,
            talks=(T.SUPPORT_VIOLENCE, T.SAFETY_PLANNING),
        )  # fmt: skip
        _contact(
            s, a, v1, police, datetime(2026, 2, 10, 13), Channel.HOME_VISIT,
            talks=(T.SUPPORT_VIOLENCE,),
        )  # fmt: skip
        _contact(
            s, a, v1, social, datetime(2026, 2, 11, 8), Channel.SMS, reached=False,
            talks=(T.CHECK_IN,),
        )  # fmt: skip
        _contact(
            s, a, s1, social, datetime(2026, 1, 20, 15), Channel.ARREST_TALK, talks=(T.CHECK_IN,)
        )
        _contact(s, b, v2, police, datetime(2025, 6, 11, 9), Channel.PHONE)
        _contact(s, b, v2, police, datetime(2026, 1, 2, 9), Channel.PHONE, reached=False)
        _contact(s, c, s2, police, datetime(2026, 3, 31, 21, 30), Channel.PHONE)
        _contact(s, c, s2, police, datetime(2026, 3, 31, 22, 30), Channel.PHONE)
        _contact(s, d, v3, police, datetime(2026, 1, 10, 9), Channel.PHONE)
        _contact(s, f, v4, social, datetime(2026, 2, 2, 9), Channel.VIDEO, talks=(T.POLICE_REPORT,))
        _contact(
            s, f, v4, police, datetime(2026, 2, 3, 9), Channel.MEETING,
            talks=(T.POLICE_REPORT, T.RISK_ASSESSMENT),
        )  # fmt: skip
        return World({k: x.id for k, x in zip("ABCDEFG", (a, b, c, d, e, f, g), strict=True)})


def zero_talk(people: int) -> dict:
    del people
    return {"min": 0, "max": 0, "median": 0.0, "share": 0.0}


def expected_json() -> dict:
    """The contract object for FROM..TO, computed by hand from the table above."""
    return {
        "period": {"from": "2026-01-01", "to": "2026-03-31"},
        "cases": {
            "count": 5,  # A B C F G
            "only_victim": 2,  # B G
            "only_suspect": 1,  # C
            "children_share": 2 / 5,  # A F
            "source_shares": {
                "police_tip": 1 / 5,
                "binr": 1 / 5,
                "rvt": 1 / 5,
                "own_identification": 1 / 5,
                "public_tip": 1 / 5,
                "other": 0.0,
            },
            # A 5 days (11-28 → 12-03), B 10 (06-01 → 06-11), C 30, F 1; G never reached
            "days_to_first_contact_median": (5 + 10) / 2,
            "violence_stopped_share": 1 / 2,  # B yes, G no; F closed without outcome
        },
        "victims": {
            "count": 4,  # V1 V2 V4 V5
            "birth_year": {"min": 1971, "max": 1990, "median": (1980 + 1985) / 2},
            "interactions": {
                "min": 0,
                "max": 2,
                "mean": 1.0,  # V1 2, V2 0, V4 2, V5 0
                "median": 1.0,
                "digital_share": 2 / 4,  # V1 phone, V4 video of 4
                "failed_only": 1,  # V2
            },
            "talks": {
                "support_violence": {"min": 0, "max": 2, "median": 0.0, "share": 1 / 4},
                "support_addiction": zero_talk(4),
                "police_report": {"min": 0, "max": 2, "median": 0.0, "share": 1 / 4},
                "investigation": zero_talk(4),
                "safety_planning": {"min": 0, "max": 1, "median": 0.0, "share": 1 / 4},
                "check_in": zero_talk(4),  # V1's check-in flag was on a failed attempt
                "risk_assessment": {"min": 0, "max": 1, "median": 0.0, "share": 1 / 4},
            },
            "rvt_share": 2 / 4,  # V1 already, V4 yes
            "rvc_started_share": 1 / 4,  # V4 already
        },
        "suspects": {
            "count": 3,  # S1 S2 S3
            "birth_year": {"min": 1975, "max": 1985, "median": 1980.0},  # S3 unknown
            "interactions": {
                "min": 0,
                "max": 1,
                "mean": 2 / 3,
                "median": 1.0,
                "digital_share": 1 / 2,  # S2 phone; S1 arrest talk
                "failed_only": 0,
            },
            "talks": {
                "support_violence": zero_talk(3),
                "support_addiction": zero_talk(3),
                "police_report": zero_talk(3),
                "investigation": zero_talk(3),
                "safety_planning": zero_talk(3),
                "check_in": {"min": 0, "max": 1, "median": 0.0, "share": 1 / 3},
                "risk_assessment": zero_talk(3),
            },
            "rvt_share": 0.0,
            "rvc_started_share": 1 / 3,  # S1
        },
        "all": {"count": 7, "rvc_started_share": 2 / 7},  # V4, S1
    }


def assert_json_close(got, expected, path: str = "") -> None:
    """Same keys and types as expected; floats equal within 1e-12 (shares are unrounded)."""
    if isinstance(expected, dict):
        assert isinstance(got, dict), path
        assert set(got) == set(expected), (path, sorted(set(got) ^ set(expected)))
        for key in expected:
            assert_json_close(got[key], expected[key], f"{path}.{key}")
    elif isinstance(expected, float):
        assert isinstance(got, float), (path, got)
        assert abs(got - expected) < 1e-12, (path, got, expected)
    else:
        assert type(got) is type(expected) and got == expected, (path, got, expected)
