"""Build the phrase lexicon from the message catalogs of the software that prints the junk.

Usage:  python tools/lexicon/build.py [--out cleanroom/lexicon/data] [--cache DIR]

Fetches every pinned package of ``sources.SOURCES`` with its registry's ordinary client
(``pip download --no-deps``, ``npm pack``) into a temporary directory, reads its catalogs
(``.po`` through ``babel.messages``, JSON / JS / YAML for npm packages, CLDR through babel's
locale data), takes the picked message ids in every language, and writes one TSV file of rows
per package.  Only this script touches the network, and only at build time; the generated
files are committed and read by ``cleanroom.lexicon``.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sources import SOURCES, Pick, Source  # noqa: F401 (Pick: for callers)

ROOT = Path(__file__).resolve().parents[2]
HEADER = ("phrase", "category", "language", "match", "package", "version", "message_id",
          "licence")
Catalog = dict[str, dict[str, list[str]]]  # language -> message id -> strings (plural forms)


# --- fetching ------------------------------------------------------------------------------

def fetch(source: Source, into: Path) -> Path:
    """Download the pinned package and unpack it; return the unpacked directory."""
    target = into / source.name.replace("/", "_")
    if target.exists():
        return target
    download = into / "downloads"
    download.mkdir(parents=True, exist_ok=True)
    if source.registry == "pypi":
        if source.name == "babel":  # CLDR data is read from the installed babel (pinned)
            import babel
            if babel.__version__ != source.version:
                raise SystemExit(f"babel {source.version} needed, {babel.__version__} found")
            return Path(babel.__file__).parent
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                        "-d", str(download), f"{source.name}=={source.version}"], check=True)
        stem = f"{source.name.replace('-', '_')}-{source.version}"
        wheel = next(download.glob(f"{stem}-*.whl"), None)
        if wheel is not None:
            with zipfile.ZipFile(wheel) as archive:
                archive.extractall(target)
        else:  # a package published as a source archive only (isso)
            with tarfile.open(download / f"{source.name}-{source.version}.tar.gz") as archive:
                archive.extractall(target, filter="data")
    else:
        out = subprocess.run(["npm", "pack", "-q", f"{source.name}@{source.version}"],
                             cwd=download, check=True, capture_output=True, text=True)
        with tarfile.open(download / out.stdout.strip().splitlines()[-1]) as archive:
            archive.extractall(target, filter="data")
    return target


# --- reading catalogs ----------------------------------------------------------------------

def _lang(code: str) -> str:
    return code.replace("-", "_").split(".")[0]


def _po_catalogs(files: Iterator[Path]) -> Catalog:
    from babel.messages.pofile import read_po

    out: Catalog = {}
    for path in files:
        lang = _lang(path.parent.parent.name)
        data = path.read_bytes()
        try:
            catalog = read_po(io.BytesIO(data))
        except ValueError:  # a malformed Language header ("it "): the directory says it
            try:
                catalog = read_po(io.BytesIO(re.sub(rb'"Language:[^"]*"\n', b"", data)))
            except ValueError as exc:  # an untranslated template ("nplurals=INTEGER")
                print(f"  skipped {path}: {exc}", file=sys.stderr)
                continue
        entries = out.setdefault(lang, {})
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            values = [s for s in strings if s]
            for msgid in ids:
                entries.setdefault(msgid, []).extend(values)
        out.setdefault("en", {}).update({m.id if isinstance(m.id, str) else m.id[0]:
                                         list(m.id if isinstance(m.id, tuple) else (m.id,))
                                         for m in catalog if m.id})
    return out


def read_django(root: Path) -> Catalog:
    return _po_catalogs(p for p in sorted(root.glob("django/**/locale/*/LC_MESSAGES/django.po"))
                        if "/contrib/" not in str(p) or "/admin/" in str(p)
                        or "/humanize/" in str(p))


def read_po_package(root: Path, package: str) -> Catalog:
    """Every ``.po`` catalog under a Python package's ``locale`` directory."""
    return _po_catalogs(iter(sorted(root.glob(f"{package}/locale/*/LC_MESSAGES/*.po"))))


