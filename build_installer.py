#!/usr/bin/env python3
"""Build a self-contained IGOR Desk program folder with PyInstaller for this platform.

    python build_installer.py            build dist/igor-desk/ (one folder, no Python needed)
    python build_installer.py --smoke    build, then start the built program from a clean
                                         environment and check it (Linux: needs dbus-run-session
                                         and gnome-keyring-daemon for the keyring check)
    python build_installer.py --smoke-only   check an existing build

Needs the `build` extra: pip install -e '.[build]'. See docs/installer.md for the per-OS steps
(Inno Setup on Windows, .app/.dmg on macOS).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "igor-desk"

# Distributions whose metadata the frozen program reads (About box versions, keyring's
# backend entry points, importlib.metadata look-ups).
METADATA = [
    "igor-desk",
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "sqlcipher3",
    "psycopg",
    "keyring",
    "reportlab",
    "openpyxl",
    "defusedxml",
    "icalendar",
    "platformdirs",
    "holidays",
    "personnummer",
    "pypdfium2",
]
KEYRING_BACKENDS = {
    "Linux": [
        "keyring.backends.SecretService",
        "keyring.backends.kwallet",
        "keyring.backends.libsecret",
        "secretstorage",
        "jeepney",
    ],
    "Windows": ["keyring.backends.Windows", "win32ctypes.core"],
    "Darwin": ["keyring.backends.macOS"],
}


def size_of(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def _installed(dist: str) -> bool:
    from importlib import metadata

    try:
        metadata.distribution(dist)
        return True
    except metadata.PackageNotFoundError:
        return False


def build() -> Path:
    import PyInstaller.__main__

    sep = os.pathsep
    WORK.mkdir(parents=True, exist_ok=True)
    entry = WORK / "igor_desk_main.py"
    entry.write_text(
        textwrap.dedent(
            """\
            import multiprocessing
            multiprocessing.freeze_support()
            from app.cli import main
            raise SystemExit(main())
            """
        ),
        encoding="utf-8",
    )
    args = [
        str(entry),
        "--name",
        NAME,
        "--onedir",
        "--noconfirm",
        "--windowed" if platform.system() in ("Windows", "Darwin") else "--console",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        "--specpath",
        str(WORK),
        "--paths",
        str(ROOT),
        # Alembic reads env.py and the version scripts as files: ship them as data too.
        "--add-data",
        f"{ROOT / 'app' / 'migrations'}{sep}app/migrations",
        "--collect-submodules",
        "app",
        "--hidden-import",
        "sqlcipher3.dbapi2",
        "--hidden-import",
        "sqlalchemy.dialects.sqlite.pysqlite",
        "--hidden-import",
        "sqlalchemy.dialects.postgresql.psycopg",
        "--hidden-import",
        "psycopg_binary",
        "--collect-submodules",
        "psycopg_binary",
        "--exclude-module",
        "tkinter",
    ]
    # the translation is compiled here (the .qm is a build product, not in git)
    from tools.update_translations import QM, TS, lrelease

    if TS.exists():
        lrelease(TS, QM)
    if (ROOT / "resources").is_dir():  # fonts, letter templates and translations
        args += ["--add-data", f"{ROOT / 'resources'}{sep}resources"]
    for module in KEYRING_BACKENDS.get(platform.system(), []):
        args += ["--hidden-import", module]
    for dist in METADATA:
        if _installed(dist):
            args += ["--copy-metadata", dist]
    if platform.system() == "Darwin":
        args += ["--osx-bundle-identifier", "se.igor.desk"]
    started = time.monotonic()
    PyInstaller.__main__.run(args)
    elapsed = time.monotonic() - started
    out = DIST / NAME
    print(f"\nByggt på {elapsed:.0f} s: {out}  ({size_of(out) / 1e6:.0f} MB)")
    return out


def _program(folder: Path) -> Path:
    exe = folder / (NAME + (".exe" if platform.system() == "Windows" else ""))
    if not exe.exists():
        raise SystemExit(f"no built program at {exe}; run build_installer.py first")
    return exe


def smoke(folder: Path) -> int:
    """Start the built program with no Python environment around it (env -i) and check it."""
    exe = _program(folder)
    with tempfile.TemporaryDirectory(prefix="igor-smoke-") as tmp:
        tmpdir = Path(tmp)
        home = tmpdir / "home"
        for sub in ("home", "data", "logs", "kr-data", "kr-run", "cwd"):
            (tmpdir / sub).mkdir(mode=0o700)
        base_env = {
            "HOME": str(home),
            "IGOR_DATA_DIR": str(tmpdir / "data"),
            "IGOR_LOG_DIR": str(tmpdir / "logs"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        steps = [
            ("version", [str(exe), "--version"], {}),
            ("selftest", [str(exe), "selftest"], {}),
            (
                "first start to the main window",
                [str(exe)],
                {"IGOR_FIRST_ADMIN": "Rök Testsson|police", "IGOR_QUIT_AFTER_MS": "1500"},
            ),
            ("backup", [str(exe), "backup"], {}),
        ]
        failures = 0
        for label, cmd, extra in steps:
            env = {**base_env, **extra}
            started = time.monotonic()
            proc = _run_clean(cmd, env, tmpdir, cwd=tmpdir / "cwd")
            took = time.monotonic() - started
            ok = proc.returncode == 0
            print(f"--- {label}: exit {proc.returncode} in {took:.1f} s")
            print(textwrap.indent((proc.stdout + proc.stderr).strip()[-3000:], "    "))
            failures += not ok
        log = tmpdir / "logs" / "igor-desk.log"
        shown = log.exists() and "main window shown" in log.read_text(encoding="utf-8")
        print(f"--- main window shown (log): {'yes' if shown else 'NO'}")
        failures += not shown
    print("Röktest: " + ("godkänt." if not failures else f"{failures} fel."))
    return 0 if not failures else 1


def _run_clean(cmd: list[str], env: dict[str, str], tmpdir: Path, cwd: Path):
    """env -i: nothing of this Python environment leaks in. On Linux the keyring needs a
    D-Bus session with a Secret Service; start a private one with gnome-keyring."""
    if platform.system() == "Linux" and shutil.which("dbus-run-session"):
        script = (
            'printf smoke | XDG_DATA_HOME="$KR_DATA" XDG_RUNTIME_DIR="$KR_RUN" '
            "gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
            'exec env -i DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS" '
            + " ".join(f"{k}='{v}'" for k, v in env.items())
            + ' "$@"'
        )
        full = [
            "env",
            "-i",
            f"KR_DATA={tmpdir / 'kr-data'}",
            f"KR_RUN={tmpdir / 'kr-run'}",
            "PATH=/usr/bin:/bin",
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            script,
            "sh",
            *cmd,
        ]
        return subprocess.run(full, capture_output=True, text=True, cwd=cwd, timeout=300)
    return subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=cwd, timeout=300)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="build, then run the smoke test")
    parser.add_argument("--smoke-only", action="store_true", help="only run the smoke test")
    args = parser.parse_args()
    folder = DIST / NAME
    if not args.smoke_only:
        folder = build()
    if args.smoke or args.smoke_only:
        return smoke(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
