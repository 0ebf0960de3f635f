"""Dask adapters: check a bag of {"id", "text"} records or a DataFrame's text column.

Results are plain data: a bag of the same dicts `factcheck batch` writes, or a DataFrame
with one row per input row (same index) of counts and the findings as JSON. Nothing is
imported from dask until these functions are called (the `dask` extra installs it).

The desk's tables and date are given as to check(): ``references=`` (CSV paths or
folders, DataFrames, tables from load_reference; loaded once, here, and shipped to the
workers), ``bundled=``, ``as_of=`` (a date or YYYY-MM-DD: every document's, over a
record's own "date") and ``config=`` (a factcheck.Config). A row whose text is missing
(None, NaN) or not a string gets an "error" and zero counts; the other rows are checked.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from factcheck.batch import DEFAULT_OPTIONS, Job, Options, check_job, record_job
from factcheck.config import DEFAULT, Config
from factcheck.errors import InputError
from factcheck.report.jsondoc import dumps

if TYPE_CHECKING:
    import pandas as pd

COLUMNS: dict[str, str] = {
    "claims": "int64", "findings": "int64", "errors": "int64", "warnings": "int64",
    "infos": "int64", "codes": "object", "findings_json": "object", "error": "object",
}


def batch_options(references: Any = None, as_of: date | str | None = None,
                  bundled: bool = True, config: Config | None = None) -> Options:
    """The options every document of a run is checked with, from check()'s arguments:
    the caller's and the configuration's tables loaded once (ReferenceDataError names a
    table that cannot be), as_of read as a date (InputError when it is not one)."""
    from factcheck.pipeline import _tables

    config = config or DEFAULT
    day = as_of.isoformat() if isinstance(as_of, date) else as_of
    if day is not None:
        try:
            date.fromisoformat(str(day))
        except ValueError:
            raise InputError(f"as_of {as_of!r} is not a date (YYYY-MM-DD)") from None
    tables = _tables(references, config, bundled=False)
    return Options(replace(config, references=()), tables, bundled=bundled, as_of=day)


def _options(options: Options, references: Any, as_of: date | str | None,
             bundled: bool, config: Config | None) -> Options:
    """options, or those check()'s arguments give when any is set."""
    if references is None and as_of is None and bundled and config is None:
        return options
    return batch_options(references, as_of, bundled, config)


def check_record(record: dict[str, Any], options: Options = DEFAULT_OPTIONS, id_key: str = "id",
                 text_key: str = "text") -> dict[str, Any]:
    """The batch output record for one {"id", "text", "date"} record, read as `factcheck
    batch` reads a JSONL line (batch.record_job): its "date" is the document's as_of."""
    job = record_job(record, f"record {record.get(id_key)!r}", id_key, text_key)
    if job.error is not None:
        return {"id": job.id, "error": job.error}
    return check_job(job, options)


def check_bag(bag: Any, options: Options = DEFAULT_OPTIONS, id_key: str = "id",
              text_key: str = "text", *, references: Any = None,
              as_of: date | str | None = None, bundled: bool = True,
              config: Config | None = None) -> Any:
    """A dask Bag of result dicts, one per record of bag (lazy; call .compute()).
    references, as_of, bundled, config: as for check() (module docstring), e.g.
    ``check_bag(bag, references=["desk.csv"], as_of="2025-09-01", bundled=False)``."""
    chosen = _options(options, references, as_of, bundled, config)
    return bag.map(check_record, options=chosen, id_key=id_key, text_key=text_key)


def _missing(text: Any) -> str | None:
    """Why a row's text cannot be checked (None, NaN, not a string), or None."""
    if text is None or (isinstance(text, float) and text != text):
        return "InputError: the row has no text (None)"
    if not isinstance(text, str):
        return f"InputError: text is not a string ({type(text).__name__})"
    return None


def _row(text: Any, options: Options) -> dict[str, Any]:
    if (why := _missing(text)) is not None:
        return {**dict.fromkeys(COLUMNS, 0), "codes": "", "findings_json": "[]",
                "error": why}
    record = check_job(Job(None, text=text), options)
    if "error" in record:
        return {**dict.fromkeys(COLUMNS, 0), "codes": "", "findings_json": "[]",
                "error": record["error"]}
    findings = record["findings"]
    severities = [f["severity"] for f in findings]
    return {
        "claims": len(record["claims"]), "findings": len(findings),
        "errors": severities.count("error"), "warnings": severities.count("warning"),
        "infos": severities.count("info"),
        "codes": ",".join(sorted({f["code"] for f in findings})),
        "findings_json": dumps(findings),
        "error": None,
    }


def check_pandas(frame: pd.DataFrame, text_column: str = "text",
                 options: Options = DEFAULT_OPTIONS, *, references: Any = None,
                 as_of: date | str | None = None, bundled: bool = True,
                 config: Config | None = None) -> pd.DataFrame:
    """One result row per row of a pandas DataFrame, with the same index (COLUMNS).
    references, as_of, bundled, config: as for check() (module docstring)."""
    import pandas as pd

    options = _options(options, references, as_of, bundled, config)
    rows = [_row(text, options) for text in frame[text_column]]
    result = pd.DataFrame(rows, index=frame.index, columns=list(COLUMNS))
    error = result["error"].astype(object)
    result["error"] = error.where(error.notna(), None)  # None, never NaN, when checked
    return result.astype({k: v for k, v in COLUMNS.items() if v == "int64"})


def check_dataframe(frame: Any, text_column: str = "text",
                    options: Options = DEFAULT_OPTIONS, *, references: Any = None,
                    as_of: date | str | None = None, bundled: bool = True,
                    config: Config | None = None) -> Any:
    """A dask DataFrame of results, one row per row of frame (partition by partition).
    references, as_of, bundled, config: as for check() (module docstring); the tables are
    loaded once, here, not in each partition."""
    import pandas as pd

    chosen = _options(options, references, as_of, bundled, config)
    meta = pd.DataFrame({k: pd.Series(dtype=v) for k, v in COLUMNS.items()})
    return frame.map_partitions(check_pandas, text_column, chosen, meta=meta)
