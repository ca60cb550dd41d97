"""Text-path throughput and linear cost of cleanroom.clean().

Usage:  python benchmarks/text_speed.py [--mb 8] [--repeat 3]
        python benchmarks/text_speed.py --html DIR [--repeat 3]

Generates article-like text (sentences of random words from the strategies' corpus, junk in
one page of five), cleans it page by page and as one big text, prints MB/s, and checks that doubling
the input about doubles the time (ratio printed; 1.6-2.4 is linear).  It also times the
pathological inputs of the core issue: one 5 MB paragraph, 50,000 short lines, a 1 MB line
of repeated punctuation.  Pass a directory of .txt files with --data to time real text.

``--html DIR`` times real dirty text instead: trafilatura's own text of every page under DIR
(``*.html``, ``*.html.gz``; ``favor_recall=True, include_comments=True``, extracted once per
run), cleaned with ``clean(text, format="text")``, against trafilatura's extraction of the same
pages and datatrove's C4 line filter (``C4QualityFilter`` with its nltk/spaCy sentence count
off: the line logic only) on the same text, in the same process, in turns.  It prints MB/s of
each (of the extracted text), and clean(text) as a share of the extraction time.  Times are
CPU times of the process (``time.process_time``): one core's work, whatever else the machine
runs.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cleanroom
from cleanroom._junk_corpus import BODY, HEADLINES, JUNK


def pages(total_bytes: int, seed: int = 7) -> list[str]:
    """Article pages of 3-12 paragraphs; every fifth page carries a piece of junk."""
    rnd = random.Random(seed)
    out: list[str] = []
    size = 0
    words = sorted({w for s in BODY["en"] for w in s.rstrip(".").split()})
    samples = [s for cat in sorted(JUNK) for lang in sorted(JUNK[cat]) for s in JUNK[cat][lang]]

    def sentence() -> str:
        return " ".join(rnd.choices(words, k=rnd.randint(8, 24))).capitalize() + "."

    while size < total_bytes:
        paras = [" ".join(sentence() for _ in range(rnd.randint(1, 5)))
                 for _ in range(rnd.randint(3, 12))]
        lines = [rnd.choice(HEADLINES["en"])] + paras
        if len(out) % 5 == 0:
            sample = rnd.choice(samples)
            lines = (list(sample.lines) + lines) if sample.where == "top" \
                else lines + list(sample.lines)
        page = "\n".join(lines)
        out.append(page)
        size += len(page.encode())
    return out


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The least CPU time of ``repeat`` runs of ``fn`` (CPU time of this process: on a shared
    machine, wall time also counts the waits for a core)."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def mb(texts: list[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


def html_pages(root: Path) -> list[str]:
    """The HTML of every page under ``root`` (gzip or not), in path order."""
    import gzip

    out = []
    for path in sorted(root.rglob("*.htm*")):
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        out.append(raw.decode("utf-8", errors="replace"))
    return out


def trafilatura_mode(root: Path, repeat: int) -> None:
    """clean(text) on trafilatura's text of real pages, against the extraction and C4."""
    import trafilatura
    from datatrove.data import Document as TroveDocument
    from datatrove.pipeline.filters import C4QualityFilter

    htmls = html_pages(root)

    def extract() -> list[str]:
        return [trafilatura.extract(h, favor_recall=True, include_comments=True) or ""
                for h in htmls]

    t0 = time.process_time()
    texts = extract()  # the text of the run, extracted once and reused
    t_extract = time.process_time() - t0
    size = mb(texts)
    c4 = C4QualityFilter(min_num_sentences=-1)

    def run_c4() -> None:
        for i, t in enumerate(texts):
            c4.filter(TroveDocument(text=t, id=str(i)))

    def run_clean() -> None:
        for t in texts:
            cleanroom.clean(t, format="text")

    run_clean()  # warm: the pipeline is compiled once per process
    # In turns, so that a change in the machine's load weighs on both alike.
    t_clean, t_c4 = float("inf"), float("inf")
    for _ in range(repeat):
        t_clean = min(t_clean, best_of(1, run_clean))
        t_c4 = min(t_c4, best_of(1, run_c4))
    print(f"pages: {len(htmls)}, HTML {mb(htmls):.1f} MB, extracted text {size:.2f} MB")
    print(f"trafilatura extract: {size / t_extract:.2f} MB/s of text ({t_extract:.2f} s)")
    print(f"C4 line filter:      {size / t_c4:.1f} MB/s ({t_c4 * 1000:.0f} ms)")
    print(f"cleanroom clean:     {size / t_clean:.1f} MB/s ({t_clean * 1000:.0f} ms)")
    print(f"clean / C4 time: x{t_clean / t_c4:.2f}; "
          f"clean / extraction time: {100 * t_clean / t_extract:.1f} %")


