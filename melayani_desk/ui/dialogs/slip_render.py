"""Draw a referral slip on any QPagedPaintDevice: the preview, the printer and the PDF
all go through :func:`render` (as Frescobaldi does), so what is previewed is printed.

Each paper has its own layout, not A4 shrunk: on A4/A5 the WhatsApp QR code stands to
the right of the contact block; on thermal rolls it is centred below it; on A6 (one sheet
for all but a few long services) the header is compact ("WhatsApp:" on the number's line)
and a 28 mm QR code stands beside the fee, hours and scan note.  Thermal rolls get a page
exactly as long as the slip.  A slip longer than its sheet breaks under a paragraph (a
line only when a paragraph is taller than a page), never through the QR code or its
band.  The QR code is drawn as vector rectangles, so it stays sharp at a thermal
printer's 203 dpi.

The slip speaks the citizen's language (``Slip.language``), not the window's: its texts are
looked up in the app's Indonesian catalog (context "Slip") through a translator of its own,
never the one installed for the window, so an English window prints an Indonesian slip and
an Indonesian window an English one.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

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

from melayani_desk.referrals.slip import Slip, qr_matrix


@dataclass(frozen=True)
class Paper:
    key: str
    width_mm: float
    height_mm: float | None  # None: a roll, as long as the slip
    margin_mm: float
    font_pt: float
    qr_mm: float
    qr_place: str  # "head": beside the header; "below": centred under it; "band": beside
    # the facts and the scan note, after the requirements
    wa_inline: bool = False  # "WhatsApp:" on the number's line (not above it)


PAPERS = {
    "a4": Paper("a4", 210, 297, 15, 11, 45, "head"),
    "a5": Paper("a5", 148, 210, 10, 10, 38, "head"),
    "a6": Paper("a6", 105, 148, 5, 8.5, 28, "band", wa_inline=True),
    "80mm": Paper("80mm", 80, None, 4, 9, 46, "below"),
    "58mm": Paper("58mm", 58, None, 4, 8, 42, "below"),
}
NUMBER_SCALE = 1.9  # the WhatsApp number: the biggest text on the slip (it is read aloud)
TITLE_SCALE = 1.25  # the service's name
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
    known = _catalogs[language]
    return (known.translate("Slip", text) if known else "") or text


def _e(text: str) -> str:
    return html.escape(text or "")


_P = "<p style='margin-top:0; margin-bottom:%s'>"
_NOWRAP = "<p style='margin-top:0; margin-bottom:%s; white-space:nowrap'>"


def _p(space: str = "3px", nowrap: bool = False) -> str:
    return (_NOWRAP if nowrap else _P) % space


def header_html(slip: Slip, paper: Paper) -> str:
    """Who sent the citizen, to whom, and the number: desk and area on one line, date and
    referral code on one line, a number never broken at its hyphens or spaces."""

    def t(text: str) -> str:
        return slip_text(slip.language, text)

    big = paper.font_pt * NUMBER_SCALE
    parts = []
    if slip.sample:
        parts.append(
            f"<p style='margin-top:0; margin-bottom:3px; font-weight:bold; "
            f"border:1px solid black'>"
            f"{_e(t('SAMPLE DATA — invented names and numbers, not for citizens'))}</p>"
        )
    desk = f"<b>{_e(slip.desk_name or t('Banyuwangi Melayani service desk'))}</b>"
    if slip.desk_area:
        desk += f" · {_e(slip.desk_area)}"
    parts.append(f"{_p('0')}{desk}</p>")
    when = _e(slip.date_text)
    if slip.code:  # "Kode rujukan: 7F3A-0012" stays on one line
        label = _e(t("Referral code")).replace(" ", "&nbsp;")
        when += f" · {label}:&nbsp;<b>{_e(slip.code)}</b>"
    parts.append(f"{_p()}{when}</p>")
    if slip.lapor_id:  # "Tiket SP4N-LAPOR!: #5123456"
        label = _e(t("SP4N-LAPOR! ticket")).replace(" ", "&nbsp;")
        parts.append(f"{_p()}{label}:&nbsp;<b>{_e(slip.lapor_id)}</b></p>")
    if slip.need_text:
        parts.append(f"{_p()}{_e(t('Need'))}: {_e(slip.need_text)}</p>")
    parts.append(
        f"{_p()}<b style='font-size:{paper.font_pt * TITLE_SCALE:.1f}pt'>"
        f"{_e(slip.service_name)}</b><br>{_e(slip.org_name)}</p>"
    )
    parts.append(
        f"{_p('0')}{_e(t('Contact'))}: <b>{_e(slip.contact_name)}</b>"
        f"<br>{_e(slip.contact_position)}</p>"
    )
    number = (
        f"<span style='font-size:{big:.1f}pt; font-weight:bold'>{_e(slip.whatsapp_display)}</span>"
    )
    if slip.whatsapp and paper.wa_inline:
        parts.append(f"{_p('0', nowrap=True)}WhatsApp: {number}</p>")
    elif slip.whatsapp:
        parts.append(f"{_p('0')}WhatsApp:</p>{_p('0', nowrap=True)}{number}</p>")
    if slip.phone and slip.phone != slip.whatsapp:
        parts.append(f"{_p('0', nowrap=True)}{_e(t('Phone'))}: <b>{_e(slip.phone_display)}</b></p>")
    return "".join(parts)


def note_html(slip: Slip, paper: Paper) -> str:
    """The authority note and the list of what to bring."""

    def t(text: str) -> str:
        return slip_text(slip.language, text)

    parts = []
    if slip.authority_org:
        lead = t("This is not the regency's authority; it is handled by: %1.").replace(
            "%1", slip.authority_org
        )
        parts.append(
            f"{_p()}<span style='border:1px solid black'><b>{_e(t('Note'))}:</b> "
            f"{_e(lead)} {_e(slip.authority_note)}</span></p>"
        )
    if slip.requirements:
        parts.append(f"{_p('0')}<b>{_e(t('Bring'))}:</b></p>")
        parts.append("<table cellspacing='0' cellpadding='0'>")
        for req in slip.requirements:
            parts.append(f"<tr><td>[&nbsp;&nbsp;]&nbsp;</td><td>{_e(req)}</td></tr>")
        parts.append("</table>")
    return "".join(parts)


def facts_html(slip: Slip, paper: Paper) -> str:
    """Fee, duration, hours, address, online link and the QR code's scan note."""

    def t(text: str) -> str:
        return slip_text(slip.language, text)

    facts = [
        (t("Fee"), slip.fee),
        (t("Duration"), slip.duration),
        (t("Hours"), slip.hours),
        (t("Address"), slip.address),
        (t("Online"), slip.online_url),
    ]
    parts = [f"{_p('1px')}<b>{_e(k)}:</b> {_e(v)}</p>" for k, v in facts if v]
    if slip.wa_url:
        parts.append(
            f"{_p('0')}<i>{_e(t('Scan the QR code to open a WhatsApp chat with the contact.'))}"
            "</i></p>"
        )
    return "".join(parts)


