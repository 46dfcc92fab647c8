"""Benchmarks for Melayani Desk at province scale (issue 6).

``python -m bench`` generates directories of 1,000 / 10,000 / 100,000 contacts, measures
every figure of docs/performance.md and prints one JSON object (``--out`` also writes it).
``python -m bench.generate`` writes one directory in the import template's shape.
"""
