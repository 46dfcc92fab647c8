"""The regency's view: referrals by agency, need, area and ISO week; contact problems per
agency; how agencies respond. Corrected (superseded) referrals are not counted.

Weeks are ISO weeks in WIB (UTC+7), Banyuwangi's time zone.

A desk's clock can be wrong (years ahead, after a dead CMOS battery or a bad manual
setting). The hub stores when it received every item (``received_at``, its own clock), so
an item dated more than ``FUTURE_SLACK`` after it was received is flagged: counted in
``future_dated`` per desk, placed in the week it was received, and kept out of the
response times.
"""

from __future__ import annotations

import html
import statistics
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Engine, exists, func, select
from sqlalchemy.orm import aliased

from melayani_hub.db import now_iso
from melayani_hub.models import ContactReport, Desk, Outcome, Referral
from melayani_hub.times import FUTURE_SLACK

WIB = timezone(timedelta(hours=7))
RESPONDED = ("responded", "resolved")
KINDS = ("wrong_number", "not_answering", "moved", "other")


def _active():
    """Referrals not corrected by a later referral of the same desk (a desk cannot hide
    another desk's referral by naming it as corrected)."""
    newer = aliased(Referral)
    return ~exists().where(
        newer.supersedes_uuid == Referral.uuid, newer.desk_id == Referral.desk_id
    )


def _real():
    """Referrals logged on real directory data: those made on sample data (a desk still on
    the bundled DATA CONTOH, a practice run) say nothing about the regency's needs."""
    return Referral.directory_is_sample.is_(False)


