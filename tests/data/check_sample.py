"""Validate the bundled sample directory and the search query table.

Run:  python tests/data/check_sample.py     (exit code 0 = all checks pass)

Checks: required columns, unique and well-formed ids, referential integrity, enum values,
phone validity (phonenumbers, region ID; only "112" is special-cased), invented numbers contain
"0000", authority notes where the authority is not the regency, every service has a contact,
service count, and that every query row points at an existing organization/service.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"
QUERIES = ROOT / "tests" / "data" / "search_queries.csv"

ORG_COLS = ["org_id", "name", "short_name", "kind", "parent_id", "address", "phone", "whatsapp",
            "email", "website", "hours", "authority_note", "description", "aliases"]
SVC_COLS = ["service_id", "org_id", "name", "category", "keywords", "description", "requirements",
            "fee", "duration", "authority", "authority_note", "online_url", "area"]
CON_COLS = ["contact_id", "org_id", "name", "position", "level", "whatsapp", "phone", "email",
            "hours", "languages", "service_ids", "area"]
Q_COLS = ["query", "expected_org_id", "expected_service_id", "kind"]

KINDS = {"opd", "kecamatan", "desa", "kelurahan", "puskesmas", "rsud", "uptd", "bumd", "vertical",
         "province", "emergency", "other"}
AUTHORITIES = {"regency", "village", "province", "central", "third_party"}
LEVELS = {"head", "manager", "technical", "frontdesk"}
LANGS = {"ind", "jav", "osi", "mad"}
QKINDS = {"colloquial", "abbreviation", "typo", "regional", "authority", "emergency"}
CATEGORIES = {"Kependudukan", "Kesehatan", "Sosial", "Perizinan dan Usaha", "Pendidikan",
              "Pekerjaan Umum dan Perumahan", "Pertanahan", "Keamanan dan Ketertiban",
              "Pajak dan Retribusi", "Ketenagakerjaan", "Pertanian, Peternakan dan Perikanan",
              "Lingkungan dan Kebersihan", "Perhubungan", "Air dan Listrik",
              "Keagamaan dan Pernikahan", "Kepegawaian", "Pariwisata, Budaya dan Olahraga",
              "Desa dan Kelurahan", "Pengaduan", "Darurat"}
KECAMATAN = {"Banyuwangi", "Giri", "Glagah", "Kalipuro", "Licin", "Wongsorejo", "Kabat",
             "Rogojampi", "Songgon", "Singojuruh", "Srono", "Muncar", "Cluring", "Purwoharjo",
             "Tegaldlimo", "Gambiran", "Bangorejo", "Siliragung", "Pesanggaran", "Genteng",
             "Tegalsari", "Sempu", "Glenmore", "Kalibaru", "Blimbingsari"}
REQUIRED_QUERIES = {"ktp ilang", "bikin akte lahir anak", "ijin usaha warung", "dalan rusak",
                    "pasang kb", "sertipikat tanah"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SPECIAL_NUMBERS = {"112"}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def load(path: Path, cols: list[str]) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        header = r.fieldnames or []
        missing = [c for c in cols if c not in header]
        if missing:
            err(f"{path.name}: missing columns {missing}")
        rows = list(r)
    for i, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            err(f"{path.name}:{i}: wrong number of cells")
        row["_line"] = i
    return rows


def split(cell: str) -> list[str]:
    return [x.strip() for x in (cell or "").split(";") if x.strip()]


def check_number(where: str, value: str, person: bool) -> None:
    if not value:
        return
    if value in SPECIAL_NUMBERS:
        return
    try:
        n = phonenumbers.parse(value, "ID")
    except phonenumbers.NumberParseException as e:
        err(f"{where}: cannot parse number {value!r}: {e}")
        return
    if not phonenumbers.is_valid_number(n):
        err(f"{where}: invalid number {value!r}")
    if person and "0000" not in re.sub(r"\D", "", value):
        err(f"{where}: invented number {value!r} lacks the visible '0000' block")


def unique(rows: list[dict], key: str, name: str) -> set[str]:
    c = Counter(r[key] for r in rows)
    for k, n in c.items():
        if n > 1:
            err(f"{name}: duplicate {key} {k!r} ({n}×)")
        if not ID_RE.match(k or ""):
            err(f"{name}: malformed {key} {k!r}")
    return set(c)


def main() -> int:
    orgs = load(SAMPLE / "organizations.csv", ORG_COLS)
    svcs = load(SAMPLE / "services.csv", SVC_COLS)
    cons = load(SAMPLE / "contacts.csv", CON_COLS)
    qs = load(QUERIES, Q_COLS)

    org_ids = unique(orgs, "org_id", "organizations")
    svc_ids = unique(svcs, "service_id", "services")
    unique(cons, "contact_id", "contacts")
    svc_org = {s["service_id"]: s["org_id"] for s in svcs}

    # organizations
    for o in orgs:
        w = f"organizations.csv:{o['_line']} ({o['org_id']})"
        if not o["name"]:
            err(f"{w}: empty name")
        if o["kind"] not in KINDS:
            err(f"{w}: bad kind {o['kind']!r}")
        if o["parent_id"] and o["parent_id"] not in org_ids:
            err(f"{w}: unknown parent_id {o['parent_id']!r}")
        if o["parent_id"] == o["org_id"]:
            err(f"{w}: is its own parent")
        if o["kind"] in ("vertical", "province") and not o["authority_note"]:
            err(f"{w}: {o['kind']} organization needs an authority_note")
        check_number(f"{w} phone", o["phone"], person=True)
        check_number(f"{w} whatsapp", o["whatsapp"], person=True)
        if o["whatsapp"] in SPECIAL_NUMBERS:
            err(f"{w}: 112 cannot be a WhatsApp number")
    kec_orgs = [o for o in orgs if o["kind"] == "kecamatan"]
    if len(kec_orgs) != 25:
        err(f"expected 25 kecamatan organizations, found {len(kec_orgs)}")
    if sum(o["kind"] == "puskesmas" for o in orgs) < 8:
        err("fewer than 8 puskesmas")
    cc = next((o for o in orgs if o["org_id"] == "cc112"), None)
    if not cc or cc["kind"] != "emergency" or cc["phone"] != "112" or cc["whatsapp"]:
        err("cc112 must exist, kind emergency, phone '112', no whatsapp")

    # services
    if len(svcs) < 170:
        err(f"only {len(svcs)} services (need at least 170)")
    for s in svcs:
        w = f"services.csv:{s['_line']} ({s['service_id']})"
        if s["org_id"] not in org_ids:
            err(f"{w}: unknown org_id {s['org_id']!r}")
        if not s["name"]:
            err(f"{w}: empty name")
        if s["category"] not in CATEGORIES:
            err(f"{w}: bad category {s['category']!r}")
        if s["authority"] not in AUTHORITIES:
            err(f"{w}: bad authority {s['authority']!r}")
        if s["authority"] != "regency" and not s["authority_note"]:
            err(f"{w}: authority {s['authority']} needs an authority_note")
        kw = split(s["keywords"])
        if not 3 <= len(kw) <= 8:
            err(f"{w}: {len(kw)} keywords (want 3–8)")
        for a in split(s["area"]):
            if a not in KECAMATAN:
                err(f"{w}: unknown kecamatan in area {a!r}")
        if s["online_url"] and not s["online_url"].startswith("https://"):
            err(f"{w}: online_url should be https: {s['online_url']!r}")
        if not s["fee"] or not s["duration"]:
            err(f"{w}: fee and duration should be filled")
    cc_svc = next((s for s in svcs if s["service_id"] == "cc112-darurat"), None)
    if not cc_svc or cc_svc["org_id"] != "cc112" or cc_svc["category"] != "Darurat":
        err("service cc112-darurat must exist under cc112 with category Darurat")

    # contacts
    covered: set[str] = set()
    for c in cons:
        w = f"contacts.csv:{c['_line']} ({c['contact_id']})"
        if c["org_id"] not in org_ids:
            err(f"{w}: unknown org_id {c['org_id']!r}")
        if not c["name"] or not c["position"]:
            err(f"{w}: name and position are required")
        if c["level"] not in LEVELS:
            err(f"{w}: bad level {c['level']!r}")
        if not c["whatsapp"] and not c["phone"]:
            err(f"{w}: needs whatsapp or phone")
        check_number(f"{w} whatsapp", c["whatsapp"], person=True)
        check_number(f"{w} phone", c["phone"], person=True)
        if c["whatsapp"] in SPECIAL_NUMBERS:
            err(f"{w}: 112 cannot be a WhatsApp number")
        for lang in split(c["languages"]):
            if lang not in LANGS:
                err(f"{w}: bad language {lang!r}")
        for sid in split(c["service_ids"]):
            if sid not in svc_ids:
                err(f"{w}: unknown service_id {sid!r}")
            covered.add(sid)
        for a in split(c["area"]):
            if a not in KECAMATAN:
                err(f"{w}: unknown kecamatan in area {a!r}")
    for sid in sorted(svc_ids - covered):
        err(f"service {sid} has no contact")
    if not 500 <= len(cons) <= 900:
        err(f"{len(cons)} contacts (aim 500–900)")
    wa_share = sum(bool(c["whatsapp"]) for c in cons) / max(1, len(cons))
    if wa_share < 0.6:
        err(f"only {wa_share:.0%} of contacts have WhatsApp")

    # queries
    if len(qs) < 180:
        err(f"only {len(qs)} queries (need at least 180)")
    seen: Counter = Counter(q["query"].strip().lower() for q in qs)
    for k, n in seen.items():
        if n > 1:
            err(f"search_queries.csv: duplicate query {k!r}")
    for q in qs:
        w = f"search_queries.csv:{q['_line']} ({q['query']!r})"
        if not q["query"].strip():
            err(f"{w}: empty query")
        if q["expected_org_id"] not in org_ids:
            err(f"{w}: unknown expected_org_id {q['expected_org_id']!r}")
        sid = q["expected_service_id"]
        if sid:
            if sid not in svc_ids:
                err(f"{w}: unknown expected_service_id {sid!r}")
            elif svc_org[sid] != q["expected_org_id"]:
                err(f"{w}: service {sid} belongs to {svc_org[sid]}, not {q['expected_org_id']}")
        if q["kind"] not in QKINDS:
            err(f"{w}: bad kind {q['kind']!r}")
        if q["kind"] == "emergency" and q["expected_org_id"] != "cc112":
            err(f"{w}: emergency rows must expect cc112")
    missing = REQUIRED_QUERIES - {q["query"] for q in qs}
    if missing:
        err(f"search_queries.csv: required queries missing: {sorted(missing)}")

    kinds = Counter(q["kind"] for q in qs)
    print(f"organizations={len(orgs)} services={len(svcs)} contacts={len(cons)} "
          f"queries={len(qs)} {dict(sorted(kinds.items()))}")
    print("org kinds:", dict(Counter(o["kind"] for o in orgs)))
    print("authorities:", dict(Counter(s["authority"] for s in svcs)))
    print("levels:", dict(Counter(c["level"] for c in cons)), f"whatsapp={wa_share:.0%}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
