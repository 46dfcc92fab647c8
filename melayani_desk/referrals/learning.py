"""Learning from use: what clerks chose teaches this desk's search at once.

A referral logged to a service the search put below its first three results, or found by
browsing, says "for this need, this service": the search boosts that service for the same
need (its content words, normalised) from then on, on this desk.  The hub aggregates the
same pairs across desks and publishes those seen at several desks with the next directory
version (``learned.tsv`` in the lexicon), so every desk gains from them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from melayani_core.referrals.model import LEARN_BELOW_RANK, Referral

if TYPE_CHECKING:
    from melayani_desk.referrals.log import ReferralLog


class Learner(Protocol):
    def learn(self, need_text: str, service_id: str, weight: float = 1.0) -> None: ...


def teaches(referral: Referral) -> bool:
    """Whether this referral tells the search something it did not know."""
    if not referral.need_text.strip():
        return False
    return referral.found_via == "browse" or referral.search_rank > LEARN_BELOW_RANK


def teach_from_log(engine: Learner, log: ReferralLog) -> int:
    """Teach ``engine`` every need -> service this desk's log holds; the number taught."""
    pairs = log.taught()
    for need, service_id in reversed(pairs):  # oldest first: the newest choice wins ties
        engine.learn(need, service_id)
    return len(pairs)


def teach_one(engine: Learner, referral: Referral) -> bool:
    """Teach ``engine`` the referral just logged, when it teaches anything."""
    if teaches(referral):
        engine.learn(referral.need_text, referral.service_id)
        return True
    return False
