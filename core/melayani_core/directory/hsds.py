"""Open Referral HSDS 3.0 tabular data packages: import and export.

The Indonesian fields travel as attributes of the "melayani" taxonomy; docs/hsds-profile.md
describes the profile. Export ids are deterministic: an id that is already a UUID is kept, any
other id becomes uuid5(NAMESPACE, "<table>:<id>") and travels back as a "local_id" attribute, so
both our ids and a foreign package's UUIDs survive a round trip.

The code lives in hsds_common.py (profile, ids, CSV quoting), hsds_read.py (import) and
hsds_write.py (export); this module re-exports their public names.
"""

from __future__ import annotations

from .hsds_common import (
    ENTITY_NAMES,
    FIELD_TYPES,
    FORMULA_START,
    LANGUAGE_LABELS,
    MAX_DATAPACKAGE_BYTES,
    NAMESPACE,
    TABLES,
    TAXONOMY,
    TAXONOMY_ID,
    TERM_IDS,
    TERMS,
    csv_safe,
    csv_unsafe,
    ident,
    is_uuid,
)
from .hsds_read import (
    ID_TABLES,
    READ_TABLES,
    REQUIRED_TABLES,
    read_hsds,
)
from .hsds_write import (
    write_hsds,
)

__all__ = [
    "ENTITY_NAMES",
    "FIELD_TYPES",
    "FORMULA_START",
    "ID_TABLES",
    "LANGUAGE_LABELS",
    "MAX_DATAPACKAGE_BYTES",
    "NAMESPACE",
    "READ_TABLES",
    "REQUIRED_TABLES",
    "TABLES",
    "TAXONOMY",
    "TAXONOMY_ID",
    "TERMS",
    "TERM_IDS",
    "csv_safe",
    "csv_unsafe",
    "ident",
    "is_uuid",
    "read_hsds",
    "write_hsds",
]
