"""Write a realistic province-scale directory in the import template's shape.

The bundled Banyuwangi sample (real agency and service names, invented people) is the
pattern: every regency and city of East Java gets its own copy of those agencies with its
name, its kecamatan and its area code, a share of the services (more services than the
sample holds become local variants: mobile services, night counters, kecamatan desks),
and invented staff (about five per service) with phone numbers written the many ways
clerks write them.  Every number holds the block ``0000``, so it is visibly fake.

Deterministic for a given size and seed.

    python -m bench.generate --contacts 100000 --out DIR [--xlsx FILE] [--snapshot FILE]
                             [--contacts-per-service 5]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from dataclasses import dataclass
from pathlib import Path

from melayani_core.directory.validate import COLUMNS, SHEETS

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"
CONTACTS_PER_SERVICE = 5
SERVICES_PER_REGENCY = 526  # 20,000 services over 38 regencies and cities

# (BPS code, name, kind, area code): the 29 regencies and 9 cities of East Java
REGENCIES = [
    ("3510", "Banyuwangi", "Kabupaten", "0333"), ("3509", "Jember", "Kabupaten", "0331"),
    ("3578", "Surabaya", "Kota", "031"), ("3507", "Malang", "Kabupaten", "0341"),
    ("3515", "Sidoarjo", "Kabupaten", "031"), ("3525", "Gresik", "Kabupaten", "031"),
    ("3511", "Bondowoso", "Kabupaten", "0332"), ("3512", "Situbondo", "Kabupaten", "0338"),
    ("3513", "Probolinggo", "Kabupaten", "0335"), ("3508", "Lumajang", "Kabupaten", "0334"),
    ("3514", "Pasuruan", "Kabupaten", "0343"), ("3516", "Mojokerto", "Kabupaten", "0321"),
    ("3517", "Jombang", "Kabupaten", "0321"), ("3518", "Nganjuk", "Kabupaten", "0358"),
    ("3519", "Madiun", "Kabupaten", "0351"), ("3520", "Magetan", "Kabupaten", "0351"),
    ("3521", "Ngawi", "Kabupaten", "0351"), ("3522", "Bojonegoro", "Kabupaten", "0353"),
    ("3523", "Tuban", "Kabupaten", "0356"), ("3524", "Lamongan", "Kabupaten", "0322"),
    ("3501", "Pacitan", "Kabupaten", "0357"), ("3502", "Ponorogo", "Kabupaten", "0352"),
    ("3503", "Trenggalek", "Kabupaten", "0355"), ("3504", "Tulungagung", "Kabupaten", "0355"),
    ("3505", "Blitar", "Kabupaten", "0342"), ("3506", "Kediri", "Kabupaten", "0354"),
    ("3526", "Bangkalan", "Kabupaten", "031"), ("3527", "Sampang", "Kabupaten", "0323"),
    ("3528", "Pamekasan", "Kabupaten", "0324"), ("3529", "Sumenep", "Kabupaten", "0328"),
    ("3571", "Kediri", "Kota", "0354"), ("3572", "Blitar", "Kota", "0342"),
    ("3573", "Malang", "Kota", "0341"), ("3574", "Probolinggo", "Kota", "0335"),
    ("3575", "Pasuruan", "Kota", "0343"), ("3576", "Mojokerto", "Kota", "0321"),
    ("3577", "Madiun", "Kota", "0351"), ("3579", "Batu", "Kota", "0341"),
]  # fmt: skip

HEADS = ["Sumber", "Kali", "Tegal", "Wono", "Karang", "Ngadi", "Pandan", "Gunung", "Sido",
         "Jati", "Kedung", "Bangun", "Tanjung", "Pucang", "Mojo", "Sri", "Tulung", "Banjar",
         "Ngampel", "Watu", "Rowo", "Glagah", "Krajan", "Purwo"]  # fmt: skip
TAILS = ["rejo", "sari", "agung", "mulyo", "harjo", "wangi", "asri", "jati", "arum", "anyar",
         "kidul", "lor", "wetan", "kulon", "jaya", "makmur", "tengah", "baru"]  # fmt: skip
VARIANTS = ["Layanan Keliling Kecamatan {kec}", "Jemput Bola Desa {desa}",
            "Gerai Mal Pelayanan Publik", "Pelayanan Malam Kecamatan {kec}",
            "Loket Kecamatan {kec}", "Pos Pelayanan Desa {desa}"]  # fmt: skip
MOBILE = ["0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0857", "0858",
          "0877", "0878", "0881", "0895", "0896"]  # fmt: skip
GIVEN = ["Agus", "Budi", "Dewi", "Sri", "Wahyu", "Siti", "Eko", "Rina", "Ahmad", "Nur",
         "Fitri", "Hendra", "Indah", "Joko", "Kartika", "Lestari", "Mochamad", "Nanda",
         "Putri", "Rizky", "Slamet", "Tri", "Yuli", "Bagus", "Endah", "Fajar", "Gilang",
         "Hasan", "Ika", "Lukman", "Moh.", "Novi", "Reza", "Suparno", "Umi", "Wulan"]  # fmt: skip
FAMILY = ["Santoso", "Wijaya", "Hidayat", "Susanto", "Prasetyo", "Rahmawati", "Setiawan",
          "Kurniawan", "Nugroho", "Saputra", "Utami", "Wibowo", "Hartono", "Purnomo",
          "Maulana", "Fauzi", "Anggraini", "Firmansyah", "Hakim", "Syaifudin", "Rohman",
          "Sholeh", "Zainuddin", "Mustofa", "Handayani", "Ramadhan", "Yulianto"]  # fmt: skip
TITLES = ["S.E.", "S.IP.", "S.AP.", "S.Sos.", "S.T.", "S.H.", "S.Kom.", "A.Md.", "S.Pd.",
          "S.Si.", "S.Ak.", "S.Kep., Ners", "S.H., M.H.", "S.Sos., M.Si.", "dr."]  # fmt: skip


@dataclass(frozen=True)
class Plan:
    contacts: int
    services: int
    regencies: int

    def as_dict(self) -> dict[str, int]:
        return {"contacts": self.contacts, "services": self.services, "regencies": self.regencies}


def plan(contacts: int, contacts_per_service: float = CONTACTS_PER_SERVICE) -> Plan:
    """Sizes by contacts: five per service (or ``contacts_per_service``), ~526 services per
    regency, at most 38."""
    services = max(20, round(contacts / contacts_per_service))
    regencies = min(len(REGENCIES), max(1, round(services / SERVICES_PER_REGENCY)))
    return Plan(contacts, services, regencies)


def _sample(sheet: str) -> list[dict[str, str]]:
    with open(SAMPLE / f"{sheet}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _place_names(rng: random.Random, n: int, taken: set[str]) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        name = rng.choice(HEADS) + rng.choice(TAILS)
        if name not in taken:
            taken.add(name)
            out.append(name)
    return out


class _Phones:
    """Fake numbers in the shapes people type; every one holds the block 0000."""

    def __init__(self, rng: random.Random, area: str):
        self.rng = rng
        self.area = area
        self.n = 0

    def mobile(self) -> str:
        self.n += 1
        p, tail = self.rng.choice(MOBILE), f"{self.n % 10000:04d}"
        shapes = (
            f"{p}-0000-{tail}", f"+62 {p[1:]} 0000 {tail}", f"62{p[1:]}0000{tail}",
            f"{p} 0000 {tail}", f"{p[1:]}-0000-{tail}", f"+62(0){p[1:]}-0000-{tail}",
            f"{p}.0000.{tail}", f"{p}0000{tail}", f"+62 {p[1:]}-0000-{tail}",
        )  # fmt: skip
        return self.rng.choice(shapes)

    def office(self) -> str:
        self.n += 1
        width = 3 if len(self.area) == 3 else 2  # 8-digit numbers under 031, 7 elsewhere
        number = f"40000{self.n % 10**width:0{width}d}"
        shapes = (f"({self.area}) {number}", f"{self.area} {number}", f"{self.area}-{number}",
                  f"+62 {self.area[1:]} {number}")  # fmt: skip
        return self.rng.choice(shapes)


class _Regency:
    """One regency's copy of the sample agencies, services and invented staff."""

    def __init__(self, index: int, rng: random.Random, sample: dict, taken: set[str]):
        self.code, self.name, self.kind, self.area = REGENCIES[index]
        self.rng = rng
        self.sample = sample
        self.slug = self.name.lower() if self.kind == "Kabupaten" else f"kota{self.name.lower()}"
        kecs = sample["kecamatan"]
        if index == 0:
            self.kec_map = {k: k for k in kecs}
        else:
            fresh = _place_names(rng, len(kecs), set(taken))
            self.kec_map = dict(zip(kecs, fresh, strict=True))
            self.kec_map["Banyuwangi"] = self.name
        self.kecamatan = list(self.kec_map.values())
        self.desa = _place_names(rng, 40, set())
        words = sorted(self.kec_map, key=len, reverse=True)
        self._pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b")
        self.phones = _Phones(rng, self.area)

    def text(self, value: str) -> str:
        if self.slug == "banyuwangi" or not value:
            return value
        value = value.replace("Kabupaten Banyuwangi", f"{self.kind} {self.name}")
        value = value.replace("banyuwangi", self.slug)
        return self._pattern.sub(lambda m: self.kec_map[m.group(1)], value)

    def id(self, value: str) -> str:
        return f"{self.code}-{value}" if value else ""

    def organizations(self) -> list[dict[str, str]]:
        out = []
        for row in self.sample["organizations"]:
            org = {k: self.text(v) for k, v in row.items()}
            org["org_id"], org["parent_id"] = self.id(row["org_id"]), self.id(row["parent_id"])
            if org["phone"]:
                org["phone"] = self.phones.office()
            if org["whatsapp"]:
                org["whatsapp"] = self.phones.mobile()
            out.append(org)
        return out

    def services(self, n: int) -> list[dict[str, str]]:
        rows = self.sample["services"]
        first = [r for r in rows if r["org_id"] in self.sample["emergency_orgs"]]
        rest = [r for r in rows if r not in first]
        self.rng.shuffle(rest)
        base = (first + rest)[:n]
        chosen = [self._service(r) for r in base]
        for i in range(n - len(base)):
            row = rows[i % len(rows)]
            label = VARIANTS[(i // len(rows) + i) % len(VARIANTS)]
            kec, desa = self.rng.choice(self.kecamatan), self.rng.choice(self.desa)
            svc = self._service(row)
            svc["service_id"] = f"{svc['service_id']}-v{i // len(rows) + 1}"
            svc["name"] = f"{svc['name']} – {label.format(kec=kec, desa=desa)}"
            if "{kec}" in label or "{desa}" in label:
                svc["area"] = kec
            chosen.append(svc)
        return chosen

    def _service(self, row: dict[str, str]) -> dict[str, str]:
        svc = {k: self.text(v) for k, v in row.items()}
        svc["service_id"], svc["org_id"] = self.id(row["service_id"]), self.id(row["org_id"])
        return svc

    def contacts(self, services: list[dict[str, str]], n: int) -> list[dict[str, str]]:
        by_org: dict[str, list[dict[str, str]]] = {}
        for svc in services:
            by_org.setdefault(svc["org_id"], []).append(svc)
        out: list[dict[str, str]] = []
        for org in self.sample["organizations"]:
            org_id = self.id(org["org_id"])
            out.append(self._person(org_id, org["org_id"], "head", []))
            if len(by_org.get(org_id, ())) >= 3:
                out.append(self._person(org_id, org["org_id"], "frontdesk", []))
        left = max(0, n - len(out))
        for i, svc in enumerate(services):
            share = left // len(services) + (1 if i < left % len(services) else 0)
            siblings = by_org[svc["org_id"]]
            template_org = svc["org_id"].split("-", 1)[1]
            for j in range(share):
                links = [svc["service_id"]]
                if len(siblings) > 1 and self.rng.random() < 0.3:
                    other = self.rng.choice(siblings)["service_id"]
                    if other not in links:
                        links.append(other)
                level = "manager" if j == 0 and self.rng.random() < 0.5 else "technical"
                person = self._person(svc["org_id"], template_org, level, links)
                if svc["area"] and self.rng.random() < 0.5:
                    person["area"] = svc["area"]
                out.append(person)
        return out[:n] if len(out) > n else out

    def _person(self, org_id: str, template_org: str, level: str, links: list[str]) -> dict:
        rng = self.rng
        given, family = rng.choice(self.sample["given"]), rng.choice(self.sample["family"])
        name = f"{given} {family}"
        if rng.random() < 0.7:
            name += ", " + rng.choice(TITLES)
        positions = self.sample["positions"].get((template_org, level)) or [
            f"Petugas Layanan {template_org.upper()}"
        ]
        whatsapp = self.phones.mobile() if rng.random() < 0.85 else ""
        phone = self.phones.office() if not whatsapp or rng.random() < 0.15 else ""
        self.phones.n += 1
        email = ""
        if rng.random() < 0.35:
            handle = re.sub(r"[^a-z]", "", given.lower()) + "." + family.lower()
            email = f"{handle}{self.phones.n % 97}@{self.slug}.example"
        return {
            "contact_id": f"{org_id}-c{self.phones.n:06d}",
            "org_id": org_id,
            "name": name,
            "position": self.text(rng.choice(positions)),
            "level": level,
            "whatsapp": whatsapp,
            "phone": phone,
            "email": email,
            "hours": rng.choice(self.sample["hours"]),
            "languages": rng.choice(self.sample["languages"]),
            "service_ids": ";".join(links),
            "area": "",
            "assured_date": "",
        }


def _load_sample() -> dict:
    orgs, services, contacts = (_sample(s) for s in SHEETS)
    positions: dict[tuple[str, str], list[str]] = {}
    given, family = set(GIVEN), set(FAMILY)
    for c in contacts:
        positions.setdefault((c["org_id"], c["level"]), []).append(c["position"])
        words = c["name"].split(",")[0].split()
        if len(words) >= 2 and words[0].isalpha():
            given.add(words[0])
            family.add(words[-1])
    return {
        "organizations": orgs,
        "services": services,
        "kecamatan": [
            o["name"].removeprefix("Kecamatan ") for o in orgs if o["kind"] == "kecamatan"
        ],
        "emergency_orgs": {o["org_id"] for o in orgs if o["kind"] == "emergency"},
        "positions": positions,
        "given": sorted(given),
        "family": sorted(family),
        "hours": [c["hours"] for c in contacts if c["hours"]],
        "languages": [c["languages"] for c in contacts if c["languages"]],
    }


def generate(size: Plan | int, seed: int = 6) -> dict[str, list[dict[str, str]]]:
    """The three sheets as rows of text cells (as a clerk would fill them in)."""
    p = plan(size) if isinstance(size, int) else size
    sample = _load_sample()
    rng = random.Random(seed)
    taken = set(sample["kecamatan"])
    sheets: dict[str, list[dict[str, str]]] = {s: [] for s in SHEETS}
    for r in range(p.regencies):
        regency = _Regency(r, random.Random(rng.random()), sample, taken)
        n_services = p.services // p.regencies + (1 if r < p.services % p.regencies else 0)
        n_contacts = p.contacts // p.regencies + (1 if r < p.contacts % p.regencies else 0)
        services = regency.services(n_services)
        sheets["organizations"] += regency.organizations()
        sheets["services"] += services
        sheets["contacts"] += regency.contacts(services, n_contacts)
    return sheets


def write_csv_folder(sheets: dict[str, list[dict[str, str]]], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for sheet in SHEETS:
        with open(folder / f"{sheet}.csv", "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS[sheet])
            writer.writerows([row.get(c, "") for c in COLUMNS[sheet]] for row in sheets[sheet])
    return folder


def write_snapshot(csv_folder: Path, out: Path) -> Path:
    """The hub's snapshot ZIP of a directory (numbers E.164), built by the hub's own code."""
    from melayani_core.directory.template import read_template
    from melayani_core.snapshot import write_snapshot as hub_snapshot

    directory, _ = read_template(csv_folder)
    out.write_bytes(hub_snapshot(directory))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--contacts", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--contacts-per-service", type=float, default=CONTACTS_PER_SERVICE,
                    help="the province's shape: 5 (today's), or ~29 (few services, many staff)")
    ap.add_argument("--out", type=Path, required=True, help="folder for the three CSV files")
    ap.add_argument("--xlsx", type=Path, help="also write the template workbook here")
    ap.add_argument("--snapshot", type=Path, help="also write a hub snapshot ZIP here")
    args = ap.parse_args(argv)
    sheets = generate(plan(args.contacts, args.contacts_per_service), args.seed)
    write_csv_folder(sheets, args.out)
    if args.xlsx:
        from bench.xlsx import write_workbook

        write_workbook(sheets, args.xlsx)
    if args.snapshot:
        write_snapshot(args.out, args.snapshot)
    print({s: len(rows) for s, rows in sheets.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
