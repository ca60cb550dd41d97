"""Hostile input shapes: does ``clean()`` stay linear in time and memory?

For each shape, the input is built at n, 2n and 4n repeats and cleaned in a fresh
subprocess, so CPU time and peak memory are that case's alone.  Printed per shape: the
input size, CPU seconds at each size, the ratio per doubling (linear is 2.0), and the peak
memory growth over a warmed-up process at 4n, as a multiple of the input's size.

Bars (issue 14): every ratio per doubling <= 2.5, peak memory growth <= 50x the input.
Times under 50 ms are noise on a shared machine; their ratios are shown but not judged.
With ``--peer``, each HTML shape is also given to trafilatura alone (``trafilatura.extract``
with cleanroom's settings, on the input as cleanroom's pre-parse guard flattens it: as it
comes, libxml2 gives up on nesting past 255 levels and returns no text, at no cost), in its
own subprocess: the ratios and peak memory of the extractor ``clean()`` calls, which
cleanroom's own cost adds to (peak memory relative to the input as it came).

    nice python benchmarks/adversarial.py            # every shape
    nice python benchmarks/adversarial.py deep_div   # some shapes
    nice python benchmarks/adversarial.py --scale 2  # each n twice as large
    nice python benchmarks/adversarial.py --peer     # trafilatura alone on each HTML shape too
    nice python benchmarks/adversarial.py --idempotence DATA_DIR   # AEB-style html/*.html.gz:
        # count pages where clean(clean(html).text).text != clean(html).text, per option set
    nice python benchmarks/adversarial.py --pages DATA_DIR [--step 10]   # peak memory over
        # the input on real pages (**/*.html.gz), clean() and trafilatura alone

Exit status 1 if a bar is missed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys

# name -> (the repeated unit, n, what it is; "text" shapes are cleaned as text).
SHAPES: dict[str, tuple[str, int, str]] = {
    "nested_lists": ("<ul><li><a href=x>link</a> ", 4000, "unclosed <ul><li> around a link"),
    "unclosed_article": ("<article>word ", 4000, "unclosed <article>"),
    "tag_spans": ("<span><a rel=tag>tag</a> ", 4000, "unclosed <span> around a tag link"),
    "blockquotes": ("<blockquote>word ", 4000, "unclosed <blockquote>"),
    "deep_div": ("<div>", 100_000, "nested <div>, no text"),
    "nested_inline": ("<b><i><span>word ", 4000, "unclosed inline tags"),
    "unclosed_links": ("<a href=x>word ", 10_000, "unclosed <a>"),
    "many_attributes": (" a=x", 100_000, "one <p> tag with n attributes"),
    "many_paragraphs": ("<p>A short paragraph of text here.</p>\n", 5000, "closed <p>s"),
    "long_html_line": ("word ", 50_000, "one <p> of n words"),
    "open_angles": ("<a ", 50_000, "'<a ' with no '>'"),
    "text_long_line": ("word ", 100_000, "text: one line of n words"),
    "text_short_lines": ("Short line.\n", 20_000, "text: n short lines"),
    "text_no_comment": ("No comment\n", 20_000, "text: 'No comment' lines"),
    "text_share_no_comment": ("Share\nNo comment\n", 20_000, "text: two junk lines by turns"),
    "text_no_spaces": ("x", 500_000, "text: one run without spaces"),
    "text_cr_lines": ("A line of text.\r", 20_000, "text: CR-only line breaks"),
    "text_comment_counts": ("2 comments\nThe committee met again and agreed to publish it all.\n",
                            4000, "text: a comment count over every paragraph"),
}

_WARM = "<html><body><article><p>" + "Warm up the extractor. " * 30 + "</p></article></body></html>"

_CHILD = """
import json, resource, sys, time
import cleanroom
shape, unit, reps, peer = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "peer"
if shape == "page":  # a real page: unit is the path of a .html.gz file
    import gzip
    from cleanroom.decode import decode
    data = decode(gzip.decompress(open(unit, "rb").read()))
elif shape == "many_attributes":
    data = "<html><body><p" + unit * reps + ">Hello there, a paragraph.</p></body></html>"
elif shape == "long_html_line":
    data = "<html><body><p>" + unit * reps + "</p></body></html>"
elif shape.startswith("text_"):
    data = unit * reps
else:
    data = "<html><body>" + unit * reps + "</body></html>"
fmt = "text" if shape.startswith("text_") else "html"
chars = len(data)
if peer and shape == "page":
    import trafilatura
    from cleanroom.document.from_html import _EXTRACT_SETTINGS
    run = lambda page: trafilatura.extract(page, **_EXTRACT_SETTINGS)
elif peer:
    import trafilatura
    from cleanroom.document.from_html import _EXTRACT_SETTINGS
    from cleanroom.document.html_guard import flatten
    data = flatten(data)  # unflattened, libxml2 gives up past 255 levels: no text, no cost
    run = lambda page: trafilatura.extract(page, **_EXTRACT_SETTINGS)
else:
    run = lambda page: cleanroom.clean(page, format=fmt)
