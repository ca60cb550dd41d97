"""Junk recall and body loss over Hypothesis-generated dirty documents, per category and language.

Usage:  python benchmarks/junk_recall.py [--examples 2000] [--seed 0]
        python benchmarks/junk_recall.py --held-back AEB_DIR [--seed 0]
        python benchmarks/junk_recall.py --wcxb WCXB_DIR [--cache FILE] [--limit N]

``--held-back`` measures junk we did not write (``held_back_main``): for each package of the
lexicon in turn, the lexicon is built without it and its strings are injected into the AEB
truth bodies, as lines, glued onto a paragraph's start or end, as rows of labels, previous/next
pairs and relative times; near-miss sentences we wrote (``cleanroom/lexicon/near_misses.tsv``)
go in too.  Counts junk removed, body paragraphs kept whole (of those that cleaning the body
alone keeps: the truth has junk of its own), near-misses kept.

``--wcxb`` (``wcxb_main``) extracts each WCXB dev page with trafilatura (``favor_recall=True,
include_comments=True``), cleans that text, and counts the truth's ``without`` snippets left and
``with`` snippets lost, against trafilatura's own text.  WCXB: CC-BY-4.0, (c) 2026 Murrough
Foley.

Default mode:
Draws ``--examples`` documents from ``cleanroom.strategies.dirty_documents`` (every category
and language of the junk corpus, which is written apart from the detectors' phrase lists),
cleans each, and prints:

* the share of injected junk pieces removed (a piece counts as removed when none of its
  characters is left in the clean text's place; target >= 99%);
* the body paragraphs lost (a paragraph of the article missing from the clean text;
  target 0);
* a table per category and per language, and the pieces that were missed.

Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import regex
from hypothesis import HealthCheck, given, seed, settings

import cleanroom
from cleanroom.report import Report
from cleanroom.strategies import DirtyDocument, dirty_documents


def removed_mask(report: Report, size: int) -> bytearray:
    """1 for every character of the input that a removal cut."""
    mask = bytearray(size)
    for r in report.removals:
        mask[r.start:r.end] = b"\x01" * (r.end - r.start)
    return mask


def covered(text: str, mask: bytearray, start: int, end: int) -> bool:
    """True if every non-space character of ``text[start:end]`` was cut."""
    return all(mask[i] or text[i].isspace() for i in range(start, end))


class Tally:
    """Pieces injected and removed per category and language, paragraphs kept and lost."""

    def __init__(self) -> None:
        self.injected: Counter[tuple[str, str]] = Counter()
        self.removed: Counter[tuple[str, str]] = Counter()
        self.paragraphs = 0
        self.lost = 0
        self.documents = 0
        self.missed: Counter[str] = Counter()
        self.lost_examples: list[str] = []

    def add(self, doc: DirtyDocument) -> None:
        result = cleanroom.clean(doc.dirty, format="text")
        mask = removed_mask(result.report, len(doc.dirty))
        self.documents += 1
        for piece in doc.injected:
            key = (piece.category, piece.language)
            self.injected[key] += 1
            if covered(doc.dirty, mask, piece.start, piece.end):
                self.removed[key] += 1
            else:
                self.missed[f"{piece.category}/{piece.language}: {piece.text!r}"] += 1
        kept = set(result.text.split("\n"))
        for paragraph in doc.paragraphs:
            self.paragraphs += 1
            if paragraph not in kept:
                self.lost += 1
                if len(self.lost_examples) < 10:
                    self.lost_examples.append(paragraph)

    @property
    def recall(self) -> float:
        total = sum(self.injected.values())
        return sum(self.removed.values()) / total if total else 1.0


def run(examples: int, seed_value: int) -> Tally:
    tally = Tally()

    @seed(seed_value)
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(dirty_documents(max_junk=4))
    def draw(doc: DirtyDocument) -> None:
        tally.add(doc)

    draw()
    return tally


def report(tally: Tally) -> bool:
    def table(index: int) -> None:
        names = sorted({k[index] for k in tally.injected})
        for name in names:
            inj = sum(v for k, v in tally.injected.items() if k[index] == name)
            rem = sum(v for k, v in tally.removed.items() if k[index] == name)
            print(f"  {name:12s} {rem:5d}/{inj:<5d} {rem / inj:7.2%}")

    print(f"documents: {tally.documents}")
    print(f"injected pieces removed: {sum(tally.removed.values())}/"
          f"{sum(tally.injected.values())} = {tally.recall:.2%}  (target >= 99%)")
    print(f"body paragraphs lost: {tally.lost}/{tally.paragraphs}  (target 0)")
    print("by category:")
    table(0)
    print("by language:")
    table(1)
    if tally.missed:
        print("missed pieces (count):")
        for text, count in tally.missed.most_common(60):
            print(f"  {count:4d}  {text}")
    for paragraph in tally.lost_examples:
        print(f"  lost: {paragraph!r}")
    return tally.recall >= 0.99 and tally.lost == 0


# --- junk we did not write: held-back lexicon sources --------------------------------------

def _near_misses() -> list[tuple[str, str]]:
    from importlib import resources
    text = resources.files("cleanroom.lexicon").joinpath("near_misses.tsv").read_text("utf-8")
    return [tuple(line.split("\t", 1)) for line in text.splitlines()[1:] if line]  # type: ignore[misc]


def _detectors_without(package: str) -> tuple[object, ...]:
    """The default detectors, the lexicon's built from every package but ``package``."""
    from cleanroom.detectors import DEFAULT_DETECTORS
    from cleanroom.lexicon import UsesLexicon, compiled

    out: list[object] = []
    lexicon = compiled(frozenset([package]))
    for det in DEFAULT_DETECTORS:
        if isinstance(det, UsesLexicon):
            out.append(type(det)(lexicon))  # type: ignore[call-arg]
        else:
            out.append(det)
    return tuple(out)


