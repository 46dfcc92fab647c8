"""Charts drawn on the server as SVG (no JavaScript, no CDN: the hub may be offline).

Only presentation attributes, no ``style=``: the console's Content-Security-Policy allows
no inline styles.  Every chart has a ``<title>`` and ``aria-label`` for screen readers.
"""

from __future__ import annotations

from html import escape
from typing import Any

from markupsafe import Markup

BAR = "#0b4f6c"
FONT = 'font-family="DejaVu Sans, Arial, sans-serif"'
BARS = 10  # a bar chart shows the largest ten


def _cut(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bars(title: str, rows: list[dict[str, Any]], value: str = "referrals") -> Markup:
    """Horizontal bars of the first ``BARS`` rows (label, count)."""
    rows = rows[:BARS]
    label_w, bar_w, row_h, top = 300, 420, 26, 8
    height = top + row_h * max(len(rows), 1) + 8
    peak = max((r[value] for r in rows), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'aria-label="{escape(title)}" viewBox="0 0 {label_w + bar_w + 80} {height}" '
        f'width="{label_w + bar_w + 80}" height="{height}"><title>{escape(title)}</title>'
    ]
    if not rows:
        parts.append(f'<text x="8" y="26" font-size="15" {FONT}>Belum ada data pada rentang '
                     "ini.</text>")  # fmt: skip
    for i, r in enumerate(rows):
        y = top + i * row_h
        w = max(1, round(bar_w * r[value] / peak))
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" font-size="14" text-anchor="end" {FONT}>'
            f"{escape(_cut(str(r['label'])))}</text>"
            f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 8}" fill="{BAR}"/>'
            f'<text x="{label_w + w + 6}" y="{y + 17}" font-size="14" {FONT}>{r[value]}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def columns(title: str, rows: list[dict[str, Any]], value: str = "referrals") -> Markup:
    """Vertical bars, one per row in order (weeks), labelled every few bars."""
    n = max(len(rows), 1)
    left, width, height, base = 56, 760, 240, 200
    step = (width - left - 10) / n
    peak = max((r[value] for r in rows), default=0) or 1
    every = max(1, round(n / 8))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}"><title>{escape(title)}</title>'
        f'<line x1="{left}" y1="{base}" x2="{width - 10}" y2="{base}" stroke="#555"/>'
        f'<text x="{left - 6}" y="{base - 180 + 5}" font-size="13" text-anchor="end" {FONT}>'
        f"{peak}</text>"
        f'<text x="{left - 6}" y="{base + 5}" font-size="13" text-anchor="end" {FONT}>0</text>'
    ]
    for i, r in enumerate(rows):
        h = round(180 * r[value] / peak)
        x = left + i * step
        parts.append(f'<rect x="{x + 1:.1f}" y="{base - h}" width="{max(step - 2, 1):.1f}" '
                     f'height="{h}" fill="{BAR}"><title>{escape(str(r["label"]))}: '
                     f"{r[value]}</title></rect>")  # fmt: skip
        if i % every == 0:
            label = escape(str(r["label"]))
            parts.append(f'<text x="{x + step / 2:.1f}" y="{base + 20}" font-size="12" '
                         f'text-anchor="middle" {FONT}>{label}</text>')  # fmt: skip
    parts.append("</svg>")
    return Markup("".join(parts))
