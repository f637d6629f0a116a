"""One vocabulary: every stored enum value has exactly one label, defined once in
app/vocabulary/labels.py, and no other module of app/ keeps its own copy of those words."""

from __future__ import annotations

import ast
import collections
import enum
import functools
from pathlib import Path

from app.models import enums as e
from app.ui import labels as ui_labels
from app.vocabulary import labels as vocabulary

APP = Path(__file__).resolve().parents[2] / "app"
ENUM_NAMES = {
    name
    for name, obj in vars(e).items()
    if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj.__module__ == e.__name__
}

# Literals elsewhere in app/ that equal a label but are not a label of that value (a column
# heading, a button, a file format). Each is (file relative to app/, text). Keep it short: a new
# entry needs a reason, and a label of a stored value belongs in app/vocabulary/labels.py.
NOT_LABELS = {
    # the Excel sheet's own words: a fixed file format, matched on import, never translated
    *(
        ("services/excel/sheet.py", t)
        for t in (
            "Stöd våld",
            "Polisanmälan",
            "Förundersökning",
            "Säkerhetsplanering",
            "Avstämning",
            "Riskbedömning",
            "BINR",
            "RVT",
            "Egen identifiering",
            "Annat",
            "Ja",
            "Nej",
            "Våldsutsatt",
            "Våldsutövare",
            "Misstänkt våldsutövare",
            "Redan aktuell",
            "Polis",
            "Socialtjänst",
        )
    ),  # fmt: skip
    # field captions and headings that name a thing, not a stored value
    ("models/__init__.py", "Transport"),
    ("pdf/document.py", "Telefon"),
    ("services/cases/letters.py", "Personnummer"),
    ("services/cases/letters.py", "Telefon"),
    ("services/transports/run_sheet.py", "Körorder"),
    ("services/transports/run_sheet.py", "Transport"),
    ("services/transports/run_sheet.py", "Fordon"),
    ("services/transports/run_sheet.py", "Kontaktförbud"),
    ("services/transports/run_sheet.py", "Nej"),
    ("services/statistics/export.py", "Ja"),
    ("services/statistics/export.py", "Nej"),
    ("services/statistics/tables.py", "Ja"),
    ("services/statistics/tables.py", "Nej"),
    # the letter templates' own titles and field labels (resources/letters), listed for lupdate
    *(("ui/letters/template_texts.py", t) for t in ("Övrigt", "Remiss", "Samtycke", "Orosanmälan")),
    ("ui/calendar/page.py", "Genomförd"),  # the "mark as held" button
    ("ui/calendar/time_grid.py", "Genomförd"),  # an event was held
    ("ui/transports/page.py", "Genomförd"),  # the button
    ("ui/transports/page.py", "Fordon"),
    ("ui/transports/plan_dialog.py", "Ingen"),  # no assessment chosen
    ("ui/transports/widgets.py", "Kontaktförbud"),
    ("ui/transports/widgets.py", "Ja"),
    ("ui/transports/widgets.py", "Nej"),
    ("ui/cases/closing_tab.py", "Ja"),
    ("ui/cases/closing_tab.py", "Nej"),
    ("ui/cases/intake_dialog.py", "Personnummer"),
    ("ui/cases/intake_dialog.py", "Telefon"),
    ("ui/cases/intake_dialog.py", "Ja"),
    ("ui/cases/intake_dialog.py", "Nej"),
    ("ui/cases/list_model.py", "Våldsutsatt"),  # column heading
    ("ui/cases/list_model.py", "Polis"),  # column heading
    ("ui/cases/list_model.py", "Misstänkt"),  # column heading
    ("ui/transports/widgets.py", "Misstänkt"),  # caption of the custody line
    ("ui/cases/list_model.py", "Ja"),
    ("ui/cases/list_model.py", "Nej"),
    ("ui/cases/overview_tab.py", "Förundersökning"),
    ("ui/cases/overview_tab.py", "Kontaktförbud"),
    ("ui/cases/overview_tab.py", "Telefon"),
    ("ui/cases/overview_tab.py", "Ingen"),  # no staff member chosen
    ("ui/cases/page.py", "Avslutat"),  # column width samples, never shown
    ("ui/cases/page.py", "Allmänheten"),
    ("ui/cases/page.py", "Nej"),
    ("ui/cases/party_dialog.py", "Ja"),
    ("ui/cases/party_dialog.py", "Nej"),
    ("ui/ops/retention_dialog.py", "Avslutat"),  # column heading (closing date)
}


