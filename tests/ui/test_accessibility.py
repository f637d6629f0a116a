"""Issue 20, accessibility: what a screen reader gets from every page and dialog.

- every interactive widget has an accessible name (its own, its text, a buddy label, or the name
  app.ui.accessibility gives it from the label that visibly names it);
- tables expose their column headers;
- a coloured cell also carries text (colour is never the only carrier of meaning);
- the calendar's painted time grid and month grid, and the transport board, expose their items
  as text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui import accessibility
from tests.ui import access, world

ROWS = 30


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # list models
        return 1


def test_every_page_and_dialog_names_its_widgets_headers_and_colours(
    qapp, demo_world, built, quiet
):
    accessibility.install(qapp)  # as app.ui.application.create_application does
    unnamed, headerless, colour_only, surfaces = [], [], [], 0
    for name, build in world.surfaces(demo_world, built):
        widget = build()
        surfaces += 1
        unnamed += [f"{name}: {access.describe(w)}" for w in access.unnamed(widget)]
        for view in widget.findChildren(QTableView):
            model, header = view.model(), view.horizontalHeader()
            if model is None or header.isHidden():
                continue
            for column in range(_columns(model)):
                if view.isColumnHidden(column):
                    continue
                title = model.headerData(column, Qt.Orientation.Horizontal) or model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
                )
                if not str(title or "").strip():
                    headerless.append(f"{name}: {access.describe(view)} column {column}")
        for view in widget.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or isinstance(view, QHeaderView):
                continue
            for row in range(min(model.rowCount(QModelIndex()), ROWS)):
                for column in range(_columns(model)):
                    index = model.index(row, column)
                    coloured = any(
                        model.data(index, role) is not None
                        for role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
                    )
                    text = model.data(index, Qt.ItemDataRole.DisplayRole) or model.data(
                        index, Qt.ItemDataRole.AccessibleTextRole
                    )
                    if coloured and not str(text or "").strip():
                        colour_only.append(f"{name}: {access.describe(view)} cell {row},{column}")
        if widget.isWindow() and not name.startswith("page:"):
            widget.close()
    assert surfaces >= 30
    assert unnamed == [], "interactive widgets without an accessible name:\n" + "\n".join(unnamed)
    assert headerless == [], "table columns without a header:\n" + "\n".join(headerless)
    assert colour_only == [], "cells whose meaning is only a colour:\n" + "\n".join(colour_only)


def test_a_window_larger_than_the_screen_is_fitted_onto_it(qapp, built):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    built.append(dialog)
    free = dialog.screen().availableGeometry()
    dialog.resize(free.width() + 400, free.height() + 400)
    assert accessibility.fit_to_screen(dialog)
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    assert not accessibility.fit_to_screen(dialog)  # already fits


def test_the_checker_notices_an_unnamed_field(qapp, built):
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

    root = QWidget()
    built.append(root)
    bare = QLineEdit()
    wrapped = QLineEdit()
    box = QWidget()
    QVBoxLayout(box).addWidget(wrapped)  # the inline-error wrapper of the case forms
    form = QFormLayout(root)
    form.addRow(QLabel("x"))
    form.addRow(bare)
    form.addRow("&Telefon *", box)
    assert set(access.unnamed(root)) == {bare, wrapped}
    assert accessibility.name_fields(root) == 1  # the wrapped field gets its row's label
    assert wrapped.accessibleName() == "Telefon"
    assert access.unnamed(root) == [bare]


def _calendar(demo_world, built):
    from app.ui.calendar.page import CalendarPage

    page = CalendarPage(demo_world)
    page.resize(*world.SIZE)
    built.append(page)
    page.show()
    world.settle(300)
    return page


def test_the_calendar_grid_speaks_its_events(qtbot, demo_world, built, quiet):
    from app.services.core.timeutil import LOCAL_ZONE
    from app.services.scheduling import calendar as cal
    from app.ui.calendar.time_grid import TimeGridCanvas

    page = _calendar(demo_world, built)
    canvas = page.findChild(TimeGridCanvas)
    start = world.datetime.now(LOCAL_ZONE) - world.timedelta(days=400)
    end = start + world.timedelta(days=800)
    rows = cal.events_between(demo_world.db, demo_world.actor, start, end)
    assert rows, "the demo world has events"
    canvas.set_days(sorted({r.starts_at.astimezone(LOCAL_ZONE).date() for r in rows})[:7])
    canvas.set_rows(rows)
    iface = QAccessible.queryAccessibleInterface(canvas)
    shown = canvas.spoken_items()
    assert shown
    description = iface.text(QAccessible.Text.Description)
    assert all(item in description for item in shown)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)  # Tab walks the events
    selected = canvas.selected_row()
    assert selected is not None
    assert selected.title in iface.text(QAccessible.Text.Name)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # arrows walk free time slots
    assert iface.text(QAccessible.Text.Name).startswith(("Ledig tid", "Free time"))


def test_the_month_grid_speaks_the_selected_day(qtbot, demo_world, built):
    from app.services.core.timeutil import LOCAL_ZONE
    from app.services.scheduling import calendar as cal
    from app.ui.calendar.month_grid import MonthGrid

    grid = MonthGrid()
    built.append(grid)
    start = world.datetime.now(LOCAL_ZONE) - world.timedelta(days=400)
    rows = cal.events_between(
        demo_world.db, demo_world.actor, start, start + world.timedelta(days=800)
    )
    first = rows[0].starts_at.astimezone(LOCAL_ZONE).date()
    grid.set_month(first, {}, first)
    grid.set_rows(rows)
    grid.show()
    grid.setFocus()
    grid.selected = first - world.timedelta(days=1)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.selected == first
    assert rows[0].title in QAccessible.queryAccessibleInterface(grid).text(QAccessible.Text.Name)


def test_the_transport_board_exposes_its_rows_as_text(demo_world, built, quiet):
    from app.ui.transports.page import TransportsPage

    page = TransportsPage(demo_world)
    built.append(page)
    page.resize(*world.SIZE)
    page.show()
    world.settle(300)
    table = page.findChild(QTableView, "transportBoard")
    iface = QAccessible.queryAccessibleInterface(table)
    assert iface.text(QAccessible.Text.Name)
    texts = [iface.child(i).text(QAccessible.Text.Name) or "" for i in range(iface.childCount())]
    headers = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert all(h in texts for h in headers)  # the column headers, as text
    if table.model().rowCount() and not table.horizontalHeader().isHidden():
        status = table.model().data(table.model().index(0, 0))
        assert status and status in texts  # the status is text, not only its colour
    assert isinstance(table.horizontalHeader(), QHeaderView)
