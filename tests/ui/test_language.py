"""Issue 20: the whole interface in English has no Swedish left, and the Swedish one no English;
the language follows the OS or the user's choice; Qt's own texts follow it too; letters stay
Swedish. Every page (through the main window), every case-file tab and every dialog is built on
a demo database, rendered offscreen and every text read: labels, buttons, tooltips, accessible
names, placeholders, combo items, tab titles, table headers and cells, menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.pdf.templates import all_templates
from app.ui import formatting, translation
from app.ui.letters import template_texts
from tests.ui import texts, world


def _walk(ctx, language: str, qm_folder, built) -> tuple[list[str], int]:
    data = texts.data_strings(ctx.db)
    found, surfaces = [], 0
    with world.language(language, qm_folder):
        for name, build in world.surfaces(ctx, built):
            widget = build()
            surfaces += 1
            seen = set()
            for where, text in texts.widget_texts(widget):
                words = texts.foreign_words(text, language, data)
                if words and text not in seen:
                    seen.add(text)
                    found.append(f"{name} | {where} | {text[:90]!r} → {words[:4]}")
            if widget.isWindow() and not name.startswith("page:"):
                widget.close()
    return found, surfaces


@pytest.mark.translations
def test_the_english_interface_shows_no_swedish(demo_world, qm_folder, built, quiet):
    found, surfaces = _walk(demo_world, "en", qm_folder, built)
    assert surfaces >= 30
    assert found == [], "Swedish left in the English interface:\n" + "\n".join(found)


@pytest.mark.translations
def test_the_swedish_interface_shows_no_english(demo_world, qm_folder, built, quiet):
    found, surfaces = _walk(demo_world, "sv", qm_folder, built)
    assert surfaces >= 30
    assert found == [], "English in the Swedish interface:\n" + "\n".join(found)


def test_the_checker_would_notice_a_swedish_text(demo_world):
    data = texts.data_strings(demo_world.db)
    assert texts.foreign_words("Spara ändringen", "en", data) == ["Spara", "ändringen"]
    assert texts.foreign_words("Save the change", "sv", data) == ["Save", "the"]
    assert texts.foreign_words("Save the change", "en", data) == []
    # a person's name is data, not interface text; a place of the project area is kept
    name = next(v for v in data if " " in v and v[0].isupper() and not v[0].isdigit())
    assert texts.foreign_words(f"{name} · protected", "en", data) == []
    assert texts.foreign_words("Inside the project area (Södermalm)", "en", data) == []


def test_every_letter_template_title_and_field_label_is_listed_for_translation():
    listed = set(template_texts.TEXTS)
    for template in all_templates():
        assert template.title in listed, template.name
        for field in template.fields:
            assert field.label in listed, (template.name, field.label)


def test_letters_stay_swedish_in_the_english_interface(qapp, qm_folder):
    from app.models.enums import Custody
    from app.vocabulary import labels

    with world.language("en", qm_folder):
        assert labels.label(Custody.DETAINED) == "Detained"
        assert labels.swedish(Custody.DETAINED) == "Häktad"  # what a letter prints
        assert template_texts.shown("Remiss") == "Referral"
    assert template_texts.shown("Remiss") == "Remiss"


def test_the_language_follows_the_os_unless_the_user_chose(monkeypatch):
    monkeypatch.delenv(translation.LANGUAGE_VARIABLE, raising=False)
    assert translation.system_language(["en-GB", "sv-SE"]) == "en"
    assert translation.system_language(["nb-NO", "sv-SE", "en-US"]) == "sv"
    assert translation.system_language(["fi-FI", "en-US"]) == "en"
    assert translation.system_language(["fi-FI"]) == "sv"  # neither: the source language
    assert translation.system_language(["C"]) == "sv"
    assert translation.saved_language() is None
    assert translation.chosen_language() == translation.system_language()
    translation.save_language("en")
    assert translation.saved_language() == "en" and translation.chosen_language() == "en"
    monkeypatch.setenv(translation.LANGUAGE_VARIABLE, "sv")
    assert translation.chosen_language() == "sv"  # the variable wins (support, screenshots)
    translation.save_language(None)  # back to following the OS
    monkeypatch.delenv(translation.LANGUAGE_VARIABLE)
    assert translation.saved_language() is None
    translation.save_language("xx")  # unknown: follows the OS
    assert translation.saved_language() is None


def test_the_language_is_chosen_under_tools(qtbot, demo_world, quiet):
    from app.ui.main_window import MainWindow
    from app.ui.ops.language import LanguageDialog
    from app.ui.ops.settings_dialog import SettingsDialog

    window = MainWindow(demo_world)
    qtbot.addWidget(window)
    action = window.findChild(type(window.menuBar().actions()[0]), "language")
    assert action is not None and action.isEnabled()

    dialog = LanguageDialog(demo_world)
    qtbot.addWidget(dialog)
    combo = dialog.box.combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "sv", "en"]
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    assert translation.saved_language() == "en"
    assert any("nästa gång" in str(a) for a in quiet)  # says it applies from the next start

    settings = SettingsDialog(demo_world)  # the administrator's settings show it too
    qtbot.addWidget(settings)
    assert settings.language_box.combo.currentData() == "en"
    settings.language_box.combo.setCurrentIndex(0)
    settings.accept()
    assert translation.saved_language() is None


def test_qt_s_own_texts_and_the_locale_follow_the_language(qapp, qm_folder):
    with world.language("en", qm_folder):
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert QLocale().name() == "en_SE"
        assert formatting.month_name(3) == "March"
        assert QCoreApplication.translate("pages", "Ärenden") == "Cases"
    with world.language("sv", qm_folder):
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"  # qtbase_sv
        assert formatting.month_name(3) == "mars"
        assert QCoreApplication.translate("pages", "Ärenden") == "Ärenden"


def test_a_missing_english_file_leaves_the_program_swedish(qapp, tmp_path):
    app = QCoreApplication.instance()
    try:
        assert translation.install_translations(app, "en", folder=tmp_path) == "sv"
        assert QCoreApplication.translate("pages", "Ärenden") == "Ärenden"
    finally:
        translation.remove_translations(app)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_dates_times_numbers_and_personnummer_go_through_one_module(qapp, qm_folder, language):
    from datetime import UTC, date, datetime

    with world.language(language, qm_folder):
        summer = datetime(2026, 6, 30, 22, 5, tzinfo=UTC)  # 00:05 next day in Stockholm
        assert formatting.datetime_text(summer) == "2026-07-01 00:05"
        assert formatting.date_text(date(2026, 3, 5)) == "2026-03-05"
        assert formatting.time_text(summer) == "00:05"
        assert formatting.day_month(date(2026, 3, 5)) == "5/3"
        assert formatting.number(1234567) == "1\u00a0234\u00a0567"
        assert formatting.number(0.25, 1) == "0,3" or formatting.number(0.25, 1) == "0,2"
        assert formatting.personnummer("198001011234") == "19800101-1234"
        assert formatting.weekday_short(date(2026, 3, 3)) == ("tis" if language == "sv" else "Tue")
