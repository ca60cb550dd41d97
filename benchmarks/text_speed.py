"""Text-path throughput and linear cost of cleanroom.clean().

Usage:  python benchmarks/text_speed.py [--mb 8] [--repeat 3]

Generates article-like text (sentences of random words from the strategies' corpus, junk in
one page of five), cleans it page by page and as one big text, prints MB/s, and checks that doubling
the input about doubles the time (ratio printed; 1.6-2.4 is linear).  It also times the
pathological inputs of the core issue: one 5 MB paragraph, 50,000 short lines, a 1 MB line
of repeated punctuation.  Pass a directory of .txt files with --data to time real text.
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
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def mb(texts: list[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=8.0, help="size of the generated input")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, help="a directory of .txt files to time instead")
    args = parser.parse_args()

    if args.data:
        docs = [p.read_text(encoding="utf-8", errors="replace")
                for p in sorted(args.data.rglob("*.txt"))]
    else:
        docs = pages(int(args.mb * 1e6))
    half = docs[: len(docs) // 2]
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


if __name__ == "__main__":
    main()
