"""Columns that hold where a person with protected identity can be found.

On PostgreSQL a staff login role has no SELECT privilege on these columns (migration
e1_protected_columns): the server hands the value out only through a SECURITY DEFINER function
that applies the need-to-know rule of app.services.core.protection (NULL for whoever lacks need).
The column type below makes every SELECT the program issues on PostgreSQL read the column through
that function, by row id, so ORM loads, Core selects and aliases keep working unchanged; writes
(INSERT/UPDATE) go to the column itself. SQLite reads the column as it is and the services apply
the same rule (protection.py).

Only the columns clause is rewritten: a WHERE or ORDER BY on one of these columns is refused by
the server for staff roles, as it would leak the value; the program never filters on them.
"""

from __future__ import annotations

from sqlalchemy import String, Table, Text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import visitors
from sqlalchemy.sql.elements import ColumnElement, Label
from sqlalchemy.sql.selectable import Alias
from sqlalchemy.types import TypeDecorator

# (table, column) -> the server's read function (migration e1_protected_columns).
READ_FUNCTIONS = {
    ("person", "phone"): "igor_person_phone",
    ("calendar_event", "place"): "igor_event_place",
    ("calendar_event", "notes"): "igor_event_notes",
    ("transport", "pickup"): "igor_transport_pickup",
    ("transport", "destination"): "igor_transport_destination",
    ("transport", "contact_phone"): "igor_transport_contact_phone",
    ("transport", "notes"): "igor_transport_notes",
}


class _ServerRead(ColumnElement):
    """`column` itself, or on PostgreSQL `fn(<row id>)`."""

    inherit_cache = True
    _traverse_internals = [
        ("column", visitors.InternalTraversal.dp_clauseelement),
        ("row_id", visitors.InternalTraversal.dp_clauseelement),
        ("function", visitors.InternalTraversal.dp_string),
    ]

    def __init__(self, column, row_id, function: str, length: int | None):
        self.column = column
        self.row_id = row_id
        self.function = function
        self.type = String(length)


@compiles(_ServerRead)
def _plain(element: _ServerRead, compiler, **kw):
    return compiler.process(element.column, **kw)


@compiles(_ServerRead, "postgresql")
def _through_function(element: _ServerRead, compiler, **kw):
    return f"{element.function}({compiler.process(element.row_id, **kw)})"


def _base_table(selectable):
    while isinstance(selectable, Alias):
        selectable = selectable.element
    return selectable if isinstance(selectable, Table) else None


class ProtectedString(TypeDecorator):
    """A String column read on PostgreSQL through the server's need-to-know function."""

    impl = String
    cache_ok = True

    def column_expression(self, colexpr):
        column = colexpr.element if isinstance(colexpr, Label) else colexpr
        table = getattr(column, "table", None)
        base = _base_table(table) if table is not None else None
        if base is None or "id" not in table.c:
            return colexpr  # a subquery's column: already read through the function inside
        function = READ_FUNCTIONS.get((base.name, column.name))
        if function is None:
            return colexpr
        return _ServerRead(column, table.c.id, function, getattr(self.impl, "length", None))


class ProtectedText(ProtectedString):
    """A Text column read on PostgreSQL through the server's need-to-know function."""

    impl = Text
    cache_ok = True
