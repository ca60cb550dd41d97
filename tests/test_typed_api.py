"""Users' type checkers see cleanroom's types: the package ships ``py.typed`` and ``clean()``'s
keyword arguments are the typed ``OptionArgs``, not ``**Any``."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import typing
from pathlib import Path

import cleanroom
from cleanroom.options import OptionArgs, Options

ROOT = Path(__file__).resolve().parent.parent

# A user's script, type-checked from outside the project as an installed package is.
USER_CODE = """\
import cleanroom
from cleanroom.api import document

cleanroom.clean("text", strict="yes")
cleanroom.clean("text", colour="red")
ok = cleanroom.clean(b"text", strict=True, categories=["repeated"], headline=None)
reveal_type(ok.report.removals)
document("text", format="pdf")
"""


def test_the_keyword_arguments_are_the_options_fields() -> None:
    assert list(typing.get_type_hints(OptionArgs)) == [f.name for f in dataclasses.fields(Options)]
    for function in (cleanroom.clean, cleanroom.api.document):
        hint = typing.get_type_hints(function)["overrides"]
        assert typing.get_origin(hint) is typing.Unpack and typing.get_args(hint) == (OptionArgs,)


def test_a_users_type_checker_sees_the_options(tmp_path: Path) -> None:
    assert (ROOT / "cleanroom" / "py.typed").is_file()
    (tmp_path / "user.py").write_text(USER_CODE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir",
         str(tmp_path / "cache"), "user.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False).stdout
    lines = out.splitlines()
    assert any(line.startswith("user.py:4: error:") and '"strict"' in line and '"bool"' in line
               for line in lines), out
    assert any(line.startswith("user.py:5: error:") and '"colour"' in line for line in lines), out
    assert any(line.startswith("user.py:7: note: Revealed type is")
               and "cleanroom.report.Removal" in line for line in lines), out
    assert any(line.startswith("user.py:8: error:") and '"format"' in line for line in lines), out
    assert not any(line.startswith("user.py:6:") or "import-untyped" in line
                   for line in lines), out