# The same warm-up for both, in this order (the baseline the bars were set on).
cleanroom.clean(WARM, format="html")
cleanroom.clean("Warm up.\\nSecond line of text.", format="text")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.process_time()
run(data)
cpu = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"chars": chars, "cpu": cpu, "rss_kb": peak - before}))
""".replace("WARM", repr(_WARM))

TIME_RATIO = 2.5
MEMORY_FACTOR = 50
NOISE = 0.05  # seconds


def measure(shape: str, unit: str, reps: int, timeout: float,
            peer: bool = False) -> dict[str, float] | None:
    """One case in a fresh interpreter: chars, CPU seconds, peak RSS growth (KB); of
    ``clean()``, or with ``peer`` of trafilatura alone."""
    try:
        out = subprocess.run([sys.executable, "-c", _CHILD, shape, unit, str(reps),
                              "peer" if peer else "clean"],
                             capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    result: dict[str, float] = json.loads(out.stdout)
    return result


def _ratios(cpu: list[float]) -> list[float]:
    """CPU time per doubling: each time over the one before."""
    return [b / a if a > 0 else 0.0 for a, b in itertools.pairwise(cpu)]


def real_pages(data_dir: str, step: int, timeout: float) -> None:
    """Peak memory growth over the input, on every ``step``-th page of ``DATA_DIR``
    (``**/*.html.gz``), of ``clean()`` and of trafilatura alone, each page in a fresh
    subprocess after the same warm-up: the bar's measure on pages a reader reads."""
    from pathlib import Path

    pages = sorted(Path(data_dir).glob("**/*.html.gz"))[::step]
    for who, peer in (("clean", False), ("trafilatura alone", True)):
        runs = [measure("page", str(path), 1, timeout, peer=peer) for path in pages]
        growth = sorted(r["rss_kb"] * 1024 / r["chars"] for r in runs if r)
        if not growth:
            continue
        print(f"{who:<18} pages {len(growth)}  peak/input median {growth[len(growth) // 2]:.1f}x  "
              f"p90 {growth[int(0.9 * len(growth))]:.1f}x  max {growth[-1]:.1f}x  "
              f"over {MEMORY_FACTOR}x: {sum(g > MEMORY_FACTOR for g in growth)}")


def idempotence(data_dir: str) -> None:
    """Pages of ``DATA_DIR/html/*.html.gz`` whose clean text cleans differently again."""
    import gzip
    from pathlib import Path

    import cleanroom
    from cleanroom.document.sniff import looks_like_html

    pages = sorted(Path(data_dir, "html").glob("*.html.gz"))
    for options in ({}, {"headline": False}, {"strict": True}):
        changed = []
        for path in pages:
            once = cleanroom.clean(gzip.decompress(path.read_bytes()), **options).text
            if cleanroom.clean(once, **options).text != once:
                changed.append(f"{path.name[:8]}{' (sniffed html)' if looks_like_html(once) else ''}")
        print(f"options {options}: {len(changed)} of {len(pages)} not idempotent: "
              f"{', '.join(changed)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shapes", nargs="*", help=f"among: {', '.join(SHAPES)}")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per case")
    parser.add_argument("--peer", action="store_true",
                        help="also run trafilatura alone on each HTML shape")
    parser.add_argument("--idempotence", metavar="DATA_DIR",
                        help="instead: count pages of DATA_DIR/html/*.html.gz not idempotent")
    parser.add_argument("--pages", metavar="DATA_DIR",
                        help="instead: peak memory on real pages (DATA_DIR/**/*.html.gz)")
    parser.add_argument("--step", type=int, default=10, help="with --pages: every step-th page")
    args = parser.parse_args(argv)
    if args.pages:
        real_pages(args.pages, args.step, args.timeout)
        return 0
    if args.idempotence:
        idempotence(args.idempotence)
        return 0
    chosen = args.shapes or list(SHAPES)
    failed = []
    print(f"{'shape':<18} {'chars at 4n':>11} {'cpu n':>7} {'cpu 2n':>7} {'cpu 4n':>7} "
          f"{'ratios':>11} {'peak/input':>10}  verdict")
    for shape in chosen:
        unit, n, _what = SHAPES[shape]
        n = max(1, int(n * args.scale))
        runs = [measure(shape, unit, n * k, args.timeout) for k in (1, 2, 4)]
        if any(r is None for r in runs):
            done = [f"{r['cpu']:7.2f}" if r else "timeout" for r in runs]
            print(f"{shape:<18} {'':>11} {' '.join(done)}  FAIL (timeout {args.timeout:.0f} s)")
            failed.append(shape)
            continue
        cpu = [r["cpu"] for r in runs if r]
        ratios = _ratios(cpu)
        # Judged at 4n, where the input dwarfs the allocator's noise.
        memory = runs[-1]["rss_kb"] * 1024 / runs[-1]["chars"] if runs[-1] else 0.0
        judged = [ratio for ratio, a in zip(ratios, cpu) if a >= NOISE]
        ok = all(ratio <= TIME_RATIO for ratio in judged) and memory <= MEMORY_FACTOR
        if not ok:
            failed.append(shape)
        chars = int(runs[-1]["chars"]) if runs[-1] else 0
        print(f"{shape:<18} {chars:>11,} {cpu[0]:7.2f} {cpu[1]:7.2f} {cpu[2]:7.2f} "
              f"{' '.join(f'{r:5.2f}' for r in ratios):>11} {memory:9.1f}x  "
              f"{'ok' if ok else 'FAIL'}")
        if args.peer and not shape.startswith("text_"):
            alone = [measure(shape, unit, n * k, args.timeout, peer=True) for k in (1, 2, 4)]
            if all(alone):
                cpu = [r["cpu"] for r in alone if r]
                ratios = _ratios(cpu)
                last = alone[-1] or {"rss_kb": 0.0, "chars": 1.0}
                print(f"{'  trafilatura alone':<30} {cpu[0]:7.2f} {cpu[1]:7.2f} {cpu[2]:7.2f} "
                      f"{' '.join(f'{r:5.2f}' for r in ratios):>11} "
                      f"{last['rss_kb'] * 1024 / last['chars']:9.1f}x")
    print(f"bars: ratio per doubling <= {TIME_RATIO} (times >= {NOISE} s), "
          f"peak memory growth <= {MEMORY_FACTOR}x input; failed: {', '.join(failed) or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
