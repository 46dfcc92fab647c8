"""A least-recently-used map bounded by the memory its values take, not by their count.

A directory reader keeps the services, contacts and full-text answers it decoded (a
directory file never changes once built, so nothing goes stale). Counted in entries, the
same cache held 5 MB on one directory and 40 MB on another whose services carry long
requirement lists (issue 14); a byte budget holds the window's memory to what it was sized
for whatever the directory looks like. The caller says what a value costs, from what it
has at hand (:func:`row_cost` of the SQLite row a record was decoded from): weighing the
decoded objects again cost more than the search itself.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

RECORD = 240  # a record object, its pointers, and the list objects of its list fields
FIELD = 56  # a str object without its characters, or a small int/float
PAIR = 120  # one (sid, score) tuple of a full-text answer or concept link


def _text_cost(text: str) -> int:
    size = FIELD + len(text) * (1 if text.isascii() else 2)  # "–": two bytes a character
    if text[:1] == "[":  # a JSON list of strings: one str object and a pointer per item
        size += 32 * text.count('"')
    return size


def row_cost(values: tuple[object, ...]) -> int:
    """About the bytes a record decoded from this SQLite row holds (strings counted whole,
    so shared strings are counted each time: the estimate errs high)."""
    return RECORD + sum(_text_cost(v) if v.__class__ is str else FIELD for v in values)


class Recent(Generic[K, V]):
    """Least-recently-used map holding at most about ``budget`` bytes of values."""

    __slots__ = ("budget", "used", "items")

    def __init__(self, budget: int):
        self.budget = budget
        self.used = 0
        self.items: OrderedDict[K, tuple[V, int]] = OrderedDict()

    def get(self, key: K) -> V | None:
        entry = self.items.get(key)
        if entry is None:
            return None
        self.items.move_to_end(key)
        return entry[0]

    def get_many(self, keys: Iterable[K]) -> dict[K, V]:
        out: dict[K, V] = {}
        for key in keys:
            value = self.get(key)
            if value is not None:
                out[key] = value
        return out

    def put(self, key: K, value: V, cost: int) -> V:
        """Keep ``value`` (about ``cost`` bytes); the least recently used go to make room."""
        old = self.items.pop(key, None)
        if old is not None:
            self.used -= old[1]
        self.items[key] = (value, cost)
        self.used += cost
        while self.used > self.budget and len(self.items) > 1:
            _, (_, freed) = self.items.popitem(last=False)
            self.used -= freed
        return value
