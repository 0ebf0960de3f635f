"""Shares the frames give one whole, for FC205 (factcheck.checks.fc205_shares_exceed_total):
"Ortiz took 51% of the vote, Lind 33% and Vance 21%" (the frames' role "share" and the
head of its measure, "vote"), and the bare percentages listed after such a share."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import Document, _share_scopes, _shares
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Claim


def shares(doc: Document) -> Iterator[list[Claim]]:
    """Shares the frames give one whole, in one paragraph: the figures whose role is
    "share" with the same whole (the head, last word, of their measure: "vote" in "51% of
    the vote") and period, and the bare percentages listed after a share in its sentence
    ("Lind 33% and Vance 21%"), which share its whole. Within a sentence the clauses must
    go on differently ("70% said ..., 65% said ...": two questions); over several
    sentences the shares must belong to different named holders (the frames' subjects:
    "Ortiz took 51% of the vote. Lind took 33% ...")."""
    groups: dict[tuple[str, object, int, int | None], list[int]] = {}
    scopes: dict[tuple[int, int], int] = {}
    paragraph, last_sentence, whole, period = 0, (-1, -1), None, None
    for i, frame in enumerate(doc.frames):
        sentence = doc.contexts[i].sentence
        if sentence != last_sentence:
            if "\n\n" in doc.text[last_sentence[1] : sentence[0]]:
                paragraph += 1
            last_sentence, whole = sentence, None
        if not _shares.floor(frame.claim):
            continue
        if frame.role == "share" and frame.measure:
            head = frame.measure.split()[-1]
            named = _share_scopes.whole_named(doc.text, frame.claim.end, head)
            if named != head or whole is None or whole.split()[-1] != head:
                whole = named  # "oil 37%" after "48% of the island's electricity": its whole
                period = frame.period  # "42% of the power last year, coal 24%": its year
        elif not (frame.role == "level" and frame.measure is None and whole):
            continue
        scope = _share_scopes.scope(doc, i, scopes)
        if scope is False:
            continue  # "51% of the vote, 60% in York": a whole of its own
        c = frame.claim
        if fig.last_word("base").search(doc.text, max(0, c.start - 16), c.start):
            continue  # "78% ..., up from 50%": the same share at another time
        if i and doc.contexts[i - 1].sentence == sentence and _shares.fronted_whole(
                doc.text[doc.claims[i - 1].end : c.start]):
            continue  # "...; of the county's buses, 41%": a whole of its own
        if whole is not None and not lexicon().frame_class(whole.split()[-1], "metric"):
            when = frame.period or period  # a share in the list states no year of its own
            groups.setdefault((whole, when, paragraph, scope), []).append(i)
    for members in groups.values():
        if len(members) >= 2 and _share_scopes.distinct(doc, members):
            yield [doc.claims[i] for i in members]
