"""Score cleanroom and its peers on the article extraction benchmark (AEB).

    python benchmarks/aeb.py DATA_DIR [--only NAME ...] [--repeat N] [--json OUT] [--worst N]

Needs ``pip install -e '.[bench]'`` (readability-lxml, the peer it is compared with) on top
of the README's install; without it the script says so and stops.

``DATA_DIR`` holds ``html/<id>.html.gz`` and ``ground-truth.json`` (see its README).  Every
system runs on the same pages in the same process, and one table is printed: F1, precision,
recall, empty outputs and pages/s.

The metric is the benchmark's own, implemented here from its description: texts are
tokenised as ``\\w+`` runs; overlapping 4-token shingles are counted as multisets (1-3 tokens
make one shorter shingle); per document tp/fp/fn are normalised by their sum; precision is
averaged over documents with a non-empty prediction, recall over documents with a non-empty
truth; F1 comes from the two means.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

_TOKEN = regex.compile(r"\w+")
_N = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """4-token shingles of ``text`` as a multiset.

    >>> sorted(shingles("a b c d e").values()), len(shingles("one two")), len(shingles(""))
    ([1, 1], 1, 0)
    """
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < _N:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + _N]) for i in range(len(tokens) - _N + 1))


def doc_counts(pred: str, truth: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one document, normalised by their sum; (0, 0, 0) if both are empty."""
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


@dataclass(frozen=True)
class Score:
    f1: float
    precision: float
    recall: float
    empty: int
    accuracy: float
    f1_sd: float = 0.0


def _f1_of(docs: list[tuple[float | None, float | None]]) -> float:
    ps = [p for p, _ in docs if p is not None]
    rs = [r for _, r in docs if r is not None]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score(preds: dict[str, str], truths: dict[str, str], bootstrap: int = 200) -> Score:
    """The benchmark's scores of ``preds`` against ``truths`` (both keyed by page id), with
    the standard deviation of F1 over ``bootstrap`` resamples of the pages (fixed seed)."""
    docs: list[tuple[float | None, float | None]] = []
    empty = exact = 0
    for key, truth in truths.items():
        pred = preds.get(key, "")
        tp, fp, fn = doc_counts(pred, truth)
        empty += tp + fp == 0
        docs.append((tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None))
        exact += _TOKEN.findall(pred) == _TOKEN.findall(truth)
    ps = [p for p, _ in docs if p is not None]
    rs = [r for _, r in docs if r is not None]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    rng = random.Random(0)
    samples = [_f1_of(rng.choices(docs, k=len(docs))) for _ in range(bootstrap)] if docs else []
    sd = statistics.pstdev(samples) if len(samples) > 1 else 0.0
    return Score(_f1_of(docs), p, r, empty, exact / len(truths) if truths else 0.0, sd)


def load(data_dir: Path) -> tuple[dict[str, bytes], dict[str, str]]:
    """Raw HTML bytes and ground-truth bodies, keyed by page id."""
    truth_data = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages: dict[str, bytes] = {}
    truths: dict[str, str] = {}
    for key in sorted(truth_data):
        path = data_dir / "html" / f"{key}.html.gz"
        pages[key] = gzip.decompress(path.read_bytes())
        truths[key] = truth_data[key]["articleBody"]
    return pages, truths


def _systems(memo: bool = False) -> dict[str, Callable[[bytes], str]]:
    """Every system by name.  With ``memo`` the two clean(trafilatura text) systems share
    one extraction per page (for callers that score and do not time them)."""
    import functools

    import trafilatura
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    from cleanroom import clean
    from cleanroom.decode import decode

    def traf(**kw: object) -> Callable[[bytes], str]:
        def run(page: bytes) -> str:
            return trafilatura.extract(decode(page), deduplicate=False, **kw) or ""  # type: ignore[arg-type]
        return run

    def readability(page: bytes) -> str:
        from readability import Document as Readability  # only [bench] installs it

        summary = Readability(decode(page)).summary(html_partial=True)
        body = HTMLParser(summary).body
        return body.text(separator="\n") if body is not None else ""

    extract = traf()
    if memo:
        extract = functools.cache(extract)

    def clean_traf_text(**kw: object) -> Callable[[bytes], str]:
        def run(page: bytes) -> str:
            return clean(extract(page), format="text", **kw).text
        return run

    return {
        "cleanroom clean(html)": lambda page: clean(page, format="html").text,
        "cleanroom clean(trafilatura text)": clean_traf_text(),
        "cleanroom clean(trafilatura text, headline=False)": clean_traf_text(headline=False),
        "trafilatura defaults": traf(),
        "trafilatura comments off": traf(include_comments=False),
        "trafilatura favor_precision, no comments": traf(favor_precision=True,
                                                           include_comments=False),
        READABILITY: readability,
    }


