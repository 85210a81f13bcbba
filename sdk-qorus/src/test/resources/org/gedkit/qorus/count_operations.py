#!/usr/bin/env python3
"""Extracts every distinct operation (method + path + action) of the Qorus REST API v2 document.

An operation is a line of the document that starts with an HTTP method followed by a /api/v2 path
(headings such as "GET /api/v2/orders?action=retry"); "See also" references to /api/... (v1 paths)
are not operations. The Java catalog test (QorusOperationCatalogTest) applies the same rule.

Usage:
  count_operations.py SEED                 prints the count
  count_operations.py SEED --list          prints method<TAB>path<TAB>action, one per operation
  count_operations.py SEED --merge TSV     rewrites TSV (operations.tsv) so it lists every operation,
                                           keeping the group / SDK method / test columns already filled
"""
import re
import sys

OPERATION = re.compile(r'^(GET|PUT|POST|DELETE|PATCH|HEAD) (/api/v2(?:/\S*)?)\s*$')


def operations(seed):
    seen = []
    with open(seed, encoding='utf-8') as f:
        for line in f:
            m = OPERATION.match(line.rstrip('\n'))
            if not m:
                continue
            method, target = m.group(1), m.group(2)
            path, _, query = target.partition('?')
            action = query[len('action='):] if query.startswith('action=') else query
            op = (method, path, action)
            if op not in seen:
                seen.append(op)
    return seen


def group_of(path):
    parts = path.split('/')
    return parts[3] if len(parts) > 3 else 'root'


def main(argv):
    ops = operations(argv[1])
    if len(argv) > 2 and argv[2] == '--list':
        for op in ops:
            print('\t'.join(op))
    elif len(argv) > 3 and argv[2] == '--merge':
        known = {}
        try:
            with open(argv[3], encoding='utf-8') as f:
                for row in list(f)[1:]:
                    cols = row.rstrip('\n').split('\t')
                    cols += [''] * (6 - len(cols))
                    known[tuple(cols[:3])] = cols[3:]
        except FileNotFoundError:
            pass
        with open(argv[3], 'w', encoding='utf-8') as f:
            f.write('method\tpath\taction\tgroup\tsdk_method\ttest\n')
            for op in sorted(ops, key=lambda o: (o[1], o[2], o[0])):
                group, sdk, test = known.get(op, [group_of(op[1]), '', ''])
                f.write('\t'.join(list(op) + [group or group_of(op[1]), sdk, test]) + '\n')
        print(len(ops))
    else:
        print(len(ops))


if __name__ == '__main__':
    main(sys.argv)
