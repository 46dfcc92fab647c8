"""Draw a referral slip on any QPagedPaintDevice: the preview, the printer and the PDF
all go through :func:`render` (as Frescobaldi does), so what is previewed is printed.

Each paper has its own layout, not A4 shrunk: on A4/A5 the WhatsApp QR code stands to
the right of the contact block; on A6 and thermal rolls it is centred below it.  Thermal
rolls get a page exactly as long as the slip.  The QR code is drawn as vector rectangles,
so it stays sharp at a thermal printer's 203 dpi.

The slip speaks the citizen's language (``Slip.language``), not the window's: its texts are
looked up in the app's Indonesian catalog (context "Slip") through a translator of its own,
never the one installed for the window, so an English window prints an Indonesian slip and
an Indonesian window an English one.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import segno
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QTranslator
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from melayani_desk.referrals.slip import Slip


@dataclass(frozen=True)
class Paper:
    key: str
    width_mm: float
    height_mm: float | None  # None: a roll, as long as the slip
    margin_mm: float
    font_pt: float
    qr_mm: float
    qr_beside: bool


PAPERS = {
    "a4": Paper("a4", 210, 297, 15, 11, 45, True),
    "a5": Paper("a5", 148, 210, 10, 10, 38, True),
    "a6": Paper("a6", 105, 148, 6, 9, 36, False),
    "80mm": Paper("80mm", 80, None, 4, 9, 46, False),
    "58mm": Paper("58mm", 58, None, 4, 8, 42, False),
}
ROLL_MIN_MM = 60.0


_catalogs: dict[str, QTranslator | None] = {}


def slip_text(language: str, text: str) -> str:
    """``text`` (English source) in the slip's language, from the "Slip" context."""
    if language == "en":
        return text
    if language not in _catalogs:
        from melayani_desk.ui.i18n import translations_dir

        translator = QTranslator()
        found = translator.load(f"melayani_{language}", str(translations_dir()))
        _catalogs[language] = translator if found else None
    translator = _catalogs[language]
    return (translator.translate("Slip", text) if translator else "") or text


def _e(text: str) -> str:
    return html.escape(text or "")


def header_html(slip: Slip, paper: Paper) -> str:
    def t(text: str) -> str:
        return slip_text(slip.language, text)

    big = paper.font_pt * 1.9
    parts = []
    if slip.sample:
        parts.append(
            f"<p style='font-weight:bold; border:1px solid black'>"
            f"{_e(t('SAMPLE DATA — invented names and numbers, not for citizens'))}</p>"
        )
    parts.append(f"<p><b>{_e(slip.desk_name or t('Banyuwangi Melayani service desk'))}</b>")
    if slip.desk_area:
        parts.append(f"<br>{_e(slip.desk_area)}")
    parts.append(f"<br>{_e(slip.date_text)}")
    if slip.code:
        parts.append(f"<br>{_e(t('Referral code'))}: <b>{_e(slip.code)}</b>")
    parts.append("</p>")
    if slip.need_text:
        parts.append(f"<p>{_e(t('Need'))}: {_e(slip.need_text)}</p>")
    parts.append(
        f"<p><b style='font-size:{paper.font_pt * 1.25:.1f}pt'>{_e(slip.service_name)}</b>"
        f"<br>{_e(slip.org_name)}</p>"
    )
    parts.append(
        f"<p>{_e(t('Contact'))}: <b>{_e(slip.contact_name)}</b><br>{_e(slip.contact_position)}"
    )
    if slip.whatsapp:
        parts.append(
            f"<br>WhatsApp:<br><span style='font-size:{big:.1f}pt; font-weight:bold'>"
            f"{_e(slip.whatsapp_display)}</span>"
        )
    if slip.phone and slip.phone != slip.whatsapp:
        parts.append(f"<br>{_e(t('Phone'))}: <b>{_e(slip.phone_display)}</b>")
    parts.append("</p>")
    return "".join(parts)


def body_html(slip: Slip, paper: Paper) -> str:
    def t(text: str) -> str:
        return slip_text(slip.language, text)

    parts = []
    if slip.authority_org:
        lead = t("This is not the regency's authority; it is handled by: %1.").replace(
            "%1", slip.authority_org
        )
        parts.append(
            f"<p style='border:1px solid black'><b>{_e(t('Note'))}:</b> "
            f"{_e(lead)} {_e(slip.authority_note)}</p>"
        )
    if slip.requirements:
        parts.append(f"<p><b>{_e(t('Bring'))}:</b></p><table cellspacing='0' cellpadding='1'>")
        for req in slip.requirements:
            parts.append(f"<tr><td>[&nbsp;&nbsp;]&nbsp;</td><td>{_e(req)}</td></tr>")
        parts.append("</table>")
    facts = [
        (t("Fee"), slip.fee),
        (t("Duration"), slip.duration),
        (t("Hours"), slip.hours),
        (t("Address"), slip.address),
        (t("Online"), slip.online_url),
    ]
    lines = [f"{_e(k)}: {_e(v)}" for k, v in facts if v]
    if lines:
        parts.append("<p>" + "<br>".join(lines) + "</p>")
    if slip.wa_url:
        parts.append(
            f"<p>{_e(t('Scan the QR code to open a WhatsApp chat with the contact.'))}</p>"
        )
    parts.append(
        f"<p><b>{_e(t('Emergency (fire, accident, disaster): call 112'))}</b> — "
        f"{_e(t('free, 24 hours. For emergencies only.'))}</p>"
    )
    if slip.sample:
        parts.append(f"<p><b>{_e(t('SAMPLE DATA'))}</b></p>")
    return "".join(parts)


