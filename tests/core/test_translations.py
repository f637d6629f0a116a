"""Translation groundwork (issue 20): pyside6-lupdate finds every text of app/, service texts
included, and resources/translations/igor_desk_en.ts holds all of them."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app import errors
from app.ui.translation import ContextFallbackTranslator
from tools import update_translations as ut

APP = ut.ROOT / "app"


@pytest.fixture(scope="module")
def fresh() -> dict[tuple[str, str], str | None]:
    return ut.extracted()


def test_every_text_lupdate_finds_is_in_the_ts_file(fresh):
    committed = ut.messages(ut.TS)
    missing = sorted(set(fresh) - set(committed))
    assert missing == [], "run: .venv/bin/python -m tools.update_translations"
    assert len(fresh) > 1000
    root = ut.ET.parse(ut.TS).getroot()
    assert root.get("sourcelanguage") == "sv_SE" and root.get("language") == "en"


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _name(func: ast.AST) -> str | None:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def test_service_texts_labels_and_field_names_are_found(fresh):
    """Scan app/ for every marked text and raised error and look for it in lupdate's output."""
    found_texts = {source for _, source in fresh}
    empty_context = {source for context, source in fresh if context == ""}
    expected: dict[str | None, set[str]] = {"": set()}
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _name(node.func)
            first = _literal(node.args[0])
            if name in (*ut.TEXT_FIRST_ERRORS, "tr_noop", "_tr", "_t") and first:
                expected[""].add(first)
            elif name == "tr" and first:  # self.tr(…): the class's context
                expected.setdefault(None, set()).add(first)
            elif (
                name in ("translate_noop", "translate", "QT_TRANSLATE_NOOP") and len(node.args) == 2
            ):
                text = _literal(node.args[1])
                if first is not None and text:
                    expected.setdefault(first, set()).add(text)
    assert len(expected[""]) > 500
    assert expected[""] - empty_context == set()
    assert expected.pop(None) - found_texts == set()
    for context, texts in expected.items():
        assert texts - {s for c, s in fresh if c == context} == set(), context
    # the one vocabulary: every enum label and its variants
    from app.vocabulary import labels

    assert {("labels", t) for t in labels.LABELS[type(labels.e.Custody.DETAINED)].values()} <= set(
        fresh
    )
    assert "Häktad" in found_texts and "Fältet {field} får vara högst {n} tecken." in found_texts


def test_every_raised_user_error_with_text_first_is_aliased():
    """A new UserError subclass taking the text first must be added to TEXT_FIRST_ERRORS."""
    import app.services  # noqa: F401  (the subclasses live in the services)

    names = set()
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and _literal(node.args[0]):
                names.add(_name(node.func))

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    raised_with_text = {c.__name__ for c in subclasses(errors.UserError)} & names
    assert raised_with_text - set(ut.TEXT_FIRST_ERRORS) == set()


def test_a_text_extracted_into_the_empty_context_is_translated_in_any_context(qapp, tmp_path):
    ts = tmp_path / "t_en.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context><name></name>
<message><source>Ny händelse</source><translation>New event</translation></message>
</context>
<context><name>labels</name>
<message><source>Häktad</source><translation>Detained</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    qm = tmp_path / "t_en.qm"
    ut.lrelease(ts, qm)
    translator = ContextFallbackTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("CalendarPage", "Ny händelse") == "New event"
        assert QCoreApplication.translate("labels", "Häktad") == "Detained"
        assert QCoreApplication.translate("CasesPage", "Häktad") == "Häktad"  # not in ""
        assert QCoreApplication.translate("CalendarPage", "Ändra") == "Ändra"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("CalendarPage", "Ny händelse") == "Ny händelse"


def test_the_tool_checks_and_compiles(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "tools.update_translations", "--check"],
        cwd=ut.ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout
    qm = tmp_path / "en.qm"
    ut.lrelease(ut.TS, qm)
    assert Path(qm).stat().st_size > 0


def test_labels_and_field_names_are_translated_to_english(qapp, tmp_path):
    committed = ut.messages(ut.TS)
    for context in ("labels", "fields"):
        texts = {s: t for (c, s), t in committed.items() if c == context}
        assert len(texts) > 80
        assert [s for s, t in texts.items() if not t] == [], context
    qm = tmp_path / "igor_desk_en.qm"
    ut.lrelease(ut.TS, qm)
    translator = ContextFallbackTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    from app import i18n
    from app.models.enums import Custody
    from app.ui.labels import label
    from app.vocabulary import checks
    from app.vocabulary import fields as F
    from app.vocabulary import labels as vocabulary

    previous = i18n._translator
    i18n.install_translator(QCoreApplication.translate)
    try:
        assert label(Custody.DETAINED) == "Detained"
        assert vocabulary.label(Custody.DETAINED) == "Detained"
        assert vocabulary.swedish(Custody.DETAINED) == "Häktad"  # letters stay Swedish
        assert "note" in checks.too_long(F.NOTE, 5).message()
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n._translator = previous


# --- issue 20: the English translation is complete and keeps every placeholder ----------------


@pytest.mark.translations
def test_every_text_is_translated_into_english():
    """No unfinished entry in the .ts file. When this fails after new texts were added:
    `.venv/bin/python -m tools.update_translations`, then `python -m tools.translate_todo --json
    > todo.json`, fill in the translations, `python -m tools.translate_todo --apply todo.json`."""
    from tools import translate_todo

    missing = translate_todo.unfinished()
    listing = "\n".join(f"  [{e['context'] or '(empty)'}] {e['source']!r}" for e in missing)
    assert not missing, f"{len(missing)} texts have no English translation yet:\n{listing}"
    committed = ut.messages(ut.TS)
    assert len(committed) > 1500 and all(committed.values())


@pytest.mark.translations
def test_every_translation_keeps_the_placeholders_and_mnemonics_of_its_source():
    from tools import translate_todo

    wrong = [
        f"[{context}] {source!r} → {text!r}: {'; '.join(problems)}"
        for (context, source), text in ut.messages(ut.TS).items()
        if text and (problems := translate_todo.problems(source, text))
    ]
    assert wrong == [], "\n".join(wrong)


def test_the_placeholder_check_catches_a_lost_or_renamed_placeholder():
    from tools import translate_todo as tt

    assert tt.placeholders("Fältet {field}: {value!r} och %1") == ["%1", "{field}", "{value!r}"]
    assert tt.problems("Ärende {case}", "Case {case}") == []
    assert tt.problems("Ärende {case}", "Case {number}")  # renamed
    assert tt.problems("{n} av {total}", "{n} of")  # lost
    assert tt.problems("&Spara", "Save")  # the keyboard mnemonic dropped
    assert tt.problems("Spara", "")  # empty
    assert tt.problems("{{literal}} {n}", "{n}") == []  # doubled braces are not placeholders


def test_translate_todo_lists_and_applies_with_checks(tmp_path):
    from tools import translate_todo as tt

    ts = tmp_path / "t_en.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>CasesPage</name>
    <message>
        <source>Ärende {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    assert [e["source"] for e in tt.unfinished(ts)] == ["Ärende {case}", "&Spara"]
    written, refused = tt.apply(
        [
            {"context": "CasesPage", "source": "Ärende {case}", "translation": "Case {number}"},
            {"context": "CasesPage", "source": "&Spara", "translation": "&Save"},
        ],
        ts,
    )
    assert written == 1 and len(refused) == 1 and "placeholders" in refused[0]
    assert [e["source"] for e in tt.unfinished(ts)] == ["Ärende {case}"]
    assert ut.messages(ts)[("CasesPage", "&Spara")] == "&Save"