def tail_html(slip: Slip, paper: Paper) -> str:
    """The 112 line and the sample mark."""

    def t(text: str) -> str:
        return slip_text(slip.language, text)

    parts = [
        f"{_p('0')}<b>{_e(t('Emergency (fire, accident, disaster): call 112'))}</b> — "
        f"{_e(t('free, 24 hours. For emergencies only.'))}</p>"
    ]
    if slip.sample:
        parts.append(f"{_p('0')}<b>{_e(t('SAMPLE DATA'))}</b></p>")
    return "".join(parts)


def body_html(slip: Slip, paper: Paper) -> str:
    """Everything under the header, in one flow (A4, A5 and the rolls)."""
    return (
        note_html(slip, paper)
        + _spacer()
        + facts_html(slip, paper)
        + _spacer()
        + tail_html(slip, paper)
    )


def _spacer() -> str:
    return "<p style='margin:0; font-size:3pt'>&nbsp;</p>"


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
    matrix = qr_matrix(url)
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


@dataclass
class Block:
    """A piece of the slip drawn at ``top`` (layout pixels from the content's top left):
    documents at their x offsets and maybe the QR code.  Only a block of one document and
    no QR code may run over a page break, and then only between lines."""

    docs: list[tuple[QTextDocument, float]]
    height: float
    qr: QRectF | None = None  # relative to the block's top left
    top: float = 0.0

    @property
    def splittable(self) -> bool:
        return self.qr is None and len(self.docs) == 1


