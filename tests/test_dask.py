"""Dask adapters on a real two-process LocalCluster give the single-process results."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from factcheck.batch import Job, Options, check_job
from factcheck.dask_adapter import check_bag, check_dataframe, check_pandas

dask_bag = pytest.importorskip("dask.bag")
dask_dataframe = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

TEXTS = [
    "The town is fewer than 100 kilometres (62 miles) from the Chinese border.",
    "Beijing imported 12,944 metric tons of rare-earth oxides, down half from 18,100.",
    "A 25% tariff plus an additional 25%, bringing the total to 60%.",
    "Oracle employed around 28,824 people in India as of 2024.",
    "Some 5,000 fighters joined the offensive.",
    "",
] * 3
RECORDS: list[dict[str, Any]] = [{"id": n, "text": t} for n, t in enumerate(TEXTS)]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, memory_limit="1GiB")
    with cluster, distributed.Client(cluster) as connected:
        yield connected


def test_bag_matches_single_process(client: Any) -> None:
    bag = dask_bag.from_sequence([*RECORDS, {"id": "bad", "text": None}], npartitions=4)
    results = check_bag(bag).compute()
    expected = [check_job(Job(r["id"], text=r["text"]), Options()) for r in RECORDS]
    assert results[:-1] == json.loads(json.dumps(expected))
    assert results[-1] == {"id": "bad",
                           "error": "InputError: record 'bad': \"text\" is not a string"}


def test_dataframe_matches_single_process(client: Any) -> None:
    frame = pd.DataFrame({"text": TEXTS}, index=[f"doc{n}" for n in range(len(TEXTS))])
    result = check_dataframe(dask_dataframe.from_pandas(frame, npartitions=3, sort=False)).compute()
    expected = check_pandas(frame)
    assert list(result.index) == list(frame.index) == list(expected.index)
    assert list(result.columns) == list(expected.columns)
    assert rows(result) == rows(expected)
    assert result["error"].isna().all()


def rows(frame: Any) -> list[dict[str, Any]]:
    """Plain values (missing ones as None) so dask's string dtypes compare equal."""
    return [{k: None if pd.isna(v) else v for k, v in row.items()}
            for row in frame.to_dict("records")]


def test_a_records_date_is_its_as_of_as_in_batch() -> None:
    """check_bag reads a record as `factcheck batch` reads a JSONL line: its "date" is the
    document's as_of, and a bad date is an error record naming the record (a data desk's
    trial: the bag had used today for every record)."""
    import dask.bag as db

    from factcheck.dask_adapter import check_bag

    records = [{"id": "old", "text": "Rents rose 5% last year.", "date": "2015-12-31"},
               {"id": "bad", "text": "Rents rose 5%.", "date": "31/12/2015"}]
    out = check_bag(db.from_sequence(records)).compute(scheduler="sync")
    assert out[0]["as_of"] == "2015-12-31"
    assert out[1] == {"id": "bad", "error": "InputError: record 'bad': \"date\" "
                      "'31/12/2015' is not a date (YYYY-MM-DD)"}
