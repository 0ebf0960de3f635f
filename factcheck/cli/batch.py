"""`factcheck batch`: the batch runner with a progress bar on a terminal.

Exit status: 0 when every document was checked (findings or not: an archive run reports,
it does not gate), 2 when any could not be (an input error, as an unreadable draft is
for `factcheck check`: the others were checked and every result written).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from factcheck.batch import Options, count_jobs, run_batch
from factcheck.cli.check import config_for, load_tables, settle, table_cache, with_flags
from factcheck.report.text import plural


def run_batch_command(args: argparse.Namespace) -> int:
    source, output = Path(args.input), Path(args.output)
    folder = source if source.is_dir() else source.parent
    config = with_flags(config_for(folder), args)
    tables = load_tables([*config.references, *args.reference], {}, table_cache(args))
    options = Options(replace(config, references=()), tuple(tables), bundled=not args.no_bundled,
                      as_of=args.as_of)
    settle(bundled=not args.no_bundled)
    bar = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=count_jobs(source, config) if source.exists() else None, unit="doc",
                   desc="factcheck", file=sys.stderr)

    def advance(n: int) -> None:
        if bar is not None:
            bar.update(n)

    try:
        summary = run_batch(source, output, options, workers=args.workers, resume=args.resume,
                            progress=advance if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()
    sys.stderr.write(
        f"factcheck: {plural(summary.checked, 'document')} checked, {summary.skipped} skipped "
        f"(already in output), {summary.errors} not checked (an error) -> {output}\n"
    )
    if summary.errors:
        sys.stderr.write(f"factcheck: error: {plural(summary.errors, 'document')} could not "
                         "be checked (their lines hold \"error\")\n")
    if summary.errors_before:
        sys.stderr.write(f"factcheck: error: {plural(summary.errors_before, 'document')} "
                         "skipped on --resume could not be checked before (their lines "
                         "hold \"error\")\n")
    return 2 if summary.errors or summary.errors_before else 0
