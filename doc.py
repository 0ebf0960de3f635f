import sys
from datetime import date
from factcheck.pipeline import extract, _frames
from factcheck.checks import Document
from factcheck.config import Config
def mk(text):
    claims = tuple(extract(text)); cfg = Config()
    frames, ctxs = _frames(text, claims, date(2026,11,30), cfg)
    return Document(text=text, claims=claims, contexts=ctxs, as_of=date(2026,11,30), config=cfg, frames=frames)
if __name__ == "__main__":
    d = mk(sys.argv[1])
    for i,c in enumerate(d.claims):
        print(i, repr(c.text), c.value, c.unit, c.change, c.bound, d.frames[i].relations if d.frames else None)
    print(d.groups)