class SlipLayout:
    """The slip laid out for one paper on one device (device pixels)."""

    def __init__(self, slip: Slip, paper: Paper, device: QPagedPaintDevice):
        self.slip, self.paper = slip, paper
        dpmm = device.logicalDpiX() / 25.4
        self.dpmm = dpmm
        content_w = (paper.width_mm - 2 * paper.margin_mm) * dpmm
        self.qr_px = min(paper.qr_mm * dpmm, content_w) if slip.wa_url else 0.0
        qr_px = self.qr_px
        gap = (2.5 if paper.qr_place == "band" else 4) * dpmm
        pt = paper.font_pt

        def doc(text: str, width: float) -> QTextDocument:
            return _document(text, device, width, pt)

        blocks: list[Block] = []
        if paper.qr_place == "head" and qr_px:
            self.head = doc(header_html(slip, paper), content_w - qr_px - gap)
            blocks.append(
                Block(
                    [(self.head, 0.0)],
                    max(self.head.size().height(), qr_px),
                    QRectF(content_w - qr_px, 0, qr_px, qr_px),
                )
            )
        else:
            self.head = doc(header_html(slip, paper), content_w)
            blocks.append(Block([(self.head, 0.0)], self.head.size().height()))
            if paper.qr_place == "below" and qr_px:
                qr = QRectF((content_w - qr_px) / 2, 0, qr_px, qr_px)
                blocks.append(Block([], qr_px, qr))
        if paper.qr_place == "band":
            note = note_html(slip, paper)
            if note:
                d = doc(note, content_w)
                blocks.append(Block([(d, 0.0)], d.size().height()))
            if qr_px:  # the facts and the scan note beside the QR code
                facts = doc(facts_html(slip, paper), content_w - qr_px - gap)
                h = max(facts.size().height(), qr_px)
                qr = QRectF(content_w - qr_px, (h - qr_px) / 2, qr_px, qr_px)
                blocks.append(Block([(facts, 0.0)], h, qr))
            else:
                facts = doc(facts_html(slip, paper), content_w)
                blocks.append(Block([(facts, 0.0)], facts.size().height()))
            tail = doc(tail_html(slip, paper), content_w)
            blocks.append(Block([(tail, 0.0)], tail.size().height()))
        else:
            body = doc(body_html(slip, paper), content_w)
            blocks.append(Block([(body, 0.0)], body.size().height()))
        self.gap = gap
        top = 0.0
        for i, block in enumerate(blocks):
            block.top = top
            top += block.height + (gap if i < len(blocks) - 1 else 0)
        self.blocks = blocks
        self.height_px = top
        self.qr_rect = next(
            (b.qr.translated(0, b.top) for b in blocks if b.qr is not None), QRectF()
        )

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
    resolution = _resolution(device)
    page_h: float = device.pageLayout().paintRectPixels(resolution).height()
    # scale from layout pixels (logical dpi) to device pixels
    scale = resolution / device.logicalDpiX()
    painter.scale(scale, scale)
    page_h /= scale
    y = 0.0  # where the next block starts on the current page
    for i, block in enumerate(layout.blocks):
        if i:
            y += layout.gap
        if y + block.height <= page_h:
            _draw_block(painter, layout, block, y)
            y += block.height
        elif block.splittable:  # text: over the page break, between two lines
            y = _draw_flowing(painter, device, block.docs[0][0], y, page_h)
        else:  # a QR code or the band beside it: whole, on the next page
            if y > 0:
                device.newPage()
            _draw_block(painter, layout, block, 0.0)
            y = block.height


