"""Example counts for the fuzz tests: modest in CI, full with MELAYANI_FUZZ=full."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

FULL = os.environ.get("MELAYANI_FUZZ", "") == "full"
SCALE = 20 if FULL else 1


def fuzz(examples: int) -> settings:
    """Settings for a fuzz test: ``examples`` in CI, 20x that in the full run."""
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
