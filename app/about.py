"""Version, schema revision and licence notices of the bundled libraries."""

from __future__ import annotations

import platform
from importlib import metadata

from app import APP_NAME, __version__

BUNDLED = [
    ("PySide6-Essentials", "LGPL-3.0 (Qt for Python)"),
    ("SQLAlchemy", "MIT"),
    ("alembic", "MIT"),
    ("sqlcipher3", "zlib (SQLCipher: BSD-3-Clause)"),
    ("psycopg", "LGPL-3.0"),
    ("keyring", "MIT"),
    ("reportlab", "BSD-3-Clause"),
    ("openpyxl", "MIT"),
    ("defusedxml", "PSF-2.0"),
    ("icalendar", "BSD-2-Clause"),
    ("platformdirs", "MIT"),
    ("holidays", "MIT"),
    ("personnummer", "MIT"),
    ("pypdfium2", "Apache-2.0 / BSD-3-Clause (PDFium)"),
]


def library_versions() -> list[tuple[str, str, str]]:
    rows = []
    for name, licence in BUNDLED:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "–"
        rows.append((name, version, licence))
    return rows


def schema_revision() -> str:
    from app.database.migrate import head_revision

    return head_revision()


def version_text() -> str:
    lines = [
        f"{APP_NAME} {__version__}",
        f"Databasschema: {schema_revision()}",
        f"Python {platform.python_version()} ({platform.system()})",
        "",
        "Medföljande bibliotek:",
    ]
    lines += [f"  {n} {v} – {lic}" for n, v, lic in library_versions()]
    return "\n".join(lines)
