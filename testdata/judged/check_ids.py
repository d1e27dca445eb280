#!/usr/bin/env python3
"""Format check for a judged directory: unique ids, and every id named in
partners, avoid, and the queries' org/relevant/must_not exists.

    python3 testdata/judged/check_ids.py testdata/judged/lakeshore.jsonl testdata/judged/lakeshore-queries.jsonl

It checks ids only; it does not run the engine.
"""
import json
import sys


def main(directory, queries):
    ids, bad = {}, 0
    for n, line in enumerate(open(directory, encoding="utf-8"), 1):
        if not line.strip():
            continue
        o = json.loads(line)
        if o["id"] in ids:
            print(f"{directory}:{n}: duplicate id {o['id']}")
            bad += 1
        ids[o["id"]] = o
    for o in ids.values():
        for field in ("partners", "avoid"):
            for x in o.get(field, []):
                if x not in ids:
                    print(f"{o['id']}: {field} names unknown id {x}")
                    bad += 1
    nq = 0
    for n, line in enumerate(open(queries, encoding="utf-8"), 1):
        if not line.strip():
            continue
        q = json.loads(line)
        nq += 1
        for x in [q["org"]] + q.get("relevant", []) + q.get("must_not", []):
            if x not in ids:
                print(f"{queries}:{n}: unknown id {x}")
                bad += 1
        if not 1 <= len(q.get("relevant", [])) <= 3:
            print(f"{queries}:{n}: expected 1-3 relevant ids")
            bad += 1
    print(f"{len(ids)} organizations, {nq} queries, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