def _when(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def iso_week(text: str) -> str:
    moment = _when(text)
    if moment is None:
        return "?"
    year, week, _ = moment.astimezone(WIB).isocalendar()
    return f"{year}-W{week:02d}"


def _ahead(created: str, received: str) -> timedelta | None:
    """How much later than the hub received it an item says it was made, when that is
    beyond drift; None when it is not (or a date does not read)."""
    made, got = _when(created), _when(received)
    if made is None or got is None or made <= got + FUTURE_SLACK:
        return None
    return made - got


def future_dated(created: str, received: str) -> bool:
    """True when an item says it was made later than the hub received it (beyond drift)."""
    return _ahead(created, received) is not None


def _future_rows(conn: Any) -> list[dict[str, Any]]:
    """Per desk: how many of its items are dated after the hub received them."""
    found: dict[str, dict[str, Any]] = {}
    for model, key in ((Referral, "referrals"), (Outcome, "outcomes"),
                       (ContactReport, "contact_reports")):  # fmt: skip
        q = select(model.desk_id, model.created_at, model.received_at)
        for desk_id, created, received in conn.execute(q):
            late = _ahead(created, received)
            if late is None:
                continue
            row = found.setdefault(
                desk_id,
                {"desk_id": desk_id, "referrals": 0, "outcomes": 0, "contact_reports": 0,
                 "latest_received_at": "", "max_ahead_days": 0.0},
            )  # fmt: skip
            row[key] += 1
            ahead = late.total_seconds() / 86400
            row["max_ahead_days"] = max(row["max_ahead_days"], round(ahead, 1))
            row["latest_received_at"] = max(row["latest_received_at"], received)
    names = dict(conn.execute(select(Desk.desk_id, Desk.name)).all()) if found else {}
    for row in found.values():
        row["desk_name"] = names.get(row["desk_id"], "")
    return sorted(found.values(), key=lambda r: (-r["referrals"], r["desk_id"]))


def build_report(engine: Engine, top_needs: int = 20) -> dict[str, Any]:
    from melayani_hub.freshness import contact_freshness
    from melayani_hub.learning import found_by_browsing, lessons, unmet
    from melayani_hub.lookup import with_lapor

    active = _active() & _real()
    with engine.connect() as conn:
        org_names = select(Referral.org_id, func.max(Referral.org_name))
        names = {o: n for o, n in conn.execute(org_names.group_by(Referral.org_id))}
        total = conn.scalar(select(func.count()).where(_real())) or 0
        on_sample = conn.scalar(select(func.count()).where(~_real())) or 0
        by_agency = conn.execute(
            select(Referral.org_id, func.count()).where(active).group_by(Referral.org_id)
        ).all()
        by_need = conn.execute(
            select(Referral.need_norm, func.count())
            .where(active, Referral.need_norm != "")
            .group_by(Referral.need_norm)
        ).all()
        by_area = conn.execute(
            select(Referral.kecamatan, Referral.desa, func.count())
            .where(active)
            .group_by(Referral.kecamatan, Referral.desa)
        ).all()
        referrals = conn.execute(
            select(Referral.uuid, Referral.org_id, Referral.created_at, Referral.received_at).where(
                active
            )
        ).all()
        outcomes = conn.execute(
            select(Outcome.referral_uuid, Outcome.outcome, Outcome.created_at, Outcome.received_at)
            .join(Referral, Referral.uuid == Outcome.referral_uuid)
            .where(_real())
        ).all()
        problems = conn.execute(
            select(ContactReport.org_id, ContactReport.kind, func.count()).group_by(
                ContactReport.org_id, ContactReport.kind
            )
        ).all()
        desks = conn.scalar(select(func.count()).select_from(Desk)) or 0
        future = _future_rows(conn)

    weeks = Counter(
        iso_week(received if future_dated(created, received) else created)
        for _, _, created, received in referrals
    )
    per_referral: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ref_uuid, outcome, created, received in outcomes:
        # an outcome dated in the future says nothing true about how fast anyone answered
        per_referral[ref_uuid].append((outcome, "" if future_dated(created, received) else created))
    response: dict[str, dict[str, Any]] = {}
    hours: dict[str, list[float]] = defaultdict(list)
    for ref_uuid, org_id, created, received in referrals:
        if future_dated(created, received):
            created = ""
        row = response.setdefault(
            org_id, {"org_id": org_id, "referrals": 0, "with_outcome": 0, "responded": 0}
        )
        row["referrals"] += 1
        events = per_referral.get(ref_uuid)
        if not events:
            continue
        row["with_outcome"] += 1
        answered = [when for outcome, when in events if outcome in RESPONDED]
        if answered:
            row["responded"] += 1
            start, first = _when(created), min(filter(None, map(_when, answered)), default=None)
            if start and first and first >= start:
                hours[org_id].append((first - start).total_seconds() / 3600)
    for org_id, row in response.items():
        row["org_name"] = names.get(org_id, "")
        row["response_rate"] = (
            round(row["responded"] / row["with_outcome"], 4) if row["with_outcome"] else None
        )
        row["median_hours_to_response"] = (
            round(statistics.median(hours[org_id]), 1) if hours[org_id] else None
        )
    contact: dict[str, dict[str, Any]] = {}
    for org_id, kind, n in problems:
        row = contact.setdefault(
            org_id,
            {"org_id": org_id, "org_name": names.get(org_id, ""), "total": 0,
             "by_kind": dict.fromkeys(KINDS, 0)},
        )  # fmt: skip
        row["total"] += n
        row["by_kind"][kind] = row["by_kind"].get(kind, 0) + n

    return {
        "generated_at": now_iso(),
        "totals": {
            "referrals": len(referrals),
            "superseded": total - len(referrals),
            "sample": on_sample,
            "outcomes": len(outcomes),
            "contact_reports": sum(n for _, _, n in problems),
            "desks": desks,
            "future_dated": sum(
                r["referrals"] + r["outcomes"] + r["contact_reports"] for r in future
            ),
        },
        "by_agency": sorted(
            ({"org_id": o, "org_name": names.get(o, ""), "referrals": n} for o, n in by_agency),
            key=lambda r: (-r["referrals"], r["org_id"]),
        ),
        "by_need": [
            {"need": need, "referrals": n}
            for need, n in sorted(by_need, key=lambda r: (-r[1], r[0]))[:top_needs]
        ],
        "by_area": sorted(
            ({"kecamatan": k, "desa": d, "referrals": n} for k, d, n in by_area),
            key=lambda r: (-r["referrals"], r["kecamatan"], r["desa"]),
        ),
        "by_week": [{"week": w, "referrals": weeks[w]} for w in sorted(weeks)],
        "contact_problems": sorted(contact.values(), key=lambda r: (-r["total"], r["org_id"])),
        "response": sorted(response.values(), key=lambda r: (-r["referrals"], r["org_id"])),
        "unmet_needs": unmet(engine, top_needs),
        "found_by_browsing": found_by_browsing(engine, top_needs),
        "learned": [vars(x) for x in lessons(engine)[:top_needs]],
        "future_dated": future,
        "contact_freshness": contact_freshness(engine),
        "lapor": with_lapor(engine),
    }


# --- the HTML page ----------------------------------------------------------------------------

KIND_LABELS = {
    "wrong_number": "Nomor salah",
    "not_answering": "Tidak menjawab",
    "moved": "Pindah",
    "other": "Lainnya",
}
STYLE = (
    "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
    "table{border-collapse:collapse;margin:0 0 2em}"
    "th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left}"
    "td.n{text-align:right}th{background:#eee}"
)


def _table(title: str, headers: list[str], rows: list[list[object]]) -> str:
    def cell(value: object) -> str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return f'<td class="n">{html.escape(str(value))}</td>'
        return f"<td>{html.escape('' if value is None else str(value))}</td>"

    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in rows)
    if not rows:
        body = f'<tr><td colspan="{len(headers)}">Belum ada data.</td></tr>'
    return f"<h2>{html.escape(title)}</h2><table><tr>{head}</tr>{body}</table>"


def _percent(rate: float | None) -> str:
    return "-" if rate is None else f"{rate * 100:.0f}%"


