"""Write the common words of ordinary prose per language, for the vocabulary of the lexicon.

Usage:  python tools/lexicon/common_words.py [--out cleanroom/lexicon/common_words.tsv]

``cleanroom.lexicon.vocabulary`` scores a short line by the words it shares with one
category's catalog rows; the words every text uses (``this``, ``what``, ``your``) say nothing
either way and are skipped.  They are the ``TOP`` most frequent words of each language that
the ``wordfreq`` package (pinned below; build time only, never a runtime dependency) knows,
taken from its ``best`` word lists.  wordfreq's code is Apache-2.0, its data CC-BY-SA-4.0
(Robyn Speer, from Wikipedia, subtitles, news, books, web text and more): the file says so.
"""

from __future__ import annotations

import argparse
from pathlib import Path

WORDFREQ = "3.1.1"
TOP = 300
ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    import wordfreq  # build time only: pip install wordfreq==3.1.1

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "cleanroom/lexicon/common_words.tsv")
    args = parser.parse_args()
    lines = [(f"# the {TOP} most frequent words per language, from wordfreq {WORDFREQ} "
              "(code Apache-2.0, data CC-BY-SA-4.0, Robyn Speer)"),
             "language\twords"]
    for lang in sorted(wordfreq.available_languages(wordlist="best")):
        words = sorted(set(wordfreq.top_n_list(lang, TOP, wordlist="best")))
        lines.append(f"{lang}\t{' '.join(w for w in words if w.strip())}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(lines) - 2} languages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
