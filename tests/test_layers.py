"""Imports flow one way: api -> document -> detectors -> resolver -> report."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cleanroom"

# module prefix -> cleanroom modules it must never import
FORBIDDEN = {
    "document": ("api", "options", "resolver", "report", "detectors", "batch", "cli",
                 "integrations", "strategies"),
    "detectors": ("api", "options", "resolver", "report", "batch", "cli", "integrations",
                  "strategies"),
    "resolver": ("api", "options", "batch", "cli", "integrations"),
    "report": ("api", "options", "resolver", "detectors", "batch", "cli", "integrations"),
    "cut": ("api", "options", "resolver", "report", "detectors", "document"),
    "categories": ("api", "options", "resolver", "report", "detectors", "document"),
    "api": ("batch", "cli", "integrations"),
    "options": ("api", "batch", "cli", "integrations"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(
                "cleanroom."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names
                         if a.name.startswith("cleanroom."))
    return found


def test_imports_flow_one_way() -> None:
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        top = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        for target in _imports(path) & set(FORBIDDEN.get(top, ())):
            bad.append(f"{path.relative_to(PACKAGE)} imports cleanroom.{target}")
    assert bad == []
