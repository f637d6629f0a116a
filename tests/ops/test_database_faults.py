"""Database failures reach the user (issue 15 item 4): a stopped server, a paused (SIGSTOP)
server, a statement that runs too long, a full disk under the backup folder and under the local
database. Each gives a Swedish message saying what happened and what to do; the window keeps
answering; the user's input stays; a failed backup leaves no .partial file.

The server faults run against a throwaway PostgreSQL cluster of their own (initdb + pg_ctl, as
dev.sh does), so stopping and pausing it disturbs no other test. The full disks are real: small
tmpfs mounts (root only; skipped otherwise)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from sqlalchemy import create_engine, select, text

from app.database import open_database
from app.database.failures import DatabaseFailure
from app.models import Contact
from app.services.ops import backup
from app.ui import background, messages
from app.ui.context import AppContext
from tests.conftest import pg_admin_url
from tests.factories import make_case

PG_BINS = sorted(glob.glob("/usr/lib/postgresql/*/bin"))


def _as_pg(*cmd: str, check: bool = True) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        cmd = ("runuser", "-u", "postgres", "--", *cmd)
    return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, root: Path, port: int) -> None:
        self.root, self.port = root, port
        self.bin = PG_BINS[-1]
        self.data = root / "data"

    @property
    def url(self) -> str:
        return f"postgresql://postgres:x@127.0.0.1:{self.port}/postgres"

    def pids(self) -> list[int]:
        main = int((self.data / "postmaster.pid").read_text().split()[0])
        children = subprocess.run(["pgrep", "-P", str(main)], capture_output=True, text=True)
        return [main, *(int(p) for p in children.stdout.split())]

    def signal_all(self, sig: int) -> None:
        for pid in self.pids():
            os.kill(pid, sig)

    def stop(self) -> None:
        _as_pg(f"{self.bin}/pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", check=False)


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    if not PG_BINS or (os.geteuid() == 0 and shutil.which("runuser") is None):
        pytest.skip("PostgreSQL server binaries (or runuser) not available")
    root = Path(tempfile.mkdtemp(prefix="igor-fault-pg."))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    c = Cluster(root, _free_port())
    _as_pg(f"{c.bin}/initdb", "-D", str(c.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
    opts = (
        f"-c listen_addresses=127.0.0.1 -c port={c.port} -c unix_socket_directories={root} "
        "-c fsync=off"
    )
    _as_pg(
        f"{c.bin}/pg_ctl",
        "start",
        "-D",
        str(c.data),
        "-w",
        "-t",
        "60",
        "-o",
        opts,
        "-l",
        str(root / "server.log"),
    )
    yield c
    with contextlib.suppress(OSError, ValueError):
        c.signal_all(signal.SIGCONT)
    c.stop()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def shown(monkeypatch):
    log: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "user_error", lambda p, exc, title=None: log.append(("e", exc.message()))
    )
    monkeypatch.setattr(messages, "error", lambda p, text, title=None: log.append(("e", text)))
    monkeypatch.setattr(messages, "info", lambda p, text, title=None: log.append(("i", text)))
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(
        messages, "unexpected", lambda p, text, diag, title=None: log.append(("u", text))
    )
    return log


def _select_one(db) -> int:
    with db.read(system=True) as s:
        return s.execute(text("SELECT 1")).scalar_one()


def _ticking():
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()
    return timer, ticks


def _longest_gap(ticks: list[int]) -> int:
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False))


# --- the server ---------------------------------------------------------------------------------


def test_a_stopped_server_is_explained_in_swedish_and_shown(qtbot, cluster, shown, monkeypatch):
    monkeypatch.setenv("IGOR_PG_CONNECT_TIMEOUT_S", "3")
    db = open_database(cluster.url)
    try:
        assert _select_one(db) == 1
        cluster.stop()
        with pytest.raises(DatabaseFailure) as caught, db.write(system=True) as s:
            s.execute(text("SELECT 1"))
        assert caught.value.kind == "unreachable"
        text_ = caught.value.message()
        assert "Det går inte att nå databasservern" in text_
        assert "det du skrivit finns kvar" in text_ and "försök igen" in text_
        # Through the helper, with no inline place for it: a box, on the UI thread.
        job = background.run(None, _select_one, db)
        assert background.wait(job, 20_000)
        assert shown and shown[0][0] == "e" and "databasservern" in shown[0][1]
    finally:
        db.dispose()


def test_a_paused_server_ends_in_a_message_and_the_window_keeps_answering(
    qtbot, cluster, shown, monkeypatch
):
    """SIGSTOP on every process of the server: it accepts TCP (the kernel does) but never
    answers. The connect timeout and the hung-connection watchdog end the wait; the window
    (a 10 ms timer on the UI thread) never stalls."""
    monkeypatch.setenv("IGOR_PG_CONNECT_TIMEOUT_S", "2")
    monkeypatch.setenv("IGOR_PG_STATEMENT_TIMEOUT_MS", "1000")
    monkeypatch.setenv("IGOR_PG_HUNG_MARGIN_S", "1")
    db = open_database(cluster.url)
    try:
        assert _select_one(db) == 1  # a pooled connection to a backend that will freeze
        cluster.signal_all(signal.SIGSTOP)
        timer, ticks = _ticking()
        started = time.monotonic()
        job = background.run(None, _select_one, db)
        assert background.wait(job, 40_000), "the call never came back"
        elapsed = time.monotonic() - started
        timer.stop()
        assert isinstance(job.error, DatabaseFailure), job.error
        assert job.error.kind in ("unreachable", "timeout")
        assert elapsed < 20, f"waited {elapsed:.1f} s"
        assert shown and "databasservern" in shown[0][1].lower()
        assert _longest_gap(ticks) < 100
    finally:
        cluster.signal_all(signal.SIGCONT)
        db.dispose()


def test_a_statement_that_runs_too_long_is_stopped_by_the_server(monkeypatch):
    admin = pg_admin_url()
    if admin is None:
        pytest.skip("no PostgreSQL server (./dev.sh test starts one)")
    monkeypatch.setenv("IGOR_PG_STATEMENT_TIMEOUT_MS", "300")
    db = open_database(admin.render_as_string(hide_password=False))
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseFailure) as caught, db.read(system=True) as s:
            s.execute(text("SELECT pg_sleep(10)"))
        assert time.monotonic() - started < 5
        assert caught.value.kind == "timeout"
        assert "svarade inte i tid" in caught.value.message()
        assert _select_one(db) == 1  # the connection is fine afterwards
    finally:
        db.dispose()


def test_the_contact_dialog_keeps_the_input_and_says_why_when_the_server_refuses(
    qtbot, db, staff, shown
):
    """The server stops taking connections while the dialog is open: "Spara" shows the reason
    in the dialog's error line (it was empty before), the note stays, and saving again once
    the server is back works."""
    if db.kind == "sqlite":
        pytest.skip("server behaviour")
    from app.ui.cases.case_file import CaseFileWidget

    case_id = make_case(db)
    widget = CaseFileWidget(AppContext(db, staff.police), case_id)
    qtbot.addWidget(widget)
    widget.show()
    widget.new_contact()
    dialog = widget.contacts.dialog
    dialog.talks[next(iter(dialog.talks))].setChecked(True)
    dialog.note.setPlainText("Ringde upp, allt lugnt.")
    name = db.engine.url.database
    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            c.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name},
            )
        dialog.save()
        assert "databasservern" in dialog.error.text()
        assert dialog.isVisible() and dialog.note.toPlainText() == "Ringde upp, allt lugnt."
        with admin.connect() as c:
            c.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        dialog.save()
        assert not dialog.isVisible() and dialog.error.text() == ""
    finally:
        with admin.connect() as c:
            c.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        admin.dispose()
    with db.read(system=True) as s:
        assert len(s.execute(select(Contact.id).where(Contact.case_id == case_id)).all()) == 1


# --- a full disk --------------------------------------------------------------------------------


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A real, small filesystem (tmpfs) that fills up."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mount = Path(tempfile.mkdtemp(prefix="igor-full-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)])
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)
    shutil.rmtree(mount, ignore_errors=True)


def _fill(disk: Path, leave: int = 0) -> Path:
    """Fill the filesystem, leaving about `leave` bytes."""
    filler = disk / "filler"
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize - leave
    with filler.open("wb") as fh:
        try:
            chunk = b"\0" * 65536
            while free > 0:
                fh.write(chunk[: min(len(chunk), free)])
                free -= len(chunk)
            fh.flush()
        except OSError:
            pass
    return filler


def test_a_backup_onto_a_full_disk_says_so_and_leaves_no_partial_file(
    qtbot, db, staff, shown, small_disk, monkeypatch
):
    if db.kind != "sqlite":
        pytest.skip("backups are for the local database")
    make_case(db)
    folder = small_disk / "backups"
    folder.mkdir()
    _fill(small_disk, leave=64 * 1024)
    with pytest.raises(DatabaseFailure) as caught:
        backup.make_backup(db, directory=folder)
    assert caught.value.kind == "disk_full"
    assert "Disken är full" in caught.value.message() and "Frigör utrymme" in caught.value.message()
    assert list(folder.iterdir()) == []  # no .partial, no journal left on the full disk
    # "Säkerhetskopiera nu": the same message in a box, nothing silent.
    from app.ui.ops import tools_menu

    monkeypatch.setattr("app.services.ops.backup.paths.backup_dir", lambda: folder)
    job = tools_menu.backup_now(None, AppContext(db, staff.lead))
    assert background.wait(job, 30_000)
    assert shown and shown[-1][0] == "e" and "Disken är full" in shown[-1][1]
    assert list(folder.iterdir()) == []


def test_saving_a_contact_on_a_full_disk_keeps_the_input_and_works_once_there_is_room(
    qtbot, sqlite_template, small_disk, shown
):
    from app import keystore
    from app.database.migrate import upgrade_database
    from app.ui.cases.case_file import CaseFileWidget
    from tests.factories import make_staff

    template, key = sqlite_template
    path = small_disk / "igor.db"
    shutil.copyfile(template, path)
    keystore.store_database_key(path, key)
    db = open_database(str(path))
    try:
        upgrade_database(db)
        people = make_staff(db)
        case_id = make_case(db)
        widget = CaseFileWidget(AppContext(db, people.police), case_id)
        qtbot.addWidget(widget)
        widget.show()
        widget.new_contact()
        dialog = widget.contacts.dialog
        dialog.talks[next(iter(dialog.talks))].setChecked(True)
        dialog.note.setPlainText("Hembesök, allt lugnt.")
        filler = _fill(small_disk)
        dialog.save()
        assert "Disken är full" in dialog.error.text()
        assert dialog.isVisible() and dialog.note.toPlainText() == "Hembesök, allt lugnt."
        # Opening a case records it (audit): on the full disk the tab says why, not nothing.
        other = CaseFileWidget(AppContext(db, people.police), case_id)
        qtbot.addWidget(other)
        assert "Disken är full" in other.message.text() and not other.message.isHidden()
        filler.unlink()
        dialog.save()
        assert not dialog.isVisible() and dialog.error.text() == ""
        with db.read(system=True) as s:
            saved = s.execute(select(Contact).where(Contact.case_id == case_id)).scalars().all()
        assert len(saved) == 1
    finally:
        db.dispose()
