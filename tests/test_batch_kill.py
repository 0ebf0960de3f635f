"""A batch run killed half-way and resumed gives every document exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORY = ("Myanmar exported 12,944 metric tons of rare earths to China, down half from "
         "25,900 tonnes a year earlier. Bhamo is fewer than 100 kilometres (62 miles) from "
         "the border and home to about 166,000 people. ")
DOCS = 400


def lines_in(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def run(argv: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "factcheck", "batch", *argv], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_kill_then_resume_checks_every_document_once(tmp_path: Path) -> None:
    source, output = tmp_path / "archive.jsonl", tmp_path / "findings.jsonl"
    ids = [f"doc-{n}" if n % 2 else n for n in range(DOCS)]
    with open(source, "w", encoding="utf-8") as handle:
        for n, doc_id in enumerate(ids):
            handle.write(json.dumps({"id": doc_id, "text": STORY * (1 + n % 3)}) + "\n")
    argv = [str(source), "-o", str(output), "--workers", "1", "--no-bundled"]
    first = run(argv)
    deadline = time.monotonic() + 60
    while lines_in(output) < 1 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    first.send_signal(signal.SIGKILL)
    first.wait()
    written = lines_in(output)
    assert first.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert 0 < written < DOCS
    second = run([*argv, "--resume"])
    _, err = second.communicate(timeout=120)
    assert second.returncode == 0, err.decode()
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    seen = Counter(json.dumps(r["id"]) for r in records)
    assert seen == Counter(json.dumps(i) for i in ids)
    assert not [r for r in records if "error" in r]
    assert f"{written} skipped (already in output)" in err.decode()
