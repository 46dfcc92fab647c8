"""Melayani core: the domain and wire formats shared by the desk and the hub.

The directory (records, import and export formats), need search, the directory file's
storage, referral records and signed-manifest keys. Plain Python: no Qt, no web server.
"""

__version__ = "0.2.0"
