"""Frames accuracy: subject, measure, role and period against hand-labelled paragraphs.

    PYTHONPATH=. python bench/frames.py FILE.jsonl [--errors] [--aliases=SIDECAR.jsonl]
        [--part=0|1]

Each line of FILE is a paragraph:
    {"id", "as_of", "text", "claims": [{"text", "subject", "measure", "role", "period"}]}
Each gold claim is found among check()'s claims by its text (the first claim whose span
overlaps the gold text's first occurrence from the last match on). Scoring:

- subject: right when the frame's subject names the gold entity or one of its aliases
  (gold "subject" a string or a list of names; an "aliases" list is read too): the same
  name after normalising (case, "the", possessive), the same country (ISO code), or one
  name a whole-word part of the other ("Northgate Water Company" for "Northgate Water");
  a gold null is right only when the frame has no subject;
- measure: right when the head lemmas match (the last word of each phrase, as a Snowball
  stem, through the metric synonyms); a gold null only when the frame has none;
- role: exact; period: exact (gold null, "2024", "2025-01/2025-05", "2014-03-29", or a
  [first, last] pair of ISO dates).

A gold claim check() does not extract counts as wrong in every field (reported apart).
--aliases reads a sidecar of answers that are equally right (blind set 4's
frames_blind_4_aliases.jsonl: {"id", "claim" (0-based), "text", and any of "subject",
"measure", "role", "period" as lists}); a field is right when the gold or any alias is.
--part=N scores only the paragraphs whose `sha256(text.encode()).digest()[0] % 2` is N
(the brief's split of a blind set: tune on part 0, only score part 1).
Prints per-field accuracy over all gold claims, and over the extracted ones.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from factcheck import Frame, check
from factcheck.reference.metric import stem
from factcheck.reference.names import country_code, normalize
from factcheck.reference.period import parse_period

FIELDS = ("subject", "measure", "role", "period")


def names(gold: dict[str, Any]) -> list[str]:
    value = gold.get("subject")
    found = value if isinstance(value, list) else [value] if value else []
    return [*found, *gold.get("aliases", [])]


def subject_right(gold: dict[str, Any], frame: Frame) -> bool:
    wanted = names(gold)
    if not wanted:
        return frame.subject is None
    if frame.subject is None:
        return False
    got = normalize(frame.subject)
    for name in wanted:
        want = normalize(name)
        if got == want or f" {want} " in f" {got} " or f" {got} " in f" {want} ":
            return True
        code = country_code(name)
        if code is not None and code == country_code(frame.subject):
            return True
    return False


def head(phrase: str) -> str:
    words = phrase.replace("-", " ").split()
    return stem(words[-1]) if words else ""


def measure_right(gold: dict[str, Any], frame: Frame) -> bool:
    want = gold.get("measure")
    if not want:
        return frame.measure is None
    return frame.measure is not None and head(frame.measure) == head(str(want))


def gold_period(value: Any) -> tuple[date, date] | None:
    if value is None:
        return None
    if isinstance(value, list):
        return date.fromisoformat(value[0]), date.fromisoformat(value[1])
    return parse_period(str(value))


def period_right(gold: dict[str, Any], frame: Frame) -> bool:
    return gold_period(gold.get("period")) == frame.period


def match(text: str, frames: tuple[Frame, ...], claims: list[dict[str, Any]]
          ) -> list[Frame | None]:
    """The frame of each gold claim, by the first occurrence of its text."""
    out: list[Frame | None] = []
    at = 0
    for gold in claims:
        start = text.find(gold["text"], at)
        if start < 0:
            start = text.find(gold["text"])
        end = start + len(gold["text"])
        found = next((f for f in frames if start >= 0 and f.claim.start < end
                      and start < f.claim.end), None)
        out.append(found)
        if start >= 0:
            at = start + 1
    return out


Aliases = dict[tuple[str, int], dict[str, list[Any]]]


def read_aliases(path: Path | None) -> Aliases:
    found: Aliases = {}
    if path is None:
        return found
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            fields = found.setdefault((entry["id"], entry["claim"]), {})
            for name in FIELDS:
                fields.setdefault(name, []).extend(entry.get(name, []))
    return found


def field_right(name: str, gold: dict[str, Any], frame: Frame, alternatives: list[Any]
                ) -> bool:
    """Is the frame's field right for the gold or any of its alternatives?"""
    for value in [gold.get(name), *alternatives] if alternatives else [gold.get(name)]:
        wanted = {**gold, name: value, "aliases": []} if name == "subject" else {
            **gold, name: value}
        if name == "subject" and value == gold.get("subject"):
            wanted["aliases"] = gold.get("aliases", [])
        if {"subject": subject_right, "measure": measure_right,
                "period": period_right}.get(name, lambda g, f: f.role == g.get("role"))(
                    wanted, frame):
            return True
    return False


def in_part(text: str, part: int | None) -> bool:
    """Is the paragraph in the hash part asked for (every paragraph when None)?"""
    return part is None or hashlib.sha256(text.encode()).digest()[0] % 2 == part


def score(path: Path, show: bool, aliases: Aliases | None = None,
          part: int | None = None) -> None:
    right: Counter[str] = Counter()
    total = missed = paragraphs = 0
    began = time.perf_counter()
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if not in_part(record["text"], part):
            continue
        paragraphs += 1
        report = check(record["text"], as_of=record.get("as_of"), bundled=False)
        for index, (gold, frame) in enumerate(zip(
                record["claims"], match(record["text"], report.frames, record["claims"]),
                strict=True)):
            total += 1
            if frame is None:
                missed += 1
                if show:
                    print(f"MISSED {record['id']}: {gold['text']!r}")
                continue
            alternatives = (aliases or {}).get((record["id"], index), {})
            checks = {name: field_right(name, gold, frame, alternatives.get(name, []))
                      for name in FIELDS}
            right.update(k for k, ok in checks.items() if ok)
            if show and not all(checks.values()):
                wrong = [k for k, ok in checks.items() if not ok]
                print(f"{record['id']} {gold['text']!r} wrong {wrong}: gold "
                      f"{ {k: gold.get(k) for k in FIELDS} } got subject={frame.subject!r} "
                      f"measure={frame.measure!r} role={frame.role} period={frame.period} "
                      f"unsure={frame.unsure}")
    found = total - missed
    name = path.name if part is None else f"{path.name} part {part}"
    print(f"{name}: {paragraphs} paragraphs, {total} gold claims, {found} extracted "
          f"({missed} not), {time.perf_counter() - began:.1f} s, {date.today().isoformat()}")
    for name in FIELDS:
        print(f"  {name:8} {right[name] / total:6.1%} of all  "
              f"{right[name] / found if found else 0:6.1%} of extracted  ({right[name]}/{total})")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    sidecar = next((Path(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--aliases=")),
                   None)
    part = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--part=")),
                None)
    for name in args:
        score(Path(name), "--errors" in sys.argv, read_aliases(sidecar), part)


if __name__ == "__main__":
    main()
