"""Referral records shared by the desk and the hub (the wire format of the referral log)."""
