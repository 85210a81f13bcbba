#!/usr/bin/env python3
"""After merging part 1 and part 2: fills the sdk_method and test columns of operations.tsv (part 1's catalog of all
246 routes) for the part-2 routes, from operations-part2.tsv. Touches no other row or column; idempotent.
Run from the worktree root: python3 sdk-netexplorer/src/build/fill_catalog_part2.py [path/to/operations.tsv]"""
import sys
RES = "sdk-netexplorer/src/test/resources/org/gedkit/netexplorer/"
target = sys.argv[1] if len(sys.argv) > 1 else RES + "operations.tsv"
part2 = {}
for line in open(RES + "operations-part2.tsv", encoding="utf-8").read().splitlines()[1:]:
    c = line.split("\t")
    part2[c[0]] = (c[4], c[5])
lines = open(target, encoding="utf-8").read().split("\n")
header = lines[0].split("\t")
iop, isdk, itest = header.index("operation"), header.index("sdk_method"), header.index("test")
filled = 0
for i, line in enumerate(lines[1:], 1):
    if not line:
        continue
    c = line.split("\t")
    if c[iop] in part2:
        if c[isdk] and c[isdk] != part2[c[iop]][0]:
            sys.exit("%s already names %s; not overwritten" % (c[iop], c[isdk]))
        c[isdk], c[itest] = part2[c[iop]]
        lines[i] = "\t".join(c)
        filled += 1
missing = set(part2) - {l.split("\t")[iop] for l in lines[1:] if l}
if missing:
    sys.exit("not in %s: %s" % (target, sorted(missing)))
open(target, "w", encoding="utf-8").write("\n".join(lines))
print("filled", filled, "part-2 rows of", target)
