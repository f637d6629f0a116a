"""Rewrite app/ to use the one vocabulary (idempotent; for branches made before it landed).

    .venv/bin/python -m tools.use_vocabulary [paths…]   # default: app/
    .venv/bin/ruff check --fix app && .venv/bin/ruff format app

- `field="namn"` (a literal field name) → `field=F.NAME` (`from app.vocabulary import fields as F`);
- `UserError("Fältet {field} är för långt (högst {n} tecken).", field=F, n=N)` and the other
  wordings of the shared checks → `checks.too_long(F, N)`, `checks.required(F)`, … (one wording,
  app/vocabulary/checks.py);
- adds the imports. tests/core/test_vocabulary.py fails while anything is left to rewrite.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.vocabulary import fields  # noqa: E402

CONSTANT_OF = {text: name for name, text in fields.all_fields().items()}

# (wordings of one check) → (checks function, keyword arguments it takes after the field)
TOO_LONG = {
    "Fältet {field} får vara högst {n} tecken.",
    "Fältet {field} är för långt (högst {n} tecken).",
    "Fältet {field} är för långt (högst {limit} tecken).",
}
TOO_LONG_FIXED = re.compile(r"^Fältet \{field\} får vara högst (\d+) tecken\.$")
SIMPLE = {
    "Fältet {field} måste fyllas i.": "required",
    "Fältet {field} är tomt.": "required",
    "Fältet {field} måste väljas.": "choose",
    "Fältet {field} kan inte ligga i framtiden.": "in_future",
    "Fältet {field}: slutet måste ligga efter starten.": "end_before_start",
}
NOT_A_DATE = "Fältet {field}: ”{value}” är inget datum. Skriv ÅÅÅÅ-MM-DD."
SKIP = ("app/vocabulary/",)
IMPORT_FIELDS = "from app.vocabulary import fields as F"


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Source:
    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)
        self.data = text.encode("utf-8")
        starts, pos = [], 0
        for line in self.lines:
            starts.append(pos)
            pos += len(line.encode("utf-8"))
        self.starts = starts

    def span(self, node: ast.AST) -> tuple[int, int]:
        return (
            self.starts[node.lineno - 1] + node.col_offset,
            self.starts[node.end_lineno - 1] + node.end_col_offset,
        )

    def segment(self, node: ast.AST) -> str:
        a, b = self.span(node)
        return self.data[a:b].decode("utf-8")


def _field_src(src: _Source, node: ast.AST) -> str:
    text = _literal(node)
    if text is not None and text in CONSTANT_OF:
        return f"F.{CONSTANT_OF[text]}"
    return src.segment(node)


def _check_call(src: _Source, call: ast.Call) -> str | None:
    """The checks.… call replacing a UserError(…) of a shared check, or None."""
    name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", None)
    if name != "UserError" or len(call.args) != 1:
        return None
    template = _literal(call.args[0])
    kw = {k.arg: k.value for k in call.keywords}
    if template is None or "field" not in kw:
        return None
    field = _field_src(src, kw.pop("field"))
    if template in TOO_LONG:
        limit = kw.pop("n", None) or kw.pop("limit", None)
        if limit is None or kw:
            return None
        return f"checks.too_long({field}, {src.segment(limit)})"
    fixed = TOO_LONG_FIXED.match(template)
    if fixed and not kw:
        return f"checks.too_long({field}, {fixed.group(1)})"
    if template in SIMPLE and not kw:
        return f"checks.{SIMPLE[template]}({field})"
    if template == NOT_A_DATE and set(kw) == {"value"}:
        return f"checks.not_a_date({field}, {src.segment(kw['value'])})"
    return None


_NOT_A_FIELD_CALLS = {"_tr", "tr", "translate", "QT_TRANSLATE_NOOP", "tr_noop", "translate_noop"}


def _names_a_field_in_a_form(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """In a form (app/ui): a field name passed to a call (errors.add("fordon"), value("datum"))
    or a key of a table of fields ({"rubrik": self.title_edit, …}), or listed in a for loop."""
    text = _literal(node)
    if text is None or text not in CONSTANT_OF:
        return False
    parent = parents.get(node)
    if isinstance(parent, ast.Call) and node in parent.args:
        name = getattr(parent.func, "attr", getattr(parent.func, "id", None))
        return name not in _NOT_A_FIELD_CALLS
    if isinstance(parent, ast.Dict) and node in parent.keys:
        return sum(_literal(k) in CONSTANT_OF for k in parent.keys) >= 3
    if isinstance(parent, ast.Tuple) and isinstance(parents.get(parent), ast.For):
        return all(_literal(e) in CONSTANT_OF for e in parent.elts)
    return False


def rewrite(text: str, *, ui: bool = False) -> str:
    tree = ast.parse(text)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    src = _Source(text)
    edits: list[tuple[int, int, str]] = []
    covered: list[tuple[int, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            new = _check_call(src, node)
            if new is not None:
                a, b = src.span(node)
                edits.append((a, b, new))
                covered.append((a, b))
    for node in ast.walk(tree):
        value = None
        if (
            isinstance(node, ast.keyword)
            and node.arg == "field"
            or (  # F_SOURCE = "källa" (a module's own field-name constants)
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id.startswith("F_")
            )
        ):
            value = node.value
        elif ui and _names_a_field_in_a_form(node, parents):
            value = node
        text_value = _literal(value)
        if text_value is None or text_value not in CONSTANT_OF:
            continue
        a, b = src.span(value)
        if any(x <= a and b <= y for x, y in covered):
            continue
        edits.append((a, b, f"F.{CONSTANT_OF[text_value]}"))
    if not edits:
        return text
    data = src.data
    for a, b, new in sorted(edits, reverse=True):
        data = data[:a] + new.encode("utf-8") + data[b:]
    out = data.decode("utf-8")
    return _add_imports(out)


def _add_imports(text: str) -> str:
    tree = ast.parse(text)
    have = {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module == "app.vocabulary"
        for alias in node.names
    }
    imports = {"checks": "from app.vocabulary import checks\n", "F": IMPORT_FIELDS + "\n"}
    need = [m for m in imports if re.search(rf"(?<![\w.]){m}\.[A-Za-z]", text) and m not in have]
    if not need:
        return text
    last = max(
        (n.end_lineno for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)),
        default=0,
    )
    lines = text.splitlines(keepends=True)
    new = "".join(imports[m] for m in need)
    return "".join(lines[:last]) + new + "".join(lines[last:])


def main(argv: list[str] | None = None) -> int:
    targets = [Path(p) for p in (argv if argv else [str(ROOT / "app")])]
    changed = 0
    for target in targets:
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            rel = path.resolve().relative_to(ROOT).as_posix()
            if rel.startswith(SKIP):
                continue
            text = path.read_text(encoding="utf-8")
            new = rewrite(text, ui=rel.startswith("app/ui/"))
            if new != text:
                path.write_text(new, encoding="utf-8")
                changed += 1
                print(f"rewrote {rel}")
    print(f"{changed} files changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