def read_sphinx(root: Path) -> Catalog:
    return _po_catalogs(iter(sorted(root.glob("sphinx/locale/*/LC_MESSAGES/sphinx.po"))))


def read_docusaurus(root: Path) -> Catalog:
    out: Catalog = {}
    for path in sorted((root / "package" / "locales").glob("*/theme-common.json")):
        lang = "en" if path.parent.name == "base" else _lang(path.parent.name)
        data = json.loads(path.read_text(encoding="utf-8"))
        out[lang] = {k: v.split("|") for k, v in data.items() if isinstance(v, str)}
    return out


_MKDOCS_PAIR = re.compile(r'^\s*"([\w.]+)":\s*"((?:[^"\\]|\\.)*)"', re.MULTILINE)


def read_mkdocs_material(root: Path) -> Catalog:
    out: Catalog = {}
    for path in sorted((root / "material/templates/partials/languages").glob("*.html")):
        pairs = {k: [json.loads(f'"{v}"')] for k, v in _MKDOCS_PAIR.findall(path.read_text())}
        out[_lang(path.stem)] = pairs
    return out


_JS_PAIR = re.compile(r'"(\w+)":\s*"((?:[^"\\]|\\.)*)"')


def read_tarteaucitron(root: Path) -> Catalog:
    out: Catalog = {}
    for path in sorted((root / "package" / "lang").glob("tarteaucitron.*.js")):
        if path.name.endswith(".min.js"):
            continue
        code = path.name.split(".")[1]
        lang = {"cn": "zh", "se": "sv", "no": "nb"}.get(code, code)
        pairs: dict[str, list[str]] = {}
        for key, value in _JS_PAIR.findall(path.read_text(encoding="utf-8")):
            pairs.setdefault(key, [json.loads(f'"{value}"')])  # the top-level key comes first
        for joined in ("alertBigClick+alertBig", "alertBigScroll+alertBig"):
            first, second = joined.split("+")
            if first in pairs and second in pairs:
                pairs[joined] = [f"{pairs[first][0]} {pairs[second][0]}"]
        out[lang] = pairs
    return out