def _tables() -> dict[str, dict]:
    return {
        name: obj
        for name, obj in vars(vocabulary).items()
        if name.isupper()
        and isinstance(obj, dict)
        and obj
        and isinstance(next(iter(obj)), enum.Enum)
    }


@functools.cache
def _sources() -> list[tuple[str, ast.AST]]:
    return [
        (str(p.relative_to(APP)), ast.parse(p.read_text(encoding="utf-8"), str(p)))
        for p in sorted(APP.rglob("*.py"))
        if "vocabulary" not in p.relative_to(APP).parts
    ]


def test_every_stored_value_has_exactly_one_label():
    assert vocabulary.missing_labels() == []
    assert ui_labels.missing_labels() == []
    # one table per enum, holding only that enum's members, so equal StrEnum values never mix
    for enum_cls, table in vocabulary.LABELS.items():
        assert {type(k) for k in table} == {enum_cls}
        assert len(table) == len(enum_cls)
    assert {cls.__name__ for cls in vocabulary.LABELS} == ENUM_NAMES
    for variant in (vocabulary.SHORT, vocabulary.REPORT, vocabulary.IN_LETTERS):
        for enum_cls, table in variant.items():
            assert set(table) == set(enum_cls), enum_cls


def test_every_shared_value_has_a_label_per_enum():
    seen = collections.defaultdict(list)
    for member in vocabulary.all_members():
        seen[member.value].append(member)
    shared = [m for members in seen.values() if len(members) > 1 for m in members]
    assert len(shared) > 10
    for m in shared:
        assert vocabulary.LABELS[type(m)][m] == vocabulary.source_text(m)
    texts = {(type(m), vocabulary.label(m)) for m in shared}
    assert len(texts) == len(shared)


def test_colliding_members_get_their_own_labels():
    for label in (ui_labels.label, vocabulary.label):
        assert label(e.Custody.NONE) == "Inte frihetsberövad"
        assert label(e.Protection.NONE) == "Ingen"
        assert label(e.ContactBan.NONE) == "Inget kontaktförbud"
        assert label(e.CaseStatus.OPEN) == "Öppet"
        assert label(e.Investigation.OPEN) == "Förundersökning pågår"
        assert label(e.Relation.OTHER) == "Annan relation"
        assert label(e.ReferralTarget.RVT) == "RVT (relationsvåldsteamet)"
        assert label(e.CaseSource.RVT) == "RVT"
        assert label(None) == ""


def test_variants_fall_back_to_the_label():
    assert vocabulary.short_label(e.CaseSource.POLICE_TIP) == "Polistips"
    assert vocabulary.short_label(e.Custody.DETAINED) == "Häktad"
    assert ui_labels.short_label(e.PartyRole.SUSPECT) == "Misstänkt"
    assert vocabulary.report_label(e.PartyRole.SUSPECT) == "Våldsutövare"
    assert vocabulary.swedish(e.ConsentMethod.VERBAL, variant=vocabulary.IN_LETTERS) == "muntligt"


def _label_text(value: ast.AST) -> str | None:
    """The text when a dict value is one Swedish label: "Häktad" or tr_noop("Häktad") …"""
    if isinstance(value, ast.Call) and value.args and not value.keywords:
        value = value.args[-1]
    if isinstance(value, ast.Constant) and isinstance(value.value, str) and value.value:
        text = value.value
        return text if text[0].isupper() and not text.isupper() else None
    return None


# Modules whose enum-keyed tables of text are not labels of the values.
NOT_LABEL_TABLES = {
    "services/excel/sheet.py",  # the Excel sheet's words: a file format, not translated
    "services/cases/contacts.py",  # the role a contact is held in, per agency (a phrase)
}


