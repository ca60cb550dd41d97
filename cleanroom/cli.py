"""The ``cleanroom`` command (also ``python -m cleanroom``): argparse only, flags -> batch.

Subcommands::

    cleanroom clean INPUT... [-o DIR]   clean files, directories, JSONL and WARC dumps
    cleanroom show FILE [-o PAGE.html]  an HTML page showing what was removed and why
    cleanroom templates learn INPUT... -o FILE
                                        learn each site's template paragraphs (docs/templates.md)

``cleanroom INPUT...`` (no subcommand) means ``cleanroom clean INPUT...``.

Exit codes (also in docs/cli.md):

    0    every record was cleaned (or skipped as not text)
    1    the run could not finish (an output file could not be written)
    2    unusable arguments or inputs (unknown flag, missing path, unknown file type)
    3    the run finished, but some records are error records
    130  interrupted (Ctrl-C or SIGTERM); finished files are complete, rerun with --resume

A new subcommand is one ``_add_<name>`` function and one entry in ``_COMMANDS``.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleanroom.batch.records import Settings
    from cleanroom.options import Options
    from cleanroom.templates import TemplateSet

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_RECORD_ERRORS = 3
EXIT_INTERRUPTED = 130


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def _cores() -> int:
    """The cores this process may use (a container's share, not the host's count)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _seconds(value: str) -> float | None:
    n = float(value)
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more, not {value}")
    return n or None


def _add_content_keys(p: argparse.ArgumentParser) -> None:
    p.add_argument("--text-key", default="text", metavar="KEY",
                   help="JSONL field holding text (default: text)")
    p.add_argument("--html-key", default="html", metavar="KEY",
                   help="JSONL field holding HTML, used when the text field is absent "
                        "(default: html)")


def _add_cleaning_options(p: argparse.ArgumentParser) -> None:
    """The flags that say how to clean, shared by every subcommand that cleans."""
    p.add_argument("--format", choices=("auto", "text", "html"), default=None,
                   help="treat every record as text or HTML (default: by file type or field)")
    p.add_argument("--strict", action="store_true",
                   help="also remove what detectors are less sure of (held back by default)")
    p.add_argument("--categories", metavar="LIST",
                   help="comma-separated categories to remove (default: all)")
    p.add_argument("--headline", choices=("keep", "drop"), default=None,
                   help="keep: put an HTML page's headline first; drop: also cut a "
                        "headline-shaped first line of text (default: as the input has it)")
    _add_content_keys(p)
    p.add_argument("--id-key", default="id", metavar="KEY",
                   help="JSONL field holding the record id; a.b reaches a nested field "
                        "(default: id)")
    p.add_argument("--url-key", default="url", metavar="KEY",
                   help="JSONL field holding the page URL; a.b reaches a nested field "
                        "(e.g. metadata.url; default: url)")
    p.add_argument("--templates", type=Path, metavar="FILE",
                   help="also remove each site's template paragraphs learned into FILE by "
                        "`cleanroom templates learn` (records are matched by their url)")


