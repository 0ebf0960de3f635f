"""FC101 contradicts-reference: a claim disagrees with a matching reference row.

What it does
------------
Holds each claim against the reference tables (the bundled ones and the newsroom's own).
When a row matches the claim's entity, metric, unit dimension and period, and the row's
value lies outside what the claim's wording allows, the claim is contradicted. The
tolerance is the claim's own: half a unit of its last stated digit ("166,000" is ±500),
10% more for "about", one side only for "over"/"under", inside the range for ranges.

Why it matters
--------------
A figure that disagrees with the source a reader can look up is the error that costs a
newsroom a correction. The finding names the table, row, period and source that decided,
and says which tolerance rule applied, so an editor can judge it in seconds.

Example
-------
"From August 27, 2025, the US tariff on goods from India totalled 60%." against the
bundled table of executive orders (25% reciprocal plus 25% additional: 50%) is FC101;
"50%" is supported. Town populations from the gazetteer never contradict (they carry no
date); a claim about a period the table lacks is unverifiable, never contradicted.
"""

from factcheck.model import Severity

CODE = "FC101"
NAME = "contradicts-reference"
SEVERITY: Severity = "error"