_MEMORY = """
import resource, sys
sys.path.insert(0, {root!r})
import cleanroom
cleanroom.clean("Warm up.\\nComments")
text = {text!r} * {times}
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
cleanroom.clean(text)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((peak - base) * 1024 / len(text.encode()))
"""


def peak_memory(text: str, times: int) -> float:
    """Peak RSS of one clean of ``text * times`` above the process's baseline (input and
    warm-up included), as a multiple of the input's size; in a fresh process."""
    import subprocess

    root = str(Path(__file__).resolve().parent.parent)
    code = _MEMORY.format(root=root, text=text, times=times)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return float(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=8.0, help="size of the generated input")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, help="a directory of .txt files to time instead")
    parser.add_argument("--html", type=Path,
                        help="a directory of HTML pages: time clean() on trafilatura's text")
    args = parser.parse_args()
    if args.html:
        trafilatura_mode(args.html, args.repeat)
        return

    if args.data:
        docs = [p.read_text(encoding="utf-8", errors="replace")
                for p in sorted(args.data.rglob("*.txt"))]
    else:
        docs = pages(int(args.mb * 1e6))
    half = docs[: len(docs) // 2]
    cleanroom.clean(docs[0])  # warm: the pipeline is compiled once per process
    t_half = best_of(args.repeat, lambda: [cleanroom.clean(d) for d in half])
    t_all = best_of(args.repeat, lambda: [cleanroom.clean(d) for d in docs])
    print(f"pages: {len(docs)}, {mb(docs):.1f} MB")
    print(f"page by page: {mb(docs) / t_all:.1f} MB/s  ({len(docs) / t_all:,.0f} pages/s)")
    print(f"doubling the input: x{t_all / t_half:.2f} time (2.0 is linear)")

    big = "\n".join(docs)
    big_half = "\n".join(half)
    t_big_half = best_of(args.repeat, lambda: cleanroom.clean(big_half))
    t_big = best_of(args.repeat, lambda: cleanroom.clean(big))
    print(f"one big text: {mb([big]) / t_big:.1f} MB/s; doubling it: x{t_big / t_big_half:.2f}")

    para = " ".join(docs)[:5_000_000].replace("\n", " ")
    cases = {
        "one 5 MB paragraph": para,
        "50,000 short lines": "\n".join(f"Line {i} of a list" for i in range(50_000)),
        "1 MB line of punctuation": "!?.,;:-" * 150_000,
        "50,000 'No comment' lines": "No comment\n" * 50_000,
    }
    for name, text in cases.items():
        half_text = text[: len(text) // 2]
        t1 = best_of(1, functools.partial(cleanroom.clean, half_text))
        t2 = best_of(1, functools.partial(cleanroom.clean, text))
        print(f"{name}: {mb([text]) / t2:.1f} MB/s; doubling: x{t2 / max(t1, 1e-9):.2f}")
    for line, times in (("No comment\n", 400_000), ("Line of a list, not junk\n", 200_000)):
        print(f"peak memory, {line.strip()!r} x {times:,}: "
              f"x{peak_memory(line, times):.0f} the input (goal: 50)")


if __name__ == "__main__":
    main()