def _add_clean(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("clean", help="clean files, directories, JSONL and WARC dumps",
                       description="Clean .txt/.html files, JSONL and WARC (each plain, .gz or "
                       ".zst); one output record per input record.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files or directories; - reads standard input")
    p.add_argument("-o", "--output", metavar="DIR", type=Path,
                   help="write one JSONL file per input file here (default: stdout)")
    p.add_argument("-j", "--jobs", type=_positive_int, default=_cores(),
                   help="worker processes (default: all cores)")
    p.add_argument("--report", choices=("inline", "sidecar", "none"), default="inline",
                   help="the report under the cleanroom key (inline), in NAME.report.jsonl "
                        "beside each output (sidecar), or not at all (none)")
    p.add_argument("--layout", choices=("cleanroom", "datatrove"), default="cleanroom",
                   help="cleanroom (default): each record as it came, with a cleanroom key "
                        "added; datatrove: {text, id, metadata} as datatrove reads and writes")
    p.add_argument("--replace-text", action="store_true",
                   help="put the clean text in the text field (JSONL) or a top-level text "
                        "field (files, WARC) instead of under cleanroom")
    p.add_argument("--timeout", type=_seconds, default=60.0, metavar="SECONDS",
                   help="give up on a record after this long, as an error record "
                        "(default: 60; 0: no limit)")
    p.add_argument("--resume", action="store_true",
                   help="skip input files whose output is already complete in --output")
    p.add_argument("--summary", type=Path, metavar="FILE",
                   help="write the summary JSON here (default: DIR/summary.json)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar and no summary on stderr")
    p.add_argument("-v", "--verbose", action="count", default=0,
                   help="log what the run does on stderr (-vv: more)")
    _add_cleaning_options(p)
    p.add_argument("--learn-templates", action="store_true",
                   help="first learn site templates from the inputs (a first pass), then "
                        "clean with them; thresholds as in `cleanroom templates learn`")
    _add_threshold_flags(p)
    p.set_defaults(run=_run_clean)


def _add_show(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("show", help="write an HTML page showing what was removed and why",
                       description="Clean one document and write a self-contained HTML page: "
                       "the original with every removal highlighted by category, the rule "
                       "and reason on hover.")
    p.add_argument("file", metavar="FILE", type=Path,
                   help="a .txt/.html file, or a JSONL/WARC file (see --record)")
    p.add_argument("-o", "--output", metavar="PAGE", type=Path,
                   help="where to write the page (default: FILE's name + .cleanroom.html)")
    p.add_argument("--record", type=_positive_int, default=1, metavar="N",
                   help="which record of a JSONL or WARC file to show (default: 1)")
    _add_cleaning_options(p)
    p.set_defaults(run=_run_show)


def _share(value: str) -> float:
    x = float(value)
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return x


def _min_docs(value: str) -> int:
    n = int(value)
    if n < 2:
        raise argparse.ArgumentTypeError(f"must be at least 2, not {n}")
    return n


def _add_threshold_flags(p: argparse.ArgumentParser) -> None:
    """``--min-docs``, ``--min-share``, ``--fold-digits``: shared by learn and clean."""
    from cleanroom.batch import templates

    p.add_argument("--min-docs", type=_min_docs, default=templates.DEFAULT_MIN_DOCS,
                   metavar="K",
                   help="a template paragraph is on at least K pages of its site "
                        f"(default: {templates.DEFAULT_MIN_DOCS})")
    p.add_argument("--min-share", type=_share, default=templates.DEFAULT_MIN_SHARE,
                   metavar="S",
                   help="... and on at least this share of the site's pages "
                        f"(default: {templates.DEFAULT_MIN_SHARE})")
    p.add_argument("--fold-digits", action="store_true",
                   help="count paragraphs that differ only in numbers as one (off: it merges "
                        "real paragraphs such as prices and scores)")


def _add_templates(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``cleanroom templates learn INPUT... -o FILE``."""
    p = sub.add_parser("templates", help="learn each site's boilerplate from a dump",
                       description="Learn template paragraphs (footers, promos, notices a site "
                       "repeats on many pages) from a dump; clean with --templates FILE.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    learn = actions.add_parser("learn", help="count paragraphs per site and save the templates")
    learn.add_argument("inputs", nargs="+", metavar="INPUT", help="files or directories")
    learn.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                       help="where to save the templates (JSON; gzip if FILE ends in .gz)")
    _add_content_keys(learn)
    learn.add_argument("--url-key", default="url", metavar="KEY",
                       help="JSONL field holding the page URL (default: url)")
    learn.add_argument("--format", choices=("auto", "text", "html"), default=None,
                       help="treat every record as text or HTML (default: by file type or "
                            "field), as `clean --format` does")
    learn.add_argument("-q", "--quiet", action="store_true",
                       help="do not print what was learned on stderr")
    _add_threshold_flags(learn)
    learn.set_defaults(run=_run_learn)


def _run_learn(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from cleanroom.batch.templates import learn_from_args

    learn_from_args(args).save(args.output)
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = {
    "clean": _add_clean,
    "show": _add_show,
    "templates": _add_templates,
}


def build_parser() -> argparse.ArgumentParser:
    from cleanroom import __version__

    parser = argparse.ArgumentParser(
        prog="cleanroom", description="Strip the junk scraped web pages carry, and report "
        "what was removed and why. `cleanroom INPUT...` is short for `cleanroom clean INPUT...`.",
        epilog="exit codes: 0 all clean, 1 run failed, 2 unusable arguments, 3 some error "
        "records, 130 interrupted")
    parser.add_argument("--version", action="version", version=f"cleanroom {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in _COMMANDS.values():
        add(sub)
    return parser


def _options(args: argparse.Namespace) -> Options:
    from cleanroom.options import Options

    categories = None
    if args.categories:
        categories = frozenset(c.strip() for c in args.categories.split(",") if c.strip())
    headline = {"keep": True, "drop": False}.get(args.headline or "")
    return Options(strict=args.strict, templates=_templates(args),
                   categories=categories, headline=headline)


def _templates(args: argparse.Namespace) -> TemplateSet | None:
    """The TemplateSet of ``--templates FILE``, or learned first for ``--learn-templates``."""
    from cleanroom.batch.templates import learn_from_args, load_templates
    from cleanroom.errors import UsageError

    if getattr(args, "learn_templates", False):
        if args.templates is not None:
            raise UsageError("use either --templates FILE or --learn-templates, not both")
        return learn_from_args(args)
    if args.templates is None:
        return None
    return load_templates(args.templates)


def _settings(args: argparse.Namespace) -> Settings:
    from cleanroom.batch.records import Settings
    from cleanroom.batch.sources import Keys

    return Settings(options=_options(args), keys=Keys(text=args.text_key, html=args.html_key,
                                                      id=args.id_key, url=args.url_key),
                    report=getattr(args, "report", "inline"),
                    replace_text=getattr(args, "replace_text", False),
                    timeout=getattr(args, "timeout", None), force_format=args.format,
                    layout=getattr(args, "layout", "cleanroom"))


def _usage(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    print(f"cleanroom: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _run_clean(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from cleanroom.batch.run import Run
    from cleanroom.batch.sources import plan

    logger = logging.getLogger("cleanroom")
    logger.setLevel((logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)])
    handler = logging.StreamHandler(sys.stderr)  # sys.stderr as it is now, for this run
    handler.setFormatter(logging.Formatter("cleanroom: %(message)s"))
    logger.handlers = [handler]

    if args.report == "sidecar" and args.output is None:
        return _usage(parser, "--report sidecar needs --output DIR")
    if args.resume and args.output is None:
        return _usage(parser, "--resume needs --output DIR")
    ignored: list[Path] = []
    sources = plan(args.inputs, exclude=args.output, ignored=ignored)
    if ignored and not args.quiet:
        shown = ", ".join(str(p) for p in ignored[:3]) + (", ..." if len(ignored) > 3 else "")
        print(f"cleanroom: ignoring {len(ignored)} file(s) of other types: {shown}",
              file=sys.stderr)
    run = Run(sources, _settings(args), output=args.output, jobs=args.jobs,
              resume=args.resume, summary_path=args.summary, ignored=ignored,
              progress=not args.quiet and sys.stderr.isatty())
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        total = run.execute()
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if not args.quiet:
        for line in total.lines():
            print(line, file=sys.stderr)
        took = max(time.perf_counter() - run.started, 1e-9)
        print(f"took {took:,.1f} s: {total.records_in / took:,.0f} records/s, "
              f"{total.bytes_in / 1e6 / took:,.2f} MB/s with {args.jobs} jobs"
              + (f"; summary in {run.summary_path}" if run.summary_path else ""),
              file=sys.stderr)
    return EXIT_RECORD_ERRORS if total.errors else EXIT_OK


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM ends the run as Ctrl-C does: workers stopped, no ``.part`` file left."""
    raise KeyboardInterrupt


def _run_show(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from cleanroom.show import show_file

    page, title = show_file(args.file, args.record, _settings(args))
    out = args.output or Path(args.file.name + ".cleanroom.html")
    out.write_text(page, encoding="utf-8", errors="xmlcharrefreplace")  # lone surrogates
    print(f"{out}: {title}", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (``python -m cleanroom`` exits with it)."""
    from cleanroom.errors import InvalidOptions, UsageError

    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] not in _COMMANDS and (args_list[0] == "-" or
                                                        not args_list[0].startswith("-")):
        args_list.insert(0, "clean")
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as e:  # argparse exits 2 on bad flags, 0 on --help
        return int(e.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = args.run(args, parser)
        return code
    except (UsageError, InvalidOptions) as e:
        return _usage(parser, str(e))
    except KeyboardInterrupt:
        print("\ncleanroom: interrupted; finished files are complete, rerun with --resume",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `cleanroom clean dump/ | head`: the reader went away
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print("cleanroom: the output was closed early; not every record was written",
              file=sys.stderr)
        return EXIT_FAILED
    except OSError as e:
        print(f"cleanroom: error: {e}", file=sys.stderr)
        return EXIT_FAILED