def test_no_other_module_keeps_a_table_of_enum_labels():
    """A dict keyed by enum members with label texts belongs in app/vocabulary."""
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Dict) or path in NOT_LABEL_TABLES:
                continue
            for key, value in zip(node.keys, node.values, strict=True):
                enum_key = (
                    isinstance(key, ast.Attribute)
                    and isinstance(key.value, ast.Name | ast.Attribute)
                    and (getattr(key.value, "id", None) or getattr(key.value, "attr", None))
                    in ENUM_NAMES
                )
                text = _label_text(value)
                if enum_key and text:
                    found.append(f"{path}:{key.lineno}: {text!r}")
    assert found == []


def test_no_label_of_a_stored_value_is_written_twice_in_app():
    labels = {t for table in _tables().values() for t in table.values()}
    assert "Häktad" in labels and "Annat" in labels
    found = collections.Counter()
    for path, tree in _sources():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value in labels
                and (path, node.value) not in NOT_LABELS
            ):
                found[f"{path}:{node.lineno}: {node.value!r}"] += 1
    assert list(found) == []


def test_the_allowlist_has_no_stale_entries():
    present = set()
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                present.add((path, node.value))
    assert NOT_LABELS - present == set()


# --- field names and checks --------------------------------------------------------------------


def test_field_names_are_defined_once_and_used_by_name():
    from app.vocabulary import fields

    names = fields.all_fields()
    assert len(set(names.values())) == len(names)  # one constant per field
    literal_fields = [
        f"{path}:{node.lineno}: {node.value.value!r}"
        for path, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.keyword)
        and node.arg == "field"
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]
    assert literal_fields == []


def test_nothing_is_left_for_the_vocabulary_rewrite():
    """tools/use_vocabulary.py finds no field-name literal and no second wording of a shared
    check in app/ (after merging an older branch: run it, then ruff)."""
    from tools import use_vocabulary

    left = [
        path
        for path in sorted(APP.rglob("*.py"))
        if "vocabulary" not in path.relative_to(APP).parts
        and use_vocabulary.rewrite(
            text := path.read_text(encoding="utf-8"),
            ui=path.relative_to(APP).parts[0] == "ui",
        )
        != text
    ]
    assert left == []


def test_the_rewrite_turns_old_wordings_into_the_shared_checks():
    from tools import use_vocabulary

    old = (
        "from app.errors import UserError\n\n\n"
        "def f(p, n):\n"
        '    p.append(UserError("Fältet {field} är för långt (högst {limit} tecken).", '
        'field="anteckning", limit=n))\n'
        '    p.append(UserError("Fältet {field} är tomt.", field="namn"))\n'
        '    raise UserError("Fältet {field}: välj en typ.", field="typ")\n'
    )
    new = use_vocabulary.rewrite(old)
    assert "checks.too_long(F.NOTE, n)" in new
    assert "checks.required(F.NAME)" in new
    assert 'UserError("Fältet {field}: välj en typ.", field=F.KIND)' in new
    assert "from app.vocabulary import checks\n" in new
    assert "from app.vocabulary import fields as F\n" in new
    assert use_vocabulary.rewrite(new) == new


def test_one_wording_per_check_naming_the_field():
    from datetime import date

    from app.vocabulary import checks
    from app.vocabulary import fields as F

    assert checks.too_long(F.NOTE, 200).message() == "Fältet anteckning får vara högst 200 tecken."
    assert checks.too_long(F.NOTE, 200).field == "anteckning"
    assert checks.required(F.NAME).message() == "Fältet namn måste fyllas i."
    assert checks.choose(F.CASE).message() == "Fältet ärende måste väljas."
    assert checks.in_future(F.DATE).message() == "Fältet datum kan inte ligga i framtiden."
    problems: list = []
    checks.check_length(problems, F.NOTE, "x" * 11, 10)
    checks.check_length(problems, F.NOTE, "x" * 10, 10)
    checks.check_required(problems, F.NAME, "  ")
    checks.check_not_future(problems, F.DATE, date(2030, 1, 2), date(2030, 1, 1))
    checks.check_order(problems, F.END, date(2030, 1, 2), date(2030, 1, 2))
    checks.check_order(problems, F.END, date(2030, 1, 1), date(2030, 1, 2))
    assert [p.field for p in problems] == ["anteckning", "namn", "datum", "slut"]
