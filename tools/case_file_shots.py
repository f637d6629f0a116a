"""Screenshots of the case file (every tab, and the "Ny kontakt" dialog) with demo data.

    python -m tools.case_file_shots --out DIR [--db PATH|URL] [--cases N] [--as ACCOUNT]
                                    [--case IGOR-YYYY-NNNN] [--show]

Without --db a temporary encrypted demo database with N cases (default 300) is made and removed
afterwards. Without --case a busy open case is picked (both parties, contacts, an assessment,
the suspect held or under a contact ban). Signs in as demo.soc1 unless --as says otherwise.
Writes DIR/case-<tab>.png and DIR/case-new-contact.png and prints the file names; with --show
the case file opens in an ordinary window instead (until the case list page opens it).
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1280, 860


def pick_case(db, number: str | None) -> int:
    from sqlalchemy import func, select

    from app.models import Case, CaseParty, Contact, RiskAssessment
    from app.models.enums import CaseStatus, ContactBan, Custody

    with db.read(system=True) as s:
        if number:
            return s.execute(select(Case.id).where(Case.case_number == number)).scalar_one()
        parties = select(func.count()).where(CaseParty.case_id == Case.id).scalar_subquery()
        contacts = select(func.count()).where(Contact.case_id == Case.id).scalar_subquery()
        risks = select(func.count()).where(RiskAssessment.case_id == Case.id).scalar_subquery()
        return s.execute(
            select(Case.id)
            .where(
                Case.status == CaseStatus.OPEN,
                parties == 2,
                risks > 0,
                (Case.custody.in_([Custody.DETAINED, Custody.ARRESTED]))
                | (Case.contact_ban != ContactBan.NONE),
            )
            .order_by(contacts.desc(), Case.id)
            .limit(1)
        ).scalar_one()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--db")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--as", dest="account", default="demo.soc1")
    parser.add_argument("--case", dest="case_number")
    parser.add_argument(
        "--show", action="store_true", help="open the case file in a window instead (no PNGs)"
    )
    args = parser.parse_args(argv)
    if not args.show:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.services.admin import profiles
    from app.ui.application import create_application, open_and_migrate
    from app.ui.cases.case_file import CaseFileWidget
    from app.ui.context import AppContext

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([sys.argv[0]])
    tmp = None
    if args.db:
        db = open_and_migrate(args.db)
    else:
        from app.demo.generator import generate

        tmp = tempfile.TemporaryDirectory(prefix="igor-case-shots-")
        db = open_database(str(Path(tmp.name) / "demo.db"), key_hex=secrets.token_hex(32))
        upgrade_database(db)
        generate(db, cases=args.cases, seed=args.seed)
    try:
        actor = profiles.sign_in(db, args.account)
        widget = CaseFileWidget(AppContext(db, actor), pick_case(db, args.case_number))
        widget.resize(WIDTH, HEIGHT)
        widget.show()
        if args.show:
            widget.setWindowTitle(widget.title())
            app.exec()
            return 0
        names = ["oversikt", "kontakter", "samtycken", "lotsning", "riskbedomningar", "avslut"]
        for index, name in enumerate(names):
            widget.tabs.setCurrentIndex(index)
            for _ in range(5):
                app.processEvents()
            path = out / f"case-{name}.png"
            widget.grab().save(str(path))
            print(path)
        widget.new_contact()
        dialog = widget.contacts.dialog
        for _ in range(5):
            app.processEvents()
        path = out / "case-new-contact.png"
        dialog.grab().save(str(path))
        print(path)
        suspect = next((p for p in widget.view.parties if p.role.value == "suspect"), None)
        if suspect is not None:
            dialog.party.setCurrentIndex(dialog.party.findData(suspect.id))
            dialog.adjustSize()
            for _ in range(5):
                app.processEvents()
            path = out / "case-new-contact-suspect.png"
            dialog.grab().save(str(path))
            print(path)
        dialog.reject()
        widget.close()
    finally:
        db.dispose()
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
