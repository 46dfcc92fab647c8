"""Search quality on needs nobody here wrote: the blind evaluation set (issue #10).

``tests/data/blind/queries.csv`` holds needs written by a helper who never saw the
lexicon or the concepts, the way walk-in citizens say them; ``tests/data/blind/directory``
is a directory in formal words written by another helper who never saw the queries.  The
set is split once, by a hash of each id within its kind, into a development half (the only
one tuned on) and a test half (reported, never looked at row by row).
``tests/data/blind/queries_dev*.csv`` are further development sets by other blind writers
(ids not starting with ``q``), reported together as ``dev2``, for tuning only: never part
of the test half.

    python -m bench.search_quality                # JSON: both halves, per kind
    python -m bench.search_quality --misses dev   # the development half's misses, to tune
    python -m bench.search_quality --misses dev2  # the second development set's misses

Measured per kind (sentence, short, regional, typo, abbreviation, outside, emergency,
non_emergency, ambiguous): top-1 and top-3 (the right agency first / in the first three);
for emergencies, 112 first with the acting agency in the top three; for non-emergencies,
112 never first; for needs no office in the directory meets, the route; and for every
prefix as typed, the first prefix at which the right agency leads and how often the
leading agency changes on the way (flicker).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "data" / "blind"
TARGETS = {"top1": 0.90, "top3": 0.96}


@dataclass
class Need:
    id: str
    query: str
    kind: str
    language: str
    expected: list[str]
    emergency: bool
    acting: list[str]
    route: str

    @property
    def split(self) -> str:
        if not self.id.startswith("q"):  # queries_dev*.csv: tuning only
            return "dev2"
        digest = hashlib.sha256(f"{self.kind}:{self.id}".encode()).digest()
        return "dev" if digest[0] % 2 == 0 else "test"


def read_needs(path: Path) -> list[Need]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))

    def tokens(value: str) -> list[str]:
        return [t.strip() for t in (value or "").split(";") if t.strip()]

    return [
        Need(
            id=r["id"],
            query=r["query"],
            kind=r["kind"],
            language=r.get("language", ""),
            expected=tokens(r.get("expected", "")),
            emergency=r.get("emergency", "0").strip() == "1",
            acting=tokens(r.get("acting", "")),
            route=(r.get("route") or "").strip(),
        )
        for r in rows
        if r.get("query", "").strip()
    ]


class Resolver:
    """Expected tokens (org ids or ``kind:...``) to the set of organizations they allow."""

    def __init__(self, orgs: dict):
        self.orgs = orgs

    def allowed(self, tokens: list[str]) -> set[str]:
        out: set[str] = set()
        for t in tokens:
            if not t.startswith("kind:"):
                out.add(t)
                continue
            kind = t[5:]
            for org in self.orgs.values():
                name = org.name.lower()
                if (
                    (kind in ("puskesmas", "rsud", "kecamatan") and org.kind == kind)
                    or (kind == "desa" and org.kind in ("desa", "kelurahan"))
                    or (kind == "kua" and "urusan agama" in name)
                    or (kind == "polsek" and "kepolisian" in name)
                ):
                    out.add(org.org_id)
        return out


def build_directory(folder: Path) -> Path:
    """The blind directory installed in a data folder, rebuilt when its files or the search
    code change (cached in the temp folder between runs)."""
    from melayani_core.search.lexicon import bundled_files
    from melayani_desk.directory.local import import_path

    digest = hashlib.sha256()
    for p in sorted(folder.glob("*.csv")):
        digest.update(p.read_bytes())
    for name, text in sorted(bundled_files().items()):
        digest.update(name.encode() + text.encode())
    for p in sorted((ROOT / "core" / "melayani_core" / "search").glob("*.py")):
        digest.update(p.read_bytes())
    data = Path(tempfile.gettempdir()) / f"melayani-blind-{digest.hexdigest()[:16]}"
    if not (data / "directory" / "CURRENT").exists():
        data.mkdir(parents=True, exist_ok=True)
        import_path(data, folder)
    return data


def evaluate(engine, needs: list[Need], resolver: Resolver, prefixes: bool) -> dict:  # noqa: ANN001
    per: dict[str, dict] = {}
    times = []
    misses: list[dict] = []
    for need in needs:
        start = time.perf_counter()
        answer = engine.answer(need.query, limit=10, prefix=False)
        times.append((time.perf_counter() - start) * 1000)
        orgs = [r.org.org_id for r in answer.results]
        kinds = [r.kind for r in answer.results]
        allowed = resolver.allowed(need.expected)
        row = per.setdefault(need.kind, {"n": 0, "top1": 0, "top3": 0})
        row["n"] += 1
        if need.emergency:
            acting = resolver.allowed(need.acting) or allowed
            first = bool(kinds) and kinds[0] == "emergency"
            near = any(o in acting for o in orgs[1:3])
            ok1 = first and near
            ok3 = first and any(o in acting for o in orgs[1:4])
        elif not allowed:
            got = answer.route.office if answer.route else ""
            ok1 = ok3 = got == need.route
            row["route_ok"] = row.get("route_ok", 0) + int(ok1)
        else:
            plain = [o for o, k in zip(orgs, kinds, strict=True) if k != "emergency"]
            if kinds and kinds[0] == "emergency" and orgs[0] not in allowed:  # not "nomor 112"
                row["false_112"] = row.get("false_112", 0) + 1
                ok1 = False
            elif kinds and kinds[0] == "emergency":
                ok1 = True
            else:
                ok1 = bool(plain) and plain[0] in allowed
            ok3 = ok1 or (any(o in allowed for o in plain[:3])
                          and not (kinds and kinds[0] == "emergency"))  # fmt: skip
        row["top1"] += int(ok1)
        row["top3"] += int(ok3)
        if not answer.results and not answer.route:
            row["empty"] = row.get("empty", 0) + 1
        if not ok1:
            misses.append(
                {
                    "id": need.id,
                    "kind": need.kind,
                    "query": need.query,
                    "expected": need.expected or [f"route:{need.route}"],
                    "got": orgs[:3],
                    "top3": ok3,
                    "route": answer.route.office if answer.route else None,
                    "concepts": answer.concepts[:3],
                }
            )
        if prefixes and not need.emergency and allowed:
            _prefix_run(engine, need, allowed, row)
    total = {"n": 0, "top1": 0, "top3": 0}
    for row in per.values():
        for k in total:
            total[k] += row[k]
    for row in [*per.values(), total]:
        n = row["n"] or 1
        row["top1_rate"] = round(row["top1"] / n, 4)
        row["top3_rate"] = round(row["top3"] / n, 4)
        if "prefix_runs" in row:
            runs = row.pop("prefix_runs")
            row["prefix_first_lead"] = round(statistics.mean(r[0] for r in runs), 3)
            row["prefix_flicker"] = round(statistics.mean(r[1] for r in runs), 3)
    times.sort()
    return {
        "total": total,
        "by_kind": dict(sorted(per.items())),
        "ms_median": round(statistics.median(times), 3) if times else None,
        "ms_p95": round(times[int(len(times) * 0.95)], 3) if times else None,
        "misses": misses,
    }


def _prefix_run(engine, need: Need, allowed: set[str], row: dict) -> None:  # noqa: ANN001
    """Type the need letter by letter: the first prefix (as a share of its length) from
    which the right agency leads to the end, and how often the leader changes."""
    text = need.query
    leaders = []
    for k in range(1, len(text) + 1):
        results = engine.search(text[:k], limit=3, prefix=True)
        leaders.append(results[0].org.org_id if results else None)
    lead_from = len(leaders)
    for k in range(len(leaders) - 1, -1, -1):
        if leaders[k] in allowed:
            lead_from = k
        else:
            break
    shown = [x for x in leaders if x is not None]
    flicker = sum(1 for a, b in zip(shown, shown[1:], strict=False) if a != b)
    row.setdefault("prefix_runs", []).append(((lead_from + 1) / len(leaders), flicker))


def main(argv: list[str] | None = None) -> int:
    from melayani_core.search.engine import SearchEngine
    from melayani_desk.directory.local import open_reader

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sets = [BLIND / "queries.csv", *sorted(BLIND.glob("queries_dev*.csv"))]
    p.add_argument("--queries", type=Path, nargs="+", default=sets)
    p.add_argument("--directory", type=Path, default=BLIND / "directory")
    p.add_argument("--misses", choices=("dev", "dev2"), help="print a development set's misses")
    p.add_argument("--no-prefix", action="store_true", help="skip the as-you-type run")
    args = p.parse_args(argv)
    needs = [n for path in args.queries for n in read_needs(path)]
    data = build_directory(args.directory)
    reader = open_reader(data)
    engine = SearchEngine(reader)
    resolver = Resolver(engine.orgs)
    out: dict = {"queries": len(needs), "targets": TARGETS}
    for split in ("dev", "dev2", "test"):
        part = [n for n in needs if n.split == split]
        if not part:
            continue
        result = evaluate(engine, part, resolver, prefixes=not args.no_prefix)
        misses = result.pop("misses")
        if args.misses == split:
            for m in misses:
                print(json.dumps(m, ensure_ascii=False), file=sys.stderr)
        out[split] = result
    if "test" in out:  # --queries may name development sets only
        test = out["test"]["total"]
        out["targets_met"] = (
            test["top1_rate"] >= TARGETS["top1"] and test["top3_rate"] >= TARGETS["top3"]
        )
    reader.close()
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