def _flatten(data: object, prefix: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _flatten(value, f"{prefix}{key}.")
    elif isinstance(data, str):
        yield prefix[:-1], data


def read_klaro(root: Path) -> Catalog:
    import yaml  # PyYAML: needed to build the lexicon, not to use it

    out: Catalog = {}
    for path in sorted((root / "package/src/translations").glob("*.yml")):
        if path.stem.endswith(".ref"):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[_lang(path.stem)] = {k: [v] for k, v in _flatten(data)}
    return out


def read_videojs(root: Path) -> Catalog:
    out: Catalog = {}
    for path in sorted((root / "package/dist/lang").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[_lang(path.stem)] = {k: [v] for k, v in data.items() if isinstance(v, str)}
    out["en"] = {k: [k] for k in set().union(*(d.keys() for d in out.values()))}
    return out


_SHARIFF_BLOCK = re.compile(r"(shareText|title):\s*\{([^}]*)\}")
_SHARIFF_PAIR = re.compile(r"""(\w+):\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")""")


def read_shariff(root: Path) -> Catalog:
    """Each share service's button text and title, per language (``facebook.title``)."""
    out: Catalog = {}
    for path in sorted((root / "package/src/js/services").glob("*.js")):
        source = path.read_text(encoding="utf-8")
        for field_name, block in _SHARIFF_BLOCK.findall(source):
            for lang, single, double in _SHARIFF_PAIR.findall(block):
                out.setdefault(_lang(lang), {})[f"{path.stem}.{field_name}"] = [
                    (single or double).replace("\\'", "'")]
    return out


def read_cldr(root: Path) -> Catalog:
    """Relative past times ("3 hours ago") of every CLDR locale babel ships."""
    from babel import Locale, UnknownLocaleError
    from babel.localedata import locale_identifiers

    out: Catalog = {}
    for ident in sorted(locale_identifiers()):
        if "_" in ident:  # the base language carries the patterns; regions rarely differ
            continue
        try:
            fields = Locale.parse(ident)._data["date_fields"]
        except (UnknownLocaleError, KeyError, ValueError):
            continue
        entries: dict[str, list[str]] = {}
        for unit in ("second", "minute", "hour", "day", "week", "month", "year"):
            for width in ("", "-short"):
                try:
                    past = fields[f"{unit}{width}"]["past"]
                except KeyError:
                    continue
                entries[f"{unit}{width}-past"] = [str(v) for v in past.values()]
        out[ident] = entries
    return out


_DAYJS_BLOCK = re.compile(r"relativeTime:\s*\{([^}]*)\}")
_DAYJS_PAIR = re.compile(r"""(\w+):\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")""")
# The units of a relative time that carry a number (``%d hours``): "a minute ago" is no
# number, and a timestamp row is matched by its ``#``.
_DAYJS_UNITS = ("mm", "hh", "dd", "MM", "yy")


def read_dayjs(root: Path) -> Catalog:
    """Day.js's relative past times (``past`` around each numbered unit: ``vor # Stunden``);
    a locale whose units are functions (Slavic plurals) gives only its literal ones."""
    out: Catalog = {}
    for path in sorted((root / "package/esm/locale").glob("*.js")):
        found = _DAYJS_BLOCK.search(path.read_text(encoding="utf-8"))
        if found is None:
            continue
        values = {key: single or double for key, single, double
                  in _DAYJS_PAIR.findall(found.group(1))}
        past = values.get("past")
        if not past or "%s" not in past:
            continue
        out[_lang(path.stem)] = {f"past.{unit}": [past.replace("%s", values[unit])]
                                 for unit in _DAYJS_UNITS if unit in values}
    return out


_TIMEAGO_PAIR = re.compile(r"""\[\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*,""")


def read_timeago(root: Path) -> Catalog:
    """timeago.js's relative times: each locale's table of [past, future] pairs, by index
    (``1`` seconds, ``3`` minutes, ``5`` hours, ... ``13`` years: the numbered ones)."""
    out: Catalog = {}
    for path in sorted((root / "package/lib/lang").glob("*.js")):
        pasts = [single or double for single, double
                 in _TIMEAGO_PAIR.findall(path.read_text(encoding="utf-8"))]
        if len(pasts) == 14:
            out[_lang(path.stem)] = {str(i): [p] for i, p in enumerate(pasts) if "%s" in p}
    return out


def read_sphinx_book_theme(root: Path) -> Catalog:
    return _po_catalogs(iter(sorted(root.glob(
        "sphinx_book_theme/theme/sphinx_book_theme/static/locales/*/LC_MESSAGES/*.po"))))


def read_starlight(root: Path) -> Catalog:
    """Starlight's UI strings: one ``"key": "value"`` table per language (``zh-CN.js``)."""
    out: Catalog = {}
    for path in sorted((root / "package/dist/translations").glob("*.js")):
        if path.stem == "index":
            continue
        pairs = _MKDOCS_PAIR.findall(path.read_text(encoding="utf-8"))
        out[_lang(path.stem)] = {k: [json.loads(f'"{v}"')] for k, v in pairs}
    return out


def read_isso(root: Path) -> Catalog:
    """Isso's comment widget strings; a value with a newline holds the singular and the
    plural form (``1 Kommentar\\n{{ n }} Kommentare``), each kept."""
    out: Catalog = {}
    for path in sorted(root.glob("isso-*/isso/js/app/i18n/*.js")):
        pairs = _MKDOCS_PAIR.findall(path.read_text(encoding="utf-8").replace("-", "_"))
        entries = {k.replace("_", "-"): json.loads(f'"{v}"').split("\n") for k, v in pairs}
        for key, forms in entries.items():  # a relative time is matched by its number
            if key.startswith("date-"):
                entries[key] = [f for f in forms if "{{" in f]
        out[_lang(path.stem)] = entries
    return out


def read_cookie_consent_js(root: Path) -> Catalog:
    """cookie-consent-js's banner texts, one JSON file per language (``cz``, ``gr``)."""
    out: Catalog = {}
    for path in sorted((root / "package/cookie-consent-content").glob("*.json")):
        lang = {"cz": "cs", "gr": "el"}.get(path.stem, path.stem)
        data = json.loads(path.read_text(encoding="utf-8"))
        out[lang] = {k: [v.replace("--privacy-policy--", "#")] for k, v in data.items()
                     if isinstance(v, str)}
    return out


_GHOST_LOCALE = re.compile(r'"\.\./\.\./locales/([\w-]+)/[\w-]+\.json":([\w$]+)')
_GHOST_PAIR = re.compile(r'(?:"((?:[^"\\]|\\.)*)"|([A-Za-z_$][\w$]*)):`((?:[^`\\]|\\.)*)`')


def _ghost_table(text: str, var: str) -> dict[str, str]:
    """The first object literal ``var={"English":`translation`,...}`` of a bundle."""
    for start in re.finditer(r"(?<![\w$.])" + re.escape(var) + r"=\{", text):
        pos, pairs = start.end(), {}
        while (pair := _GHOST_PAIR.match(text, pos)) is not None:
            key = pair.group(1) if pair.group(1) is not None else pair.group(2)
            pairs[key] = pair.group(3)
            pos = pair.end() + (text[pair.end():pair.end() + 1] == ",")
        if len(pairs) >= 3:
            return pairs
    return {}


def read_ghost(root: Path) -> Catalog:
    """A Ghost widget's bundle: each locale's JSON (``../../locales/de/x.json``) is an object
    of English string -> translation, bound to a variable the bundle's locale map names."""
    text = next((root / "package/umd").glob("*.min.js")).read_text(encoding="utf-8")
    out: Catalog = {}
    for code, var in _GHOST_LOCALE.findall(text):
        table = _ghost_table(text, var)
        if code == "en":
            table = {k: k for k in table}
        out[_lang(code)] = {k: [v] for k, v in table.items() if v}
    return out


def read_browser_update(root: Path) -> Catalog:
    """browser-update's notice, one ``t.xx= {'msg': ...}`` table per language."""
    out: Catalog = {}
    text = (root / "package/update.npm.full.js").read_text(encoding="utf-8")
    for code, body in re.findall(r"^t\.(\w+)=\s*\{(.*)\}", text, re.MULTILINE):
        out[_lang(code)] = {k: [v] for k, v in
                            re.findall(r"'(\w+)':\s*'((?:[^'\\]|\\.)*)'", body)}
    return out


def read_outdated_browser_rework(root: Path) -> Catalog:
    """outdated-browser-rework's ``languages.json`` (its own codes: ``br``, ``cz``, ``ua``)."""
    codes = {"br": "pt_BR", "cz": "cs", "ee": "et", "si": "sl", "ua": "uk"}
    data = json.loads((root / "package/languages.json").read_text(encoding="utf-8"))
    return {codes.get(code, code): {k: [v] for k, v in _flatten(table)}
            for code, table in data.items()}


def read_68publishers(root: Path) -> Catalog:
    """68publishers' cookie-consent (a wrapper of orestbida's cookieconsent, whose default
    texts many sites keep): one flat JSON file per language."""
    out: Catalog = {}
    for path in sorted((root / "package/src/resources/translations").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[_lang(path.stem)] = {k: [v] for k, v in data.items() if isinstance(v, str) and v}
    return out


def read_cookie_notice(root: Path) -> Catalog:
    """cookie-notice's defaults: each text is an object of language -> string
    (``messageLocales: {it: '...', en: '...'}``)."""
    text = (root / "package/src/cookie.notice.js").read_text(encoding="utf-8")
    out: Catalog = {}
    for key, body in re.findall(r"(\w+):\s*\{([^{}]*)\}", text):
        for lang, value in re.findall(r"(\w+):\s*'((?:[^'\\]|\\.)*)'", body):
            out.setdefault(_lang(lang), {})[key] = [value.replace("\\'", "'")]
    return out


READERS: dict[str, Callable[[Path], Catalog]] = {
    "django": read_django, "sphinx": read_sphinx, "docusaurus": read_docusaurus,
    "mkdocs_material": read_mkdocs_material, "tarteaucitron": read_tarteaucitron,
    "klaro": read_klaro, "videojs": read_videojs, "cldr": read_cldr, "shariff": read_shariff,
    "dayjs": read_dayjs, "timeago": read_timeago, "starlight": read_starlight,
    "isso": read_isso, "cookie_consent_js": read_cookie_consent_js,
    "sphinx_book_theme": read_sphinx_book_theme, "ghost": read_ghost,
    "browser_update": read_browser_update,
    "outdated_browser_rework": read_outdated_browser_rework,
    "68publishers": read_68publishers, "cookie_notice": read_cookie_notice,
}


# --- cleaning strings into phrases ---------------------------------------------------------

_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\{?\s*\w*\s*\}?\}|\{\d\}")


def phrase_of(text: str) -> str:
    """One line of text: tags dropped, placeholders as ``#``, whitespace collapsed."""
    text = html.unescape(_TAG.sub("", text)).replace("\u00a0", " ")
    text = _PLACEHOLDER.sub("#", text)
    return " ".join(text.split())


def rows(source: Source, catalog: Catalog) -> Iterator[tuple[str, ...]]:
    english = catalog.get("en", {})
    seen: set[tuple[str, str]] = set()  # a phrase once per language and package
    for pick in source.picks:
        base = {phrase_of(s).casefold() for s in english.get(pick.msgid, [pick.msgid])}
        for lang in sorted(catalog):
            for text in catalog[lang].get(pick.msgid, []):
                phrase = phrase_of(text)
                if not phrase.strip("#. ") or (lang != "en" and phrase.casefold() in base):
                    continue  # empty, or left untranslated (the English row has it)
                if (lang, phrase.casefold()) in seen:
                    continue
                seen.add((lang, phrase.casefold()))
                yield (phrase, pick.category, lang, pick.kind, source.name, source.version,
                       pick.msgid.replace("\n", " ").replace("\t", " "), source.licence)


def write(source: Source, catalog: Catalog, out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(HEADER)] + ["\t".join(r) for r in rows(source, catalog)]
    path = out_dir / f"{source.name.strip('@').replace('/', '_')}.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


DOC = ROOT / "docs" / "lexicon.md"
_BEGIN, _END = "<!-- languages: written by tools/lexicon/build.py -->", "<!-- /languages -->"


def language_table(all_rows: Iterable[Sequence[str]]) -> str:
    """The doc's table: per category, the packages, the rows by match and the languages."""
    langs: dict[str, set[str]] = {}
    matches: dict[str, dict[str, int]] = {}
    packages: dict[str, set[str]] = {}
    for row in all_rows:
        _phrase, category, language, match, package = row[:5]
        langs.setdefault(category, set()).add(language.split("_")[0])
        by = matches.setdefault(category, {})
        by[match] = by.get(match, 0) + 1
        packages.setdefault(category, set()).add(package)
    out = ["| category | languages | rows by match | packages |", "|---|---|---|---|"]
    for category in sorted(langs):
        rows_by = ", ".join(f"{m} {n}" for m, n in sorted(matches[category].items()))
        out.append(f"| `{category}` | {len(langs[category])} | {rows_by} | "
                   f"{', '.join(sorted(packages[category]))} |")
    out.append("")
    for category in sorted(langs):
        out.append(f"- `{category}`: {' '.join(sorted(langs[category]))}")
    return "\n".join(out)


def write_doc(all_rows: Iterable[Sequence[str]]) -> None:
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(_BEGIN, 1)
    tail = rest.split(_END, 1)[1]
    DOC.write_text(f"{head}{_BEGIN}\n{language_table(all_rows)}\n{_END}{tail}",
                   encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "cleanroom/lexicon/data")
    parser.add_argument("--cache", type=Path, help="keep downloads here (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.cache or Path(tmp)
        for source in SOURCES:
            root = fetch(source, work)
            if source.reader.startswith("po:"):
                catalog = read_po_package(root, source.reader.removeprefix("po:"))
            else:
                catalog = READERS[source.reader](root)
            print(f"{source.name} {source.version}: {write(source, catalog, args.out)} rows, "
                  f"{len(catalog)} languages")
    all_rows = [line.split("\t") for path in sorted(args.out.glob("*.tsv"))
                for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    write_doc(all_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
