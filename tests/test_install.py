"""A fresh install works with any pip: cleanroom declares every distribution it loads, and the
benchmark says what to install when its peer is missing."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

# Written for this test: a small page that takes the whole HTML path (prune, extract, hints).
PAGE = ("<html><head><meta charset='utf-8'><title>Ferry</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Ferry returns</h1>"
        "<p>The ferry to the outer islands resumed its winter timetable on Monday.</p>"
        "<p>The operator said the new engines cut fuel use by a fifth this year.</p>"
        "</article><footer>All rights reserved.</footer></body></html>")

# Loads what clean() loads, with the modules named in argv[2] made unimportable.
_LOADED = """
import json, sys
before = set(sys.modules)
for name in json.loads(sys.argv[2]):
    sys.modules[name] = None
import cleanroom
cleanroom.clean(sys.argv[1].encode())
cleanroom.clean(sys.argv[1].encode("cp1252") + b"\\xe9" * 300)
print(json.dumps(sorted({m.split(".")[0] for m in set(sys.modules) - before
                         if sys.modules[m] is not None})))
"""


def _loaded(blocked: list[str]) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _LOADED, PAGE, json.dumps(blocked)], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    loaded: list[str] = json.loads(out.stdout)
    return loaded


def _requires(dist: str) -> list[str]:
    """What ``dist`` needs without any extra: a pip that ignores or misreads extras (pip
    23.2 does not match ``lxml[html_clean]`` to lxml's ``html-clean``) installs only these."""
    out = []
    for line in importlib.metadata.requires(dist) or []:
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            out.append(canonicalize_name(req.name))
    return out


def test_every_distribution_clean_loads_is_a_dependency_without_extras() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reachable: set[str] = set()
    todo = [canonicalize_name(Requirement(r).name) for r in declared["project"]["dependencies"]]
    while todo:
        name = todo.pop()
        if name not in reachable:
            reachable.add(name)
            todo += _requires(name)
    owners = importlib.metadata.packages_distributions()
    loaded = _loaded([])
    dists = {m: {canonicalize_name(d) for d in owners.get(m, ())} for m in loaded}
    assert "lxml-html-clean" in dists.get("lxml_html_clean", ())  # trafilatura's import
    # what no declared dependency brings is loaded only if installed (brotli for urllib3):
    # clean() works without it
    undeclared = sorted(m for m, d in dists.items() if d and not d & reachable)
    assert "lxml_html_clean" not in undeclared
    _loaded(undeclared)


def test_the_benchmark_names_the_extra_it_needs(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    import aeb

    monkeypatch.setitem(sys.modules, "readability", None)  # as if not installed
    assert aeb.main([str(tmp_path)]) == 2
    assert "pip install -e '.[bench]'" in capsys.readouterr().err


def test_ci_installs_with_the_venvs_own_pip_and_runs_pytest() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in script.splitlines()
                if line.strip() and not line.lstrip().startswith("#")]
    assert not any("--upgrade pip" in c or "-U pip" in c for c in commands)
    assert [c for c in commands if "pip install" in c] == ["pip install --quiet -e '.[dev]'"]
    assert "pytest" in commands and any(c.endswith("-m venv \"$VENV\"") for c in commands)