def _document(
    html_text: str, device: QPagedPaintDevice, width_px: float, pt: float
) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(pt)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html_text)
    doc.setTextWidth(width_px)
    return doc


def draw_qr(painter: QPainter, url: str, rect: QRectF) -> None:
    """The QR code as filled rectangles (one per run of dark modules in a row)."""
    qr = segno.make(url, error="m", micro=False, boost_error=False)
    matrix = qr.matrix
    n = len(matrix) + 8  # with the 4-module quiet zone on each side
    module = min(rect.width(), rect.height()) / n
    x0 = rect.x() + (rect.width() - module * n) / 2 + 4 * module
    y0 = rect.y() + 4 * module
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                painter.drawRect(
                    QRectF(x0 + start * module, y0 + r * module, (c - start) * module, module)
                )
            else:
                c += 1
    painter.restore()


class SlipLayout:
    """The slip laid out for one paper on one device (device pixels)."""

    def __init__(self, slip: Slip, paper: Paper, device: QPagedPaintDevice):
        self.slip, self.paper = slip, paper
        dpmm = device.logicalDpiX() / 25.4
        self.dpmm = dpmm
        content_w = (paper.width_mm - 2 * paper.margin_mm) * dpmm
        self.qr_px = min(paper.qr_mm * dpmm, content_w) if slip.wa_url else 0.0
        gap = 4 * dpmm
        head_w = content_w - self.qr_px - gap if (paper.qr_beside and self.qr_px) else content_w
        self.head = _document(header_html(slip, paper), device, head_w, paper.font_pt)
        self.body = _document(body_html(slip, paper), device, content_w, paper.font_pt)
        head_h = self.head.size().height()
        if paper.qr_beside:
            self.qr_rect = QRectF(content_w - self.qr_px, 0, self.qr_px, self.qr_px)
            self.body_top = max(head_h, self.qr_px) + gap
        else:
            self.qr_rect = QRectF(
                (content_w - self.qr_px) / 2, head_h + gap, self.qr_px, self.qr_px
            )
            self.body_top = head_h + (self.qr_px + 2 * gap if self.qr_px else gap)
        self.height_px = self.body_top + self.body.size().height()

    def roll_length_mm(self) -> float:
        return max(ROLL_MIN_MM, self.height_px / self.dpmm + 2 * self.paper.margin_mm + 2)


def page_layout(paper: Paper, length_mm: float | None = None) -> QPageLayout:
    if paper.height_mm is None:
        size = QPageSize(
            QSizeF(paper.width_mm, length_mm or 200),
            QPageSize.Unit.Millimeter,
            f"Rol {paper.key}",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    else:
        size = QPageSize(
            QSizeF(paper.width_mm, paper.height_mm),
            QPageSize.Unit.Millimeter,
            "",
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )
    m = paper.margin_mm
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(m, m, m, m), QPageLayout.Unit.Millimeter
    )


def prepare(device: QPagedPaintDevice, slip: Slip, paper: Paper) -> SlipLayout:
    """Set the device's page for this paper (a roll's length from the content)."""
    device.setPageLayout(page_layout(paper))
    layout = SlipLayout(slip, paper, device)
    if paper.height_mm is None:
        device.setPageLayout(page_layout(paper, layout.roll_length_mm()))
    return layout


def render(device: QPagedPaintDevice, slip: Slip, paper_key: str) -> None:
    """Lay out and paint the slip on ``device`` (a QPrinter or QPdfWriter)."""
    paper = PAPERS[paper_key]
    layout = prepare(device, slip, paper)
    painter = QPainter(device)
    try:
        paint(painter, device, layout)
    finally:
        painter.end()


def paint(painter: QPainter, device: QPagedPaintDevice, layout: SlipLayout) -> None:
    page_h = device.pageLayout().paintRectPixels(device.resolution()).height()
    # scale from layout pixels (logical dpi) to device pixels
    scale = device.resolution() / device.logicalDpiX()
    painter.scale(scale, scale)
    page_h /= scale
    layout.head.drawContents(painter)
    if layout.qr_px:
        draw_qr(painter, layout.slip.wa_url, layout.qr_rect)
    # the body may run over pages on A-series paper: break between lines, never through one
    top, drawn = layout.body_top, 0.0
    body_h = layout.body.size().height()
    breaks = _line_bottoms(layout.body)
    while drawn < body_h:
        limit = drawn + page_h - top
        if limit >= body_h:
            end = body_h
        else:
            fitting = [b for b in breaks if drawn < b <= limit]
            end = max(fitting) if fitting else limit
            if not fitting and top > 0:
                device.newPage()
                top = 0.0
                continue
        painter.save()
        painter.translate(QPointF(0, top - drawn))
        clip = QRectF(0, drawn, layout.body.textWidth(), end - drawn)
        layout.body.drawContents(painter, clip)
        painter.restore()
        drawn = end
        if drawn < body_h:
            device.newPage()
            top = 0.0


def _line_bottoms(doc: QTextDocument) -> list[float]:
    """The bottom of every laid-out line, in document coordinates."""
    out = []
    block = doc.begin()
    layout = doc.documentLayout()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            out.append(rect.top() + line.y() + line.height())
        block = block.next()
    return sorted(out)


def write_pdf(path: str, slip: Slip, paper_key: str, title: str = "") -> None:
    writer = QPdfWriter(path)
    writer.setResolution(300)
    writer.setTitle(title or f"Slip rujukan {slip.code}".strip())
    writer.setCreator("Melayani Desk")
    render(writer, slip, paper_key)