def _future_html(report: dict[str, Any]) -> str:
    rows = report.get("future_dated") or []
    if not rows:
        return ""
    note = (
        "<p>Data ini bertanggal setelah hub menerimanya: jam komputer meja itu salah "
        "(terlalu maju). Data tetap dihitung, pada minggu diterimanya; waktu tanggapannya "
        "tidak dihitung. Minta petugas meja membetulkan tanggal dan jam komputer.</p>"
    )
    return _table(
        "PERINGATAN: data bertanggal di masa depan (jam meja salah)",
        ["Meja", "Rujukan", "Hasil", "Laporan kontak", "Maju (hari)", "Terakhir diterima"],
        [[r["desk_name"] or r["desk_id"], r["referrals"], r["outcomes"], r["contact_reports"],
          r["max_ahead_days"], r["latest_received_at"]] for r in rows],
    ) + note  # fmt: skip


def _freshness_html(report: dict[str, Any]) -> str:
    f = report.get("contact_freshness") or {}
    if not f.get("version"):
        return ""
    return _table(
        f"Kontak yang perlu diperiksa ulang (direktori v{f['version']}, batas "
        f"{f['freshness_months']} bulan)",
        ["Kontak", "Lewat batas pemeriksaan", "Belum pernah diperiksa"],
        [[f["contacts"], f["stale"], f["unverified"]]],
    )


def render_html(report: dict[str, Any]) -> str:
    t = report["totals"]
    parts = [
        '<!doctype html><html lang="id"><head><meta charset="utf-8">',
        "<title>Laporan Melayani Hub</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Laporan rujukan Kabupaten Banyuwangi</h1>",
        f"<p>Dibuat {html.escape(report['generated_at'])}. Rujukan: {t['referrals']} "
        f"(koreksi tidak dihitung: {t['superseded']}; pada DATA CONTOH, tidak dihitung: "
        f"{t['sample']}), hasil: {t['outcomes']}, "
        f"laporan kontak: {t['contact_reports']}, meja terdaftar: {t['desks']}.</p>",
        _table("Rujukan per instansi", ["Kode", "Instansi", "Rujukan"],
               [[r["org_id"], r["org_name"], r["referrals"]] for r in report["by_agency"]]),
        _table("Kebutuhan warga terbanyak", ["Kebutuhan", "Rujukan"],
               [[r["need"], r["referrals"]] for r in report["by_need"]]),
        _table("Rujukan per kecamatan dan desa", ["Kecamatan", "Desa/kelurahan", "Rujukan"],
               [[r["kecamatan"], r["desa"], r["referrals"]] for r in report["by_area"]]),
        _table("Rujukan per minggu (ISO, WIB)", ["Minggu", "Rujukan"],
               [[r["week"], r["referrals"]] for r in report["by_week"]]),
        _table("Tanggapan instansi",
               ["Instansi", "Rujukan", "Ada hasil", "Ditanggapi/selesai", "Tingkat tanggapan",
                "Median jam sampai ditanggapi"],
               [[r["org_name"] or r["org_id"], r["referrals"], r["with_outcome"], r["responded"],
                 _percent(r["response_rate"]), r["median_hours_to_response"]]
                for r in report["response"]]),
        _future_html(report),
        _freshness_html(report),
        _table("Rujukan dengan tiket SP4N-LAPOR! (terbaru)",
               ["Kode", "Tanggal", "Meja", "Instansi", "Layanan", "Tiket LAPOR!"],
               [[r["code"], r["created_at"], r["desk_name"], r["org_name"], r["service_name"],
                 r["lapor"]] for r in report["lapor"]]),
        _table("Masalah kontak per instansi",
               ["Instansi", "Jumlah", *(KIND_LABELS[k] for k in KINDS)],
               [[r["org_name"] or r["org_id"], r["total"], *(r["by_kind"].get(k, 0) for k in KINDS)]
                for r in report["contact_problems"]]),
        _table("Kebutuhan yang tidak menemukan layanan (dicari di meja, tanpa hasil)",
               ["Kebutuhan", "Dicari", "Meja", "Kecamatan", "Terakhir"],
               [[r["need"], r["searches"], r["desks"], r["kecamatan"], r["last"]]
                for r in report["unmet_needs"]]),
        _table("Kebutuhan yang layanannya ditemukan lewat jelajah, bukan pencarian",
               ["Kebutuhan", "Layanan", "Rujukan"],
               [[r["need"], r["service"], r["referrals"]] for r in report["found_by_browsing"]]),
        _table("Pelajaran pencarian untuk versi direktori berikutnya (dari beberapa meja)",
               ["Kebutuhan", "Id layanan", "Meja", "Rujukan"],
               [[r["need"], r["service_id"], r["desks"], r["count"]] for r in report["learned"]]),
        "</body></html>",
    ]  # fmt: skip
    return "".join(parts)
