"""Melayani Hub: the regency side of Melayani Desk.

Desks enroll, upload their referral log (referrals, outcomes, contact reports) and fetch
the signed directory; the Pemkab reads its reports. See docs/hub.md and
docs/sync-protocol.md.
"""

__version__ = "0.2.0"
PROTOCOL = 1
