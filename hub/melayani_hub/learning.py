"""What the desks taught the search, aggregated for the next directory version, and the
needs that found nothing.

A desk's referral to a service its search put below the first three results, or found by
browsing, is a lesson "need -> service".  Published (as ``learned.tsv`` in the lexicon the
directory carries) are only lessons seen at several desks (``MIN_DESKS``), as normalised
need words without digits, so nothing published can point at one citizen: a name or a
number typed at one desk never leaves the hub.  Referrals logged on sample data and
corrected referrals do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Engine, func, or_, select

from melayani_core.referrals.model import LEARN_BELOW_RANK
from melayani_hub.models import Referral, UnmetNeed
from melayani_hub.reports import _active

MIN_DESKS = 3
MAX_WORDS = 8
LEARNED_HEADER = (
    "# Needs clerks sent to a service the search ranked low or that they found by browsing,\n"
    "# seen at several desks (melayani-hub publish). need<TAB>service_id<TAB>desks<TAB>count\n"
)
_SAFE = re.compile(r"^[^\W\d_]+$")


@dataclass(frozen=True)
class Lesson:
    need: str
    service_id: str
    desks: int
    count: int


def _publishable(need: str) -> bool:
    words = need.split()
    return 0 < len(words) <= MAX_WORDS and all(_SAFE.match(w) for w in words)


def lessons(engine: Engine, min_desks: int = MIN_DESKS) -> list[Lesson]:
    """Lessons seen at ``min_desks`` desks or more, most desks first."""
    q = (
        select(
            Referral.need_norm,
            Referral.service_id,
            func.count(func.distinct(Referral.desk_id)),
            func.count(),
        )
        .where(
            _active(),
            Referral.need_norm != "",
            Referral.directory_is_sample.is_(False),
            or_(Referral.found_via == "browse", Referral.search_rank > LEARN_BELOW_RANK),
        )
        .group_by(Referral.need_norm, Referral.service_id)
        .having(func.count(func.distinct(Referral.desk_id)) >= min_desks)
    )
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    found = [Lesson(n, s, d, c) for n, s, d, c in rows if _publishable(n)]
    return sorted(found, key=lambda x: (-x.desks, -x.count, x.need, x.service_id))


def learned_tsv(found: list[Lesson], carried: str = "") -> str:
    """``learned.tsv`` of ``found``, after the lines a directory already carries (a lesson
    the hub learned replaces a carried line for the same need and service)."""
    keys = {(x.need, x.service_id) for x in found}
    kept = []
    for line in carried.splitlines():
        parts = line.split("\t")
        if line.startswith("#") or not line.strip():
            continue
        if len(parts) >= 2 and (parts[0].strip(), parts[1].strip()) in keys:
            continue
        kept.append(line)
    lines = [f"{x.need}\t{x.service_id}\t{x.desks}\t{x.count}" for x in found]
    return LEARNED_HEADER + "".join(f"{line}\n" for line in [*kept, *lines])


def unmet(engine: Engine, limit: int = 50) -> list[dict]:
    """Needs searched at desks that found no service, most asked first: how many times,
    at how many desks, in how many kecamatan."""
    q = (
        select(
            UnmetNeed.need_norm,
            func.count(),
            func.count(func.distinct(UnmetNeed.desk_id)),
            func.count(func.distinct(UnmetNeed.kecamatan)),
            func.max(UnmetNeed.created_at),
        )
        .where(UnmetNeed.need_norm != "")
        .group_by(UnmetNeed.need_norm)
        .order_by(func.count().desc(), UnmetNeed.need_norm)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [
            {"need": n, "searches": c, "desks": d, "kecamatan": k, "last": last}
            for n, c, d, k, last in conn.execute(q)
        ]


def found_by_browsing(engine: Engine, limit: int = 50) -> list[dict]:
    """Needs whose referral was found by browsing (search did not find it), most first."""
    q = (
        select(Referral.need_norm, Referral.service_name, func.count())
        .where(_active(), Referral.found_via == "browse", Referral.need_norm != "")
        .group_by(Referral.need_norm, Referral.service_name)
        .order_by(func.count().desc(), Referral.need_norm)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [{"need": n, "service": s, "referrals": c} for n, s, c in conn.execute(q)]
