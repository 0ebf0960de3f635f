"""Speed of the frames stage, side by side in one run (issue 14's targets; not run by CI).

    PYTHONPATH=. python bench/frames_speed.py [--shared /work/shared] [--repeat 3]

The NewsQuant dev sentences (297) are cut into drafts of 10 sentences. Printed as JSON,
each the best of --repeat runs (CPU time, process_time):

- frames: the frames stage (factcheck.frames.stage) on every draft, given its claims,
  against nlp.pipe alone on the sentences that hold claims, and on every sentence the
  stage parses (those and the ones read for references back) (ratio target <= 1.3);
- check: check() on every draft (bundled tables, every check) against quantulum3's
  parser.parse on each of the same sentences (ratio target <= 3);
- cold: wall time of `factcheck check` on a one-paragraph draft in a new process against
  a new process that imports quantulum3 and parses the same paragraph once (best of 3);
- memory: peak resident memory of a new process that checks a 1,000-word draft, and of
  one that only imports factcheck.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import check, extract  # noqa: E402
from factcheck.frames import nlp, stage  # noqa: E402
from factcheck.frames.draft import Draft  # noqa: E402

AS_OF = date(2025, 10, 1)
PARAGRAPH = ("Myanmar, home to some 54 million people, exported 12,944 tonnes of rare "
             "earths in the first five months of 2025, down half from a year earlier. The "
             "border town of Bhamo is 100 km (62 miles) away.")


def best(fns: list[Callable[[], Any]], repeat: int) -> list[float]:
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            gc.collect()
            t0 = time.process_time()
            fn()
            times[k].append(time.process_time() - t0)
    return [min(t) for t in times]


def wall(cmd: list[str], repeat: int = 3) -> float:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=ROOT, check=False)
        out.append(time.perf_counter() - t0)
    return min(out)


def peak_mb(code: str) -> float:
    """Peak resident memory (VmHWM, which a new program starts afresh, unlike ru_maxrss
    after a fork) of a new process running code."""
    probe = (code + "\nprint([l.split()[1] for l in open('/proc/self/status') "
             "if l.startswith('VmHWM')][0])")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    return int(out.stdout.split()[-1]) / 1024


def recorded(drafts: list[str], claims: list[Any]) -> list[str]:
    """Every sentence the frames stage hands to spaCy for these drafts: those holding
    claims and those read for what "it" or "the town" refers to."""
    import factcheck.frames as frames_module
    import factcheck.frames.antecedents as antecedents_module

    seen: list[str] = []
    real = nlp.parse

    def spy(pipeline: Any, texts: Any) -> Any:
        texts = list(texts)
        seen.extend(texts)
        return real(pipeline, texts)

    for module in (frames_module.nlp, antecedents_module.nlp):
        module.parse = spy  # type: ignore[assignment]
    try:
        for d, c in zip(drafts, claims, strict=True):
            stage(d, c, AS_OF)
    finally:
        for module in (frames_module.nlp, antecedents_module.nlp):
            module.parse = real  # type: ignore[assignment]
    return seen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=str(ROOT.parent.parent / "shared"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    gold = json.loads((Path(args.shared) / "benchmarks/newsquant/dev.json").read_text("utf-8"))
    sentences = [g["text"] for g in gold]
    drafts = [" ".join(sentences[i : i + 10]) for i in range(0, len(sentences), 10)]
    claims = [extract(d) for d in drafts]
    pipeline = nlp.load(nlp.model_name())
    parsed = []
    for d, c in zip(drafts, claims, strict=True):
        draft = Draft(d, c)
        parsed += [draft.sentence(k) for k in draft.groups
                   if draft.fits(k, nlp.MAX_SENTENCE_CHARS)]
    every = recorded(drafts, claims)  # with the sentences read for references back
    import quantulum3.parser as q

    t_frames, t_pipe, t_every = best([
        lambda: [stage(d, c, AS_OF) for d, c in zip(drafts, claims, strict=True)],
        lambda: list(nlp.parse(pipeline, parsed)),
        lambda: list(nlp.parse(pipeline, every))], args.repeat)
    t_check, t_quant = best([
        lambda: [check(d, as_of=AS_OF) for d in drafts],
        lambda: [q.parse(s) for s in sentences]], args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        draft_file = Path(tmp) / "draft.md"
        draft_file.write_text(PARAGRAPH + "\n", "utf-8")
        cold_fc = wall([sys.executable, "-m", "factcheck", "check", str(draft_file)])
        cold_q = wall([sys.executable, "-c",
                       f"import quantulum3.parser as q; q.parse({PARAGRAPH!r})"])
    words = (PARAGRAPH + " ") * (1000 // len(PARAGRAPH.split()) + 1)
    mem_draft = peak_mb(f"from factcheck import check; check({words!r}, as_of='2025-10-01')")
    mem_import = peak_mb("import factcheck")
    print(json.dumps({
        "date": date.today().isoformat(), "pipeline": nlp.describe(pipeline),
        "drafts": len(drafts), "sentences": len(sentences), "parsed_sentences": len(parsed),
        "frames_s": round(t_frames, 3), "nlp_pipe_s": round(t_pipe, 3),
        "frames_over_pipe": round(t_frames / t_pipe, 2),
        "every_parsed_sentence": len(every), "nlp_pipe_every_s": round(t_every, 3),
        "frames_over_pipe_every": round(t_frames / t_every, 2),
        "check_s": round(t_check, 3), "quantulum3_s": round(t_quant, 3),
        "check_over_quantulum3": round(t_check / t_quant, 2),
        "cold_factcheck_s": round(cold_fc, 2), "cold_quantulum3_s": round(cold_q, 2),
        "peak_mb_1000_words": round(mem_draft), "peak_mb_import": round(mem_import),
    }, indent=1))


if __name__ == "__main__":
    main()
