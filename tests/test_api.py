"""The public surface: __all__ pinned, one registry, every detector and category documented."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import cleanroom
import cleanroom.detectors
from cleanroom import Category
from cleanroom.detectors import DEFAULT_DETECTORS

DOCS = Path(__file__).resolve().parent.parent / "docs"
# Detectors that need an object from the caller, so they are not always on.
OPT_IN = {"template", "headline"}  # built from an option (templates=, headline=False)


def test_all_is_the_public_surface() -> None:
    expected = {"Block", "Category", "CleanroomError", "Detector", "Document", "Finding",
                "InvalidInput", "InvalidOptions", "Options", "Removal", "Report", "Result",
                "__version__", "clean"}
    assert expected <= set(cleanroom.__all__)
    for name in cleanroom.__all__:
        assert hasattr(cleanroom, name), name


def _detector_modules() -> set[str]:
    return {m.name for m in pkgutil.iter_modules(cleanroom.detectors.__path__)
            if not m.name.startswith("_") and m.name != "base"}


def test_registry_matches_the_detector_modules() -> None:
    names = [d.name for d in DEFAULT_DETECTORS]
    assert len(names) == len(set(names))
    assert set(names) | (OPT_IN & _detector_modules()) == _detector_modules()
    for detector in DEFAULT_DETECTORS:
        module = importlib.import_module(type(detector).__module__)
        assert module.__name__ == f"cleanroom.detectors.{detector.name}"
        assert re.fullmatch(r"[a-z_]+", detector.name)
        assert isinstance(detector.category, Category)
        assert module.__doc__ and ">>>" in module.__doc__, f"{detector.name}: doctest example"


def test_every_detector_and_category_is_documented() -> None:
    text = (DOCS / "detectors.md").read_text(encoding="utf-8")
    for name in _detector_modules():
        assert f"`{name}`" in text, f"docs/detectors.md does not describe {name}"
    for category in Category:
        assert f"`{category.value}`" in text, f"docs/detectors.md does not list {category}"


def test_every_default_category_has_a_detector_test() -> None:
    tests = Path(__file__).resolve().parent / "detectors"
    for detector in DEFAULT_DETECTORS:
        assert (tests / f"test_{detector.name}.py").exists(), detector.name
