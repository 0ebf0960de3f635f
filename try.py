import sys
from factcheck import check
S = [l for l in open(sys.argv[1]).read().split('\n') if l.strip()]
code = sys.argv[2] if len(sys.argv)>2 else None
for s in S:
    r = check(s, as_of="2026-11-30", bundled=False)
    fs = [f for f in r.findings if code is None or f.code == code]
    print(("FIRE " if fs else "---- ") + s[:110])
    for f in fs: print("     ", f.code, f.message[:150])
