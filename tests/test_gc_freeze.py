"""Garbage collection never walks the open directory's engine again (issue 14)."""

from __future__ import annotations

import gc
import time
import weakref

from melayani_core.directory.gc_pause import freeze_long_lived, gc_paused
from melayani_core.search.engine import SearchEngine
from melayani_desk.directory.local import open_reader


def test_the_engine_is_frozen_once_built_and_a_full_pass_skips_it(sample_dir):
    reader = open_reader(sample_dir)
    try:
        gc.unfreeze()
        before = gc.get_freeze_count()
        engine = SearchEngine(reader)
        frozen = gc.get_freeze_count()
        assert frozen > before + 10_000  # the engine's tables, vocabulary and lexicon
        t = time.perf_counter()
        gc.collect()
        assert time.perf_counter() - t < 0.5
        assert engine.search("ktp hilang", limit=5)  # frozen objects still work
    finally:
        reader.close()


def test_freezing_lets_go_of_what_was_frozen_before():
    class Cycle:
        def __init__(self):
            self.me = self

    gc.unfreeze()
    c = Cycle()
    freeze_long_lived()
    gone = []
    ref = weakref.ref(c, gone.append)
    del c
    freeze_long_lived()  # the earlier frozen set is collected first: the cycle goes
    assert ref() is None and gone


def test_no_freeze_inside_a_build():
    gc.unfreeze()
    with gc_paused():
        freeze_long_lived()
        assert gc.get_freeze_count() == 0


def test_the_first_freeze_runs_no_full_collection():
    gc.unfreeze()
    full = []

    def seen(phase, info):
        if phase == "start" and info["generation"] == 2:
            full.append(info)

    gc.callbacks.append(seen)
    try:
        freeze_long_lived()  # nothing frozen yet: no 90 ms pass with the GIL held
        assert not full and gc.get_freeze_count() > 0
        freeze_long_lived()  # a directory switch: the earlier set is collected
        assert full
    finally:
        gc.callbacks.remove(seen)
        gc.unfreeze()
