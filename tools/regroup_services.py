"""One-off: regroup app/services into capability packages and rewrite every reference.

Kept in tools/ so a branch made before the move can be brought over with the same mapping:
    python -m tools.regroup_services --rewrite-only FILE…
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# old module (under app.services) -> new dotted path (under app.services) or full path
MOVES = {
    "access": "core.access",
    "actor": "core.actor",
    "audit": "core.audit",
    "timeutil": "core.timeutil",
    "identity": "core.identity",
    "profiles": "admin.profiles",
    "pg_roles": "admin.pg_roles",
    "enrollment_envelope": "admin.enrollment_envelope",
    "team_settings": "admin.team_settings",
    "cases": "cases.case_list",
    "case_file": "cases.case_file",
    "intake": "cases.intake",
    "contacts": "cases.contacts",
    "consents": "cases.consents",
    "assessments": "cases.assessments",
    "referrals": "cases.referrals",
    "letters": "cases.letters",
    "calendar": "scheduling.calendar",
    "calendar_days": "scheduling.days",
    "clashes": "scheduling.clashes",
    "recurrence": "scheduling.recurrence",
    "ics": "scheduling.ics",
    "day_list": "scheduling.day_list",
    "transports": "transports.planning",
    "transport_safety": "transports.safety",
    "run_sheet": "transports.run_sheet",
    "statistics": "statistics.figures",
    "statistics_contacts": "statistics.contacts",
    "statistics_export": "statistics.export",
    "statistics_tables": "statistics.tables",
    "excel_import": "excel.importer",
    "excel_sheet": "excel.sheet",
    "spreadsheet": "excel.spreadsheet",
    "backup": "ops.backup",
    "retention": "ops.retention",
    "diagnostics": "ops.diagnostics",
}
PACKAGES = {
    "core": "Shared by every capability: who acts, access and secrecy, protection, audit, time.",
    "admin": "Staff profiles, login roles, enrollment and the team's settings.",
    "cases": "Case work: the case list, intake, the case file and its records, letters.",
    "scheduling": "The calendar: events, recurrence, clashes, day lists and .ics.",
    "transports": "Secure transports: requests, planning, the board, safety rules, run sheets.",
    "statistics": "The team's statistics: figures, contact totals, tables and exports.",
    "excel": "The Excel sheet: reading untrusted workbooks, the import and the template.",
    "ops": "Operations: backups, retention (gallring) and diagnostics.",
}
PDF_MOVES = {"app.letters": "app.pdf"}

_names = sorted(MOVES, key=len, reverse=True)
_NEW_SUBMODULES = sorted({new.rsplit(".", 1)[1] for new in MOVES.values()})
# An old module that shares its name with a new package (cases, statistics, transports) is not
# rewritten where it is already followed by one of the new submodules: the rewrite is idempotent.
_dotted = re.compile(
    r"\bapp\.services\.("
    + "|".join(_names)
    + r")\b(?!\w)(?!\.(?:"
    + "|".join(_NEW_SUBMODULES)
    + r")\b)(?! import )"
)
_slashed = re.compile(r"\bapp/services/(" + "|".join(_names) + r")\.py\b")
_from_pkg = re.compile(r"^(\s*)from app\.services import ([^\n(]+|\([^)]*\))", re.M)


def _from_services(match: re.Match) -> str:
    indent, names = match.group(1), match.group(2).strip("()")
    out = []
    for part in [p.strip() for p in names.replace("\n", " ").split(",") if p.strip()]:
        name, _, alias = part.partition(" as ")
        name, alias = name.strip(), alias.strip()
        if name not in MOVES:
            out.append(f"{indent}from app.services import {part}")
            continue
        pkg, mod = MOVES[name].rsplit(".", 1)
        local = alias or name
        tail = mod if mod == local else f"{mod} as {local}"
        out.append(f"{indent}from app.services.{pkg} import {tail}")
    return "\n".join(out)


def rewrite(text: str) -> str:
    text = _dotted.sub(lambda m: "app.services." + MOVES[m.group(1)], text)
    text = _from_pkg.sub(_from_services, text)
    text = _slashed.sub(
        lambda m: "app/services/" + MOVES[m.group(1)].replace(".", "/") + ".py", text
    )
    text = re.sub(r"\bapp\.letters\b", "app.pdf", text)
    text = re.sub(r"\bapp/letters/", "app/pdf/", text)
    return text


def files() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    keep = (".py", ".md", ".toml", ".sh", ".spec", ".txt", ".cfg", ".pro")
    return [
        ROOT / f
        for f in out.stdout.split()
        if f.endswith(keep) and "tools/regroup_services.py" not in f
    ]


def move() -> None:
    svc = ROOT / "app" / "services"
    for pkg, doc in PACKAGES.items():
        (svc / pkg).mkdir(exist_ok=True)
        init = svc / pkg / "__init__.py"
        if not init.exists():
            init.write_text(f'"""{doc}"""\n')
            subprocess.run(["git", "add", str(init)], cwd=ROOT, check=True)
    for old, new in MOVES.items():
        src = svc / f"{old}.py"
        dst = svc / (new.replace(".", "/") + ".py")
        if src.exists():
            subprocess.run(["git", "mv", str(src), str(dst)], cwd=ROOT, check=True)
    if (ROOT / "app" / "letters").exists():
        subprocess.run(["git", "mv", "app/letters", "app/pdf"], cwd=ROOT, check=True)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--rewrite-only"]:
        targets = [Path(a) for a in argv[1:]] or files()
    else:
        move()
        targets = files()
    for path in targets:
        if not path.exists():
            continue
        old = path.read_text()
        new = rewrite(old)
        if new != old:
            path.write_text(new)
            print("rewrote", path.relative_to(ROOT))


if __name__ == "__main__":
    main(sys.argv[1:])