def _pieces(rows: list[object], rnd: random.Random) -> list[tuple[str, str, str]]:
    """Junk pieces made of one package's rows: (kind, text, language)."""
    from cleanroom.lexicon import Row

    by_lang: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        assert isinstance(row, Row)
        by_lang.setdefault((row.language, row.match), []).append(row)
    out: list[tuple[str, str, str]] = []

    def number(phrase: str) -> str:
        return phrase.replace("#", str(rnd.randint(2, 59)))

    for (lang, match), group in sorted(by_lang.items()):
        if match in ("line", "sentence"):
            for row in group:
                if "#" in row.phrase and match == "sentence":
                    continue  # a name would stand there: not ours to invent
                out.append(("line", number(row.phrase), lang))
                if match == "sentence":
                    out.append(("glued_start", number(row.phrase), lang))
                    out.append(("glued_end", number(row.phrase), lang))
        elif match == "timestamp":
            out.extend(("line", number(r.phrase), lang)
                       for r in rnd.sample(group, min(3, len(group))))
        elif match in ("label", "home") and len(group) >= 2:
            labels = rnd.sample(group, min(len(group), rnd.randint(2, 4)))
            out.append(("label_line", rnd.choice([" ", " | ", " · "]).join(
                r.phrase for r in labels), lang))
    prev = {r.language: r.phrase for r in rows if isinstance(r, Row) and r.match == "previous"}
    nxt = {r.language: r.phrase for r in rows if isinstance(r, Row) and r.match == "next"}
    for lang in sorted(prev.keys() & nxt.keys()):
        out.append(("prev_next", f"« {prev[lang]} | {nxt[lang]} »", lang))
    return out


def _cut_by(report: Report, dirty: str, text: str) -> str:
    """The detector/rule of every removal that cut into ``text`` (found in ``dirty``)."""
    at = dirty.find(text)
    return ", ".join(sorted({f"{r.detector}/{r.rule}" for r in report.removals
                             if r.start < at + len(text) and r.end > at}))


def _print_kinds(tally: Counter[str]) -> None:
    for key in sorted(k for k in tally if k.startswith("injected ")):
        kind = key.removeprefix("injected ")
        print(f"  {kind:12s} {tally['removed ' + kind]:6d}/{tally[key]:<6d} "
              f"{tally['removed ' + kind] / tally[key]:6.1%}")