def _draw_block(painter: QPainter, layout: SlipLayout, block: Block, y: float) -> None:
    for doc, x in block.docs:
        painter.save()
        painter.translate(QPointF(x, y))
        doc.drawContents(painter)
        painter.restore()
    if block.qr is not None:
        draw_qr(painter, layout.slip.wa_url, block.qr.translated(0, y))


def _draw_flowing(
    painter: QPainter, device: QPagedPaintDevice, doc: QTextDocument, top: float, page_h: float
) -> float:
    """Draw ``doc`` from ``top`` on, over as many pages as it takes, breaking between lines
    (never through one); the y where it ends on its last page."""
    drawn = 0.0
    body_h = doc.size().height()
    breaks, lines = _break_points(doc), _line_bottoms(doc)
    while drawn < body_h:
        limit = drawn + page_h - top
        if limit >= body_h:
            end = body_h
        else:
            fitting = [b for b in breaks if drawn < b <= limit]
            if not fitting and top > 0:
                device.newPage()
                top = 0.0
                continue
            if not fitting:  # a paragraph taller than the page: between its lines
                fitting = [b for b in lines if drawn < b <= limit]
            end = max(fitting) if fitting else limit
        painter.save()
        painter.translate(QPointF(0, top - drawn))
        # half a pixel in at both ends: the paragraphs just outside are not drawn at all
        doc.drawContents(painter, QRectF(0, drawn + 0.5, doc.textWidth(), end - drawn - 1))
        painter.restore()
        if end >= body_h:
            return top + end - drawn
        drawn = end
        device.newPage()
        top = 0.0
    return top


def _block_rects(doc: QTextDocument) -> list[tuple[float, float, list[float]]]:
    """(top, bottom, line bottoms) of every block, table cells' too, in document
    coordinates."""
    out = []
    block = doc.begin()
    layout = doc.documentLayout()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        lines = block.layout()
        bottoms = [
            rect.top() + lines.lineAt(i).y() + lines.lineAt(i).height()
            for i in range(lines.lineCount())
        ]
        out.append((rect.top(), rect.bottom(), bottoms))
        block = block.next()
    return out


def _break_points(doc: QTextDocument, inside: bool = False) -> list[float]:
    """Where a page may end: under a paragraph (or a table row) that no other paragraph
    straddles, so nothing is drawn twice or cut; with ``inside``, under any line (for a
    paragraph taller than a page)."""
    rects = _block_rects(doc)
    if inside:
        candidates = {b for _, _, bottoms in rects for b in bottoms}
    else:
        candidates = {bottom for _, bottom, _ in rects}
    return sorted(
        c
        for c in candidates
        if not any(top < c - 0.5 and c + 0.5 < bottom for top, bottom, _ in rects)
    )


def _line_bottoms(doc: QTextDocument) -> list[float]:
    """The bottom of every laid-out line, in document coordinates."""
    return sorted(b for _, _, bottoms in _block_rects(doc) for b in bottoms)


def write_pdf(path: str, slip: Slip, paper_key: str, title: str = "") -> None:
    writer = QPdfWriter(path)
    writer.setResolution(300)
    writer.setTitle(title or f"Slip rujukan {slip.code}".strip())
    writer.setCreator("Melayani Desk")
    render(writer, slip, paper_key)


def _resolution(device: QPagedPaintDevice) -> int:
    """The dots per inch of a QPrinter or a QPdfWriter (both have resolution())."""
    if isinstance(device, QPdfWriter):
        return device.resolution()
    from PySide6.QtPrintSupport import QPrinter  # only a printer gets here

    if isinstance(device, QPrinter):
        return device.resolution()
    return device.logicalDpiX()