READABILITY = "readability-lxml"


def run_system(fn: Callable[[bytes], str], pages: dict[str, bytes], repeat: int = 1
               ) -> tuple[dict[str, str], float]:
    """Outputs keyed by page id, and pages/s: wall time of the calls only, the best of
    ``repeat`` passes (the machine is shared: the fastest pass is the least disturbed)."""
    out: dict[str, str] = {}
    best = float("inf")
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        for key, page in pages.items():
            out[key] = fn(page)
        best = min(best, time.perf_counter() - t0)
    return out, len(pages) / best if best else float("inf")


def table(rows: Iterable[tuple[str, Score, float]], n_pages: int) -> str:
    lines = [f"AEB: {n_pages} pages",
             (f"| {'system':<50} | {'F1':>6} | {'± sd':>6} | {'P':>6} | {'R':>6} | "
              f"{'empty':>5} | {'exact':>5} | {'pages/s':>7} |"),
             "|" + "|".join("-" * w for w in (52, 8, 8, 8, 8, 7, 7, 9)) + "|"]
    for name, s, speed in rows:
        lines.append(f"| {name:<50} | {s.f1:.4f} | {s.f1_sd:.4f} | {s.precision:.4f} | "
                     f"{s.recall:.4f} | "
                     f"{s.empty:>5} | {s.accuracy:>5.3f} | {speed:>7.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--only", nargs="*", help="run only systems whose name contains this")
    parser.add_argument("--json", type=Path, help="write the scores here as JSON")
    parser.add_argument("--repeat", type=int, default=3,
                        help="passes per system; pages/s is the best pass (default 3)")
    parser.add_argument("--worst", type=int, default=0,
                        help="list the N pages where clean(html) has the lowest F1")
    args = parser.parse_args(argv)
    systems = _systems()
    if args.only:
        systems = {k: v for k, v in systems.items() if any(o in k for o in args.only)}
    if READABILITY in systems and importlib.util.find_spec("readability") is None:
        print(f"benchmarks/aeb.py compares cleanroom with {READABILITY}, which is not "
              "installed: run  pip install -e '.[bench]'  (or pass --only cleanroom "
              "trafilatura to leave it out)", file=sys.stderr)
        return 2
    pages, truths = load(args.data_dir)
    rows = []
    outputs: dict[str, dict[str, str]] = {}
    for name, fn in systems.items():
        preds, speed = run_system(fn, pages, args.repeat)
        outputs[name] = preds
        rows.append((name, score(preds, truths), speed))
    print(table(rows, len(pages)))
    extracted = outputs.get("trafilatura defaults")
    if extracted is not None:
        from cleanroom import clean

        texts = {k: v.encode("utf-8") for k, v in extracted.items()}
        _, speed = run_system(lambda t: clean(t, format="text").text, texts, args.repeat)
        traf_speed = next(v for n, _, v in rows if n == "trafilatura defaults")
        print(f"text cleaning alone on trafilatura's output: {speed:.0f} pages/s, "
              f"{100 * traf_speed / speed:.1f}% of trafilatura's extraction time")
    if args.json:
        args.json.write_text(json.dumps({n: vars(s) | {"pages_per_s": v} for n, s, v in rows},
                                        indent=2) + "\n", encoding="utf-8")
    if args.worst:
        first = next(iter(outputs.values()))
        worst = sorted(truths, key=lambda k: _f1(doc_counts(first[k], truths[k])))
        for key in worst[:args.worst]:
            tp, fp, fn = doc_counts(first[key], truths[key])
            print(f"{key[:12]} f1={_f1((tp, fp, fn)):.3f} fp={fp:.3f} fn={fn:.3f}",
                  file=sys.stderr)
    return 0


def _f1(counts: tuple[float, float, float]) -> float:
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    sys.exit(main())