def held_back(aeb_dir: Path, package: str, seed_value: int, leave_out: bool = True
              ) -> Counter[str]:
    """Inject ``package``'s strings into AEB truth bodies; clean with the lexicon built
    without it (with it, for ``leave_out=False``: the check that the machinery finds what
    the lexicon has).  Counts per piece kind: injected, removed; paragraphs and near-misses
    kept."""
    import json

    from cleanroom.lexicon import rows

    rnd = random.Random(f"{seed_value}:{package}")
    truths = [v["articleBody"] for _, v in sorted(json.loads(
        (aeb_dir / "ground-truth.json").read_text(encoding="utf-8")).items())]
    pieces = _pieces([r for r in rows() if r.package == package], rnd)
    near = _near_misses()
    detectors = _detectors_without(package if leave_out else "")
    tally: Counter[str] = Counter()
    rnd.shuffle(pieces)
    for start in range(0, len(pieces), 3):
        body = [p for p in rnd.choice(truths).split("\n") if p.strip()]
        if len(body) < 3:
            continue
        paragraphs = list(body)
        glued: dict[int, str] = {}
        inserts: list[tuple[int, str]] = []
        for kind, text, _lang in pieces[start:start + 3]:
            at = rnd.randrange(1, len(paragraphs))
            if kind == "glued_start":
                glued[at] = text + " " + glued.get(at, paragraphs[at])
            elif kind == "glued_end":
                glued[at] = glued.get(at, paragraphs[at]) + " " + text
            else:
                inserts.append((at, text))
        lines = [glued.get(i, p) for i, p in enumerate(paragraphs)]
        nm_lang, nm_text = rnd.choice(near)
        for at, text in sorted(inserts, reverse=True):
            lines.insert(at, text)
        lines.insert(rnd.randrange(0, len(lines)), nm_text)
        dirty = "\n\n".join(lines)
        result = cleanroom.clean(dirty, format="text", detectors=detectors)
        mask = removed_mask(result.report, len(dirty))
        clean_text = result.text
        for kind, text, _lang in pieces[start:start + 3]:
            tally[f"injected {kind}"] += 1
            at = dirty.find(text)
            if at >= 0 and covered(dirty, mask, at, at + len(text)):
                tally[f"removed {kind}"] += 1
            else:
                tally[f"missed: {kind}: {text[:90]!r}"] += 1
        alone = cleanroom.clean("\n\n".join(paragraphs), format="text",
                                detectors=detectors).text
        for paragraph in paragraphs:
            if paragraph not in alone:
                continue  # junk of the truth itself, cut without any injection
            tally["paragraphs"] += 1
            if paragraph in clean_text:
                tally["paragraphs kept"] += 1
            else:
                tally[f"lost ({_cut_by(result.report, dirty, paragraph)}): "
                      f"{paragraph[:70]!r}"] += 1
        tally["near-misses"] += 1
        if nm_text in clean_text:
            tally["near-misses kept"] += 1
        else:
            tally[f"near-miss lost ({nm_lang}, {_cut_by(result.report, dirty, nm_text)}): "
                  f"{nm_text[:70]!r}"] += 1
    return tally


def held_back_main(aeb_dir: Path, seed_value: int) -> int:
    from cleanroom.lexicon import packages

    total: Counter[str] = Counter()
    print(f"{'package left out':32s} {'junk removed':>16s} {'paragraphs kept':>18s} "
          f"{'near-misses kept':>17s}")
    for package in packages():
        t = held_back(aeb_dir, package, seed_value)
        total.update(t)
        inj = sum(v for k, v in t.items() if k.startswith("injected "))
        rem = sum(v for k, v in t.items() if k.startswith("removed "))
        print(f"{package:32s} {rem:6d}/{inj:<6d} {rem / max(inj, 1):6.1%} "
              f"{t['paragraphs kept']:6d}/{t['paragraphs']:<6d} "
              f"{t['paragraphs kept'] / max(t['paragraphs'], 1):7.2%} "
              f"{t['near-misses kept']:4d}/{t['near-misses']:<4d}")
    inj = sum(v for k, v in total.items() if k.startswith("injected "))
    rem = sum(v for k, v in total.items() if k.startswith("removed "))
    kept = total["paragraphs kept"] / max(total["paragraphs"], 1)
    near = total["near-misses kept"] / max(total["near-misses"], 1)
    print(f"{'all':32s} {rem:6d}/{inj:<6d} {rem / max(inj, 1):6.1%} "
          f"{total['paragraphs kept']:6d}/{total['paragraphs']:<6d} {kept:7.2%} "
          f"{total['near-misses kept']:4d}/{total['near-misses']:<4d}")
    print("by kind:")
    _print_kinds(total)
    for key, count in sorted(total.items()):
        if key.startswith(("lost", "near-miss lost")):
            print(f"  {count:3d} {key}")
    missed = [(k, v) for k, v in total.items() if k.startswith("missed")]
    for key, count in missed[:80]:
        print(f"  {count:3d} {key}")
    found = Counter[str]()
    for package in packages():
        found.update(held_back(aeb_dir, package, seed_value, leave_out=False))
    f_inj = sum(v for k, v in found.items() if k.startswith("injected "))
    f_rem = sum(v for k, v in found.items() if k.startswith("removed "))
    print(f"the same pieces with nothing left out of the lexicon: {f_rem}/{f_inj} "
          f"{f_rem / max(f_inj, 1):.1%} removed")
    _print_kinds(found)
    for key, count in [(k, v) for k, v in found.items() if k.startswith("missed")][:40]:
        print(f"  {count:3d} in-lexicon {key}")
    ok = rem / max(inj, 1) >= 0.90 and kept >= 0.995 and near == 1.0
    print(f"targets (junk >= 90%, paragraphs >= 99.5%, near-misses 100%): "
          f"{'met' if ok else 'NOT met'}")
    return 0 if ok else 1


