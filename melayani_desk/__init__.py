"""Melayani Desk: the Banyuwangi Melayani front-desk directory and referral log."""

__version__ = "0.2.0"
