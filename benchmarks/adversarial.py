"""Hostile input shapes: does ``clean()`` stay linear in time and memory?

For each shape, the input is built at n, 2n and 4n repeats and cleaned in a fresh
subprocess, so CPU time and peak memory are that case's alone.  Printed per shape: the
input size, CPU seconds at each size, the ratio per doubling (linear is 2.0), and the peak
memory growth over a warmed-up process at 4n, as a multiple of the input's size.

Bars (issue 14): every ratio per doubling <= 2.5, peak memory growth <= 50x the input.
Times under 50 ms are noise on a shared machine; their ratios are shown but not judged.

    nice python benchmarks/adversarial.py            # every shape
    nice python benchmarks/adversarial.py deep_div   # some shapes
    nice python benchmarks/adversarial.py --scale 2  # each n twice as large
    nice python benchmarks/adversarial.py --idempotence DATA_DIR   # AEB-style html/*.html.gz:
        # count pages where clean(clean(html).text).text != clean(html).text, per option set

Exit status 1 if a bar is missed.
"""

from __future__ import annotations

import argparse
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
    "text_no_spaces": ("x", 500_000, "text: one run without spaces"),
    "text_cr_lines": ("A line of text.\r", 20_000, "text: CR-only line breaks"),
}

_WARM = "<html><body><article><p>" + "Warm up the extractor. " * 30 + "</p></article></body></html>"

_CHILD = """
import json, resource, sys, time
import cleanroom
shape, unit, reps = sys.argv[1], sys.argv[2], int(sys.argv[3])
if shape == "many_attributes":
    data = "<html><body><p" + unit * reps + ">Hello there, a paragraph.</p></body></html>"
elif shape == "long_html_line":
    data = "<html><body><p>" + unit * reps + "</p></body></html>"
elif shape.startswith("text_"):
    data = unit * reps
else:
    data = "<html><body>" + unit * reps + "</body></html>"
fmt = "text" if shape.startswith("text_") else "html"
cleanroom.clean(WARM, format="html")
cleanroom.clean("Warm up.\\nSecond line of text.", format="text")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.process_time()
cleanroom.clean(data, format=fmt)
cpu = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"chars": len(data), "cpu": cpu, "rss_kb": peak - before}))
""".replace("WARM", repr(_WARM))

TIME_RATIO = 2.5
MEMORY_FACTOR = 50
NOISE = 0.05  # seconds


def measure(shape: str, unit: str, reps: int, timeout: float) -> dict[str, float] | None:
    """One case in a fresh interpreter: chars, CPU seconds, peak RSS growth (KB)."""
    try:
        out = subprocess.run([sys.executable, "-c", _CHILD, shape, unit, str(reps)],
                             capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    result: dict[str, float] = json.loads(out.stdout)
    return result


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
    parser.add_argument("--idempotence", metavar="DATA_DIR",
                        help="instead: count pages of DATA_DIR/html/*.html.gz not idempotent")
    args = parser.parse_args(argv)
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
        ratios = [b / a if a > 0 else 0.0 for a, b in zip(cpu, cpu[1:])]
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
    print(f"bars: ratio per doubling <= {TIME_RATIO} (times >= {NOISE} s), "
          f"peak memory growth <= {MEMORY_FACTOR}x input; failed: {', '.join(failed) or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