# --- WCXB dev: trafilatura's text, cleaned ---------------------------------------------------

def _norm_words(text: str) -> str:
    return " " + " ".join(regex.findall(r"\w+", text.casefold())) + " "


def wcxb_main(wcxb_dir: Path, cache: Path | None, limit: int | None) -> int:
    import gzip
    import json

    import trafilatura

    from cleanroom.decode import decode

    texts: dict[str, str] = {}
    if cache is not None and cache.exists():
        texts = json.loads(cache.read_text(encoding="utf-8"))
    ids = sorted(p.name.removesuffix(".json") for p in (wcxb_dir / "ground-truth").glob("*.json"))
    if limit:
        ids = ids[:limit]
    for page_id in ids:
        if page_id not in texts:
            html = gzip.decompress((wcxb_dir / "html" / f"{page_id}.html.gz").read_bytes())
            texts[page_id] = trafilatura.extract(decode(html), favor_recall=True,
                                                 include_comments=True) or ""
    if cache is not None:
        cache.write_text(json.dumps(texts), encoding="utf-8")
    counts: Counter[str] = Counter()
    lost: list[str] = []
    for page_id in ids:
        truth = json.loads((wcxb_dir / "ground-truth" / f"{page_id}.json").read_text("utf-8"))
        gt = truth["ground_truth"]
        raw = texts[page_id]
        cleaned = cleanroom.clean(raw, format="text").text if raw.strip() else raw
        raw_n, clean_n = _norm_words(raw), _norm_words(cleaned)
        for snippet in gt.get("without") or []:
            s = _norm_words(snippet)
            if s.strip() and s in raw_n:
                counts["without in trafilatura"] += 1
                if s in clean_n:
                    counts["without left"] += 1
        for snippet in gt.get("with") or []:
            s = _norm_words(snippet)
            if s.strip() and s in raw_n:
                counts["with in trafilatura"] += 1
                if s not in clean_n:
                    counts["with lost"] += 1
                    if len(lost) < 30:
                        lost.append(f"{page_id}: {snippet[:100]!r}")
    w_in, w_left = counts["without in trafilatura"], counts["without left"]
    k_in, k_lost = counts["with in trafilatura"], counts["with lost"]
    print(f"pages: {len(ids)}")
    print(f"`without` snippets in trafilatura's text: {w_in}; left after clean: {w_left} "
          f"({w_left / max(w_in, 1):.1%}; target <= 50%)")
    print(f"`with` snippets in trafilatura's text: {k_in}; lost by clean: {k_lost} "
          f"({k_lost / max(k_in, 1):.2%}; target <= 0.5%)")
    for line in lost:
        print("  lost", line)
    return 0 if w_left <= 0.5 * w_in and k_lost <= 0.005 * k_in else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--held-back", type=Path, metavar="AEB_DIR",
                        help="inject the strings of each lexicon package, left out of the "
                             "lexicon, into the AEB truth bodies")
    parser.add_argument("--wcxb", type=Path, metavar="WCXB_DIR",
                        help="clean trafilatura's text of the WCXB dev pages")
    parser.add_argument("--cache", type=Path, help="--wcxb: keep trafilatura's texts here")
    parser.add_argument("--limit", type=int, help="--wcxb: only the first N pages")
    args = parser.parse_args()
    if args.held_back or args.wcxb:
        if args.held_back:
            return held_back_main(args.held_back, args.seed)
        return wcxb_main(args.wcxb, args.cache, args.limit)
    return 0 if report(run(args.examples, args.seed)) else 1


if __name__ == "__main__":
    sys.exit(main())
