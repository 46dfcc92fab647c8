"""A least-recently-used map bounded by the memory its values take, not by their count.

A directory reader keeps the services, contacts and full-text answers it decoded (a
directory file never changes once built, so nothing goes stale). Counted in entries, the
same cache held 5 MB on one directory and 40 MB on another whose services carry long
requirement lists (issue 14); a byte budget holds the window's memory to what it was sized
for whatever the directory looks like.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from dataclasses import fields, is_dataclass

_size = sys.getsizeof
_FIELDS: dict[type, tuple[str, ...]] = {}


def weigh(value: object) -> int:
    """About the bytes ``value`` holds: a record (dataclass), or a tuple or list of records,
    numbers and strings, with the strings and lists in them. Shared strings are counted
    each time they appear, so the estimate errs high."""
    if isinstance(value, str | int | float | bytes) or value is None:
        return _size(value)
    if is_dataclass(value):
        cls = type(value)
        names = _FIELDS.get(cls)
        if names is None:
            names = _FIELDS[cls] = tuple(f.name for f in fields(value))
        return _size(value) + sum(weigh(getattr(value, name)) for name in names)
    if isinstance(value, tuple | list):
        return _size(value) + sum(weigh(v) for v in value)
    return _size(value)


class Recent:
    """Least-recently-used map holding at most about ``budget`` bytes of values."""

    __slots__ = ("budget", "used", "items")

    def __init__(self, budget: int):
        self.budget = budget
        self.used = 0
        self.items: OrderedDict[object, tuple[object, int]] = OrderedDict()

    def get(self, key: object) -> object:
        entry = self.items.get(key)
        if entry is None:
            return None
        self.items.move_to_end(key)
        return entry[0]

    def get_many(self, keys: list) -> dict:
        out = {}
        for key in keys:
            value = self.get(key)
            if value is not None:
                out[key] = value
        return out

    def put(self, key: object, value: object) -> object:
        cost = weigh(value) + weigh(key)
        old = self.items.pop(key, None)
        if old is not None:
            self.used -= old[1]
        self.items[key] = (value, cost)
        self.used += cost
        while self.used > self.budget and len(self.items) > 1:
            _, (_, freed) = self.items.popitem(last=False)
            self.used -= freed
        return value
