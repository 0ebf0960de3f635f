"""Dask adapters: check a bag of {"id", "text"} records or a DataFrame's text column.

Results are plain data: a bag of the same dicts `factcheck batch` writes, or a DataFrame
with one row per input row (same index) of counts and the findings as JSON. Nothing is
imported from dask until these functions are called (the `dask` extra installs it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.batch import DEFAULT_OPTIONS, Job, Options, check_job, record_job
from factcheck.report.jsondoc import dumps

if TYPE_CHECKING:
    import pandas as pd

COLUMNS: dict[str, str] = {
    "claims": "int64", "findings": "int64", "errors": "int64", "warnings": "int64",
    "infos": "int64", "codes": "object", "findings_json": "object", "error": "object",
}


def check_record(record: dict[str, Any], options: Options = DEFAULT_OPTIONS, id_key: str = "id",
                 text_key: str = "text") -> dict[str, Any]:
    """The batch output record for one {"id", "text", "date"} record, read as `factcheck
    batch` reads a JSONL line (batch.record_job): its "date" is the document's as_of."""
    job = record_job(record, f"record {record.get(id_key)!r}", id_key, text_key)
    if job.error is not None:
        return {"id": job.id, "error": job.error}
    return check_job(job, options)


def check_bag(bag: Any, options: Options = DEFAULT_OPTIONS, id_key: str = "id",
              text_key: str = "text") -> Any:
    """A dask Bag of result dicts, one per record of bag (lazy; call .compute())."""
    return bag.map(check_record, options=options, id_key=id_key, text_key=text_key)


def _row(text: Any, options: Options) -> dict[str, Any]:
    if not isinstance(text, str):
        return {**dict.fromkeys(COLUMNS, 0), "codes": "", "findings_json": "[]",
                "error": "InputError: text is not a string"}
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
                 options: Options = DEFAULT_OPTIONS) -> pd.DataFrame:
    """One result row per row of a pandas DataFrame, with the same index."""
    import pandas as pd

    rows = [_row(text, options) for text in frame[text_column]]
    result = pd.DataFrame(rows, index=frame.index, columns=list(COLUMNS))
    return result.astype({k: v for k, v in COLUMNS.items() if v == "int64"})


def check_dataframe(frame: Any, text_column: str = "text",
                    options: Options = DEFAULT_OPTIONS) -> Any:
    """A dask DataFrame of results, one row per row of frame (partition by partition)."""
    import pandas as pd

    meta = pd.DataFrame({k: pd.Series(dtype=v) for k, v in COLUMNS.items()})
    return frame.map_partitions(check_pandas, text_column, options, meta=meta)
