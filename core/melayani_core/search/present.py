"""Search results as JSON (for scripts and the hub) and as text (for a terminal)."""

from __future__ import annotations

from typing import Any

from melayani_core.directory.freshness import is_stale
from melayani_core.directory.model import DEFAULT_FRESHNESS_MONTHS, Contact
from melayani_core.directory.phones import display
from melayani_core.search.engine import Answer, Route, SearchResult

SAMPLE_MARK = "DATA CONTOH — nomor dan nama orang di sini karangan, jangan diberikan ke warga"


def contact_json(c: Contact, freshness_months: int = DEFAULT_FRESHNESS_MONTHS) -> dict[str, Any]:
    return {
        "contact_id": c.contact_id,
        "name": c.name,
        "position": c.position,
        "level": c.level,
        "whatsapp": c.whatsapp or None,
        "whatsapp_display": display(c.whatsapp) if c.whatsapp else None,
        "phone": c.phone or None,
        "phone_display": display(c.phone) if c.phone else None,
        "email": c.email or None,
        "hours": c.hours or None,
        "assured_date": c.assured_date or None,  # last verified (not last edited); None = never
        "stale": is_stale(c.assured_date, freshness_months),
    }


def result_json(
    r: SearchResult, sample: bool, freshness_months: int = DEFAULT_FRESHNESS_MONTHS
) -> dict[str, Any]:
    s, o = r.service, r.org
    return {
        "kind": r.kind,
        "service_id": s.service_id,
        "service_name": s.name,
        "category": s.category,
        "org_id": o.org_id,
        "org_name": o.name,
        "org_short_name": o.short_name or o.name,
        "authority": s.authority,
        "authority_note": (s.authority_note or o.authority_note) or None,
        "outside_regency": r.outside_regency,
        "requirements": s.requirements,
        "fee": s.fee or None,
        "duration": s.duration or None,
        "online_url": s.online_url or None,
        "contacts": [contact_json(c, freshness_months) for c in r.contacts],
        "sample": sample,
    }


def result_text(i: int, r: SearchResult) -> str:
    s, o = r.service, r.org
    head = f"{i}. {s.name} — {o.short_name or o.name}"
    if r.kind == "emergency":
        head = f"{i}. [DARURAT] {s.name}"
    lines = [head]
    if r.outside_regency:
        note = s.authority_note or o.authority_note or "yang memutuskan bukan Pemkab Banyuwangi"
        lines.append(f"   ! Bukan kewenangan Pemkab: {note}")
    for c in r.contacts[:3]:
        numbers = []
        if c.whatsapp:
            numbers.append(f"WA {display(c.whatsapp)}")
        if c.phone and c.phone != c.whatsapp:
            numbers.append(f"Telp {display(c.phone)}")
        lines.append(f"   - {c.name}, {c.position}: {', '.join(numbers)}")
    return "\n".join(lines)


def route_json(route: Route | None) -> dict[str, Any] | None:
    if route is None:
        return None
    return {"kind": route.kind, "office": route.office, "name": route.name, "text": route.text}


def answer_json(
    answer: Answer, sample: bool, freshness_months: int = DEFAULT_FRESHNESS_MONTHS
) -> dict[str, Any]:
    """A whole answer: the results, the route when no office in the directory meets the
    need, whether it is an emergency, and the need concepts matched."""
    return {
        "results": [result_json(r, sample, freshness_months) for r in answer.results],
        "route": route_json(answer.route),
        "emergency": answer.emergency,
        "concepts": answer.concepts,
        "corrections": answer.corrections,
        "sample": sample,
    }


def route_text(route: Route) -> str:
    if route.kind == "emergency":
        return f"DARURAT: {route.text}"
    if route.kind == "lapor":
        return f"Tidak ada kantor di direktori untuk kebutuhan ini. Sampaikan lewat {route.text}"
    return f"Di luar direktori ({route.name}): {route.text}"


def offer(answer: Answer) -> str:
    """What the window offers beside the results: "emergency" (112, only for an emergency
    whose 112 entry is not on top), "outside" (the outside office the directory lacks, and
    SP4N-LAPOR!), "lapor" (no office in the directory for the need: no result, or only
    offices beyond the regency), or "" (the results answer it)."""
    if answer.emergency:
        on_top = any(r.kind == "emergency" for r in answer.results)
        lacking = answer.route is not None and answer.route.kind == "emergency"
        return "emergency" if lacking or not on_top else ""
    if answer.route is not None:
        return "outside" if answer.route.kind == "outside" else "lapor"
    if not answer.results or all(r.outside_regency for r in answer.results):
        return "lapor"
    return ""
