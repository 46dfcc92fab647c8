"""Referral slips: every paper size to PDF, its page size, its text, and its QR code
decoded from the rendered page back to the exact wa.me URL."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.slip import Slip, slip_for
from melayani_desk.ui import i18n
from melayani_desk.ui.dialogs.slip_render import PAPERS, write_pdf

TOOLS = ("pdftotext", "pdfinfo", "pdftoppm", "zbarimg")
missing = [t for t in TOOLS if shutil.which(t) is None]
pytestmark = pytest.mark.skipif(
    bool(missing),
    reason=f"needs poppler-utils and zbar-tools (missing: {missing}); .ci/run installs them",
)
PT_PER_MM = 72 / 25.4


def _slip(reader, **over) -> Slip:
    service = reader.service("dukcapil-ktp-hilang") or reader.services("LIMIT 1")[0]
    org = reader.organizations()[service.org_id]
    contact = reader.contacts_for_services([service.service_id])[service.service_id][0]
    kwargs = dict(
        service=service,
        org=org,
        contact=contact,
        desk_name="Kantor Desa Kemiren",
        desk_area="Kecamatan Glagah",
        need_text="ktp ilang",
        code="7F3A-0012",
        sample=reader.is_sample,
    )
    kwargs.update(over)
    return slip_for(**kwargs)


def _page_size_mm(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)
    assert m, info.stdout
    return float(m.group(1)) / PT_PER_MM, float(m.group(2)) / PT_PER_MM


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    return re.sub(r"[ \t]+", " ", out.stdout)


def _qr(pdf: Path, tmp_path: Path, dpi: int) -> list[str]:
    prefix = tmp_path / f"page{dpi}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    found = []
    for png in sorted(tmp_path.glob(f"page{dpi}*.png")):
        out = subprocess.run(
            ["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True
        )
        found += [line for line in out.stdout.splitlines() if line]
    return found


@pytest.fixture(scope="module")
def reader(sample_dir):
    r = open_reader(sample_dir)
    yield r
    r.close()


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_each_paper_renders_with_text_and_qr(qapp, reader, tmp_path, paper):
    slip = _slip(reader)
    pdf = tmp_path / f"slip-{paper}.pdf"
    write_pdf(str(pdf), slip, paper)
    width, height = _page_size_mm(pdf)
    spec = PAPERS[paper]
    assert width == pytest.approx(spec.width_mm, abs=1.0)
    if spec.height_mm is not None:
        assert height == pytest.approx(spec.height_mm, abs=1.0)
    else:
        assert height >= 60  # a roll is as long as the slip
    text = _text(pdf)
    flat = " ".join(text.split())
    assert slip.contact_name in flat
    assert slip.whatsapp_display in flat
    for req in slip.requirements:
        # a long requirement may wrap on narrow paper: compare its first words
        assert " ".join(req.split()[:2]) in flat, req
    assert "112" in flat
    assert "DATA CONTOH" in flat or "SAMPLE" in flat
    # the QR code decodes to exactly the wa.me URL (203 dpi is a thermal printer's)
    assert _qr(pdf, tmp_path, 203 if spec.height_mm is None else 150) == [slip.wa_url]


def test_wa_url_shape(reader):
    slip = _slip(reader)
    assert slip.wa_url.startswith(f"https://wa.me/{slip.whatsapp[1:]}?text=")
    assert "7F3A-0012" in slip.message
    assert "ktp ilang" in slip.message


def test_outside_authority_note_on_slip(qapp, reader, tmp_path):
    service = next(s for s in reader.services() if s.authority not in ("regency", "village"))
    org = reader.organizations()[service.org_id]
    contact = (
        reader.contacts_for_services([service.service_id]).get(service.service_id) or [None]
    )[0]
    assert contact is not None
    slip = slip_for(service=service, org=org, contact=contact, desk_name="Desa", desk_area="")
    assert slip.authority_org == org.name
    pdf = tmp_path / "outside.pdf"
    i18n.install("id")
    try:
        write_pdf(str(pdf), slip, "a5")
    finally:
        i18n.install("en")
    text = " ".join(_text(pdf).split())
    assert "Ini bukan kewenangan Pemkab Banyuwangi; yang mengurus:" in text
    assert " ".join(org.name.split()[:2]) in text


def test_regency_service_has_no_authority_note(reader):
    service = next(s for s in reader.services() if s.authority == "regency")
    org = reader.organizations()[service.org_id]
    contact = reader.contacts_for_services([service.service_id])[service.service_id][0]
    slip = slip_for(service=service, org=org, contact=contact, desk_name="Desa", desk_area="")
    assert slip.authority_org == "" and slip.authority_note == ""


def test_58mm_text_is_large_enough_and_not_cut(qapp, reader, tmp_path):
    assert PAPERS["58mm"].font_pt >= 8
    slip = _slip(reader)
    pdf = tmp_path / "roll.pdf"
    write_pdf(str(pdf), slip, "58mm")
    # every word of the contact block is on the page (nothing cut at the right edge)
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    width_pt = 58 * PT_PER_MM
    xmax = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert xmax and max(xmax) <= width_pt - 2 * PT_PER_MM


def test_a_reprint_reads_one_agency_by_its_id(reader):
    """The reprint's agency: one primary-key lookup, not every agency of the directory."""
    every = reader.organizations()
    org_id = sorted(every)[len(every) // 2]
    assert reader.organization(org_id) == every[org_id]
    assert reader.organization("no-such-agency") is None
    plan = " ".join(
        str(row[-1])
        for row in reader.con.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM organizations WHERE org_id = ?", (org_id,)
        )
    )
    assert "SEARCH" in plan and "INDEX" in plan, plan


def test_browse_entries_are_every_service_with_its_agency(reader):
    entries = reader.browse_entries()
    services = reader.services()
    assert sorted(e[0] for e in entries) == sorted(s.service_id for s in services)
    orgs = reader.organizations()
    for _sid, _name, _category, org_id, _authority, org_name, short in entries[:50]:
        assert org_name == orgs[org_id].name and short == orgs[org_id].short_name
    names = [e[1] for e in entries]
    assert names == sorted(names)


@pytest.mark.parametrize(
    ("wib", "word"),
    [("03:59", "malam"), ("04:00", "pagi"), ("10:59", "pagi"), ("11:00", "siang"),
     ("14:59", "siang"), ("15:00", "sore"), ("17:59", "sore"), ("18:00", "malam"),
     ("23:30", "malam")],
)  # fmt: skip
def test_whatsapp_greeting_follows_the_time_in_banyuwangi(reader, monkeypatch, wib, word):
    from datetime import datetime, timedelta

    from melayani_desk.referrals import slip as slip_mod

    hour, minute = map(int, wib.split(":"))
    moment = datetime(2026, 12, 2, hour, minute, tzinfo=slip_mod.WIB)
    utc = moment.astimezone(slip_mod.UTC)  # the PC's clock may say UTC: WIB still decides
    assert slip_mod.greeting(utc) == f"Selamat {word}"
    monkeypatch.setattr(slip_mod, "clock", lambda: utc + timedelta(seconds=1))
    slip = _slip(reader)
    assert slip.message.startswith(f"Selamat {word} Bapak/Ibu.")
    assert f"Selamat%20{word}" in slip.wa_url


def test_slip_date_is_in_the_slips_language(reader):
    from datetime import datetime

    moment = datetime(2026, 8, 17, 9, 5)
    assert _slip(reader, moment=moment).date_text == "17 Agustus 2026, 09.05"
    assert _slip(reader, moment=moment, language="en").date_text == "17 August 2026, 09:05"


def test_an_english_slip_has_no_indonesian_labels_and_vice_versa(qapp, reader, tmp_path):
    """Whatever the window's language: the id slip in Indonesian, the en slip in English."""
    from datetime import datetime

    moment = datetime(2026, 8, 17, 9, 5)
    i18n.install("en")  # an English window
    try:
        texts = {}
        for lang in ("id", "en"):
            pdf = tmp_path / f"{lang}.pdf"
            write_pdf(str(pdf), _slip(reader, moment=moment, language=lang), "a5")
            texts[lang] = " ".join(_text(pdf).split())
    finally:
        i18n.reset()
    assert "Agustus" in texts["id"] and "August" not in texts["id"]
    assert "August" in texts["en"] and "Agustus" not in texts["en"]
    for english, indonesian in (("Referral code", "Kode rujukan"), ("Contact:", "Kontak:"),
                                ("Emergency", "Darurat"), ("SAMPLE DATA", "DATA CONTOH")):
        assert indonesian in texts["id"] and english not in texts["id"]
        assert english in texts["en"] and indonesian not in texts["en"]


# Services whose A6 slip may take a second sheet: seven documents to bring for a marriage,
# or a long authority note (DTSEN, the 5-yearly STNK renewal).  Any other service that
# spills over is a layout regression.
A6_TWO_SHEETS = {
    "dinsos-dtsen",
    "kemenag-nikah-info",
    "kua-banyuwangi-nikah",
    "kua-genteng-nikah",
    "kua-rogojampi-nikah",
    "kua-muncar-nikah",
    "kua-kalibaru-nikah",
    "samsat-stnk5",
}


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))


def _words_outside_margins(pdf: Path, paper) -> list[str]:
    """Words drawn (even partly) outside the page's printable area: a line cut by a page
    break would start above the top margin of the next page."""
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    left = top = paper.margin_mm * PT_PER_MM - 1
    bottom = (paper.height_mm - paper.margin_mm) * PT_PER_MM + 1
    right = (paper.width_mm - paper.margin_mm) * PT_PER_MM + 1
    out = []
    pattern = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<'
    for x0, y0, x1, y1, word in re.findall(pattern, bbox):
        if float(y0) < top or float(y1) > bottom or float(x1) > right or float(x0) < left:
            out.append(word)
    return out


def test_a6_fits_one_sheet_for_every_common_service(qapp, reader, tmp_path):
    """Every sample service's A6 slip: one sheet, but for a few named long ones; those
    break between paragraphs (no word outside the printable area, none drawn twice) and
    keep the QR code whole (it still decodes)."""
    services = reader.services()
    contacts = reader.contacts_for_services([s.service_id for s in services])
    orgs = reader.organizations()
    slips = {
        s.service_id: _slip(
            reader, service=s, org=orgs[s.org_id], contact=contacts[s.service_id][0]
        )
        for s in services
        if contacts.get(s.service_id)
    }
    assert len(slips) > 300
    two_sheets = []
    for service_id, slip in slips.items():
        pdf = tmp_path / f"{service_id}.pdf"
        write_pdf(str(pdf), slip, "a6")
        if _pages(pdf) > 1:
            two_sheets.append(service_id)
    one = len(slips) - len(two_sheets)
    message = f"{one} of {len(slips)} on one A6 sheet; two sheets: {sorted(two_sheets)}"
    assert set(two_sheets) <= A6_TWO_SHEETS, message
    assert one / len(slips) >= 0.95, message

    paper = PAPERS["a6"]
    for service_id in sorted(two_sheets):
        pdf = tmp_path / f"{service_id}.pdf"
        assert _pages(pdf) == 2, service_id
        assert _words_outside_margins(pdf, paper) == [], service_id
        flat = " ".join(_text(pdf).split())
        assert flat.count("telepon 112") == 1, service_id  # drawn once, not cut in two
    if two_sheets:
        first = sorted(two_sheets)[0]
        assert _qr(tmp_path / f"{first}.pdf", tmp_path, 150) == [slips[first].wa_url]


def test_a6_number_is_the_biggest_text_and_body_at_least_8_pt(qapp, reader, tmp_path):
    paper = PAPERS["a6"]
    assert paper.font_pt >= 8
    assert 26 <= paper.qr_mm <= 30
    slip = _slip(reader)
    pdf = tmp_path / "a6.pdf"
    write_pdf(str(pdf), slip, "a6")
    assert _pages(pdf) == 1
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<'
    heights = {word: float(y1) - float(y0) for y0, y1, word in re.findall(pattern, bbox)}
    number = heights[slip.whatsapp_display]  # one word: never broken at its hyphens
    assert number == max(heights.values())
    # "WhatsApp:" stands on the number's line, the date beside the referral code
    lines = [" ".join(line.split()) for line in _text(pdf).splitlines()]
    assert f"WhatsApp: {slip.whatsapp_display}" in lines
    assert any(slip.date_text in line and slip.code in line for line in lines), lines
    assert any(slip.desk_name in line and slip.desk_area in line for line in lines), lines
    assert _words_outside_margins(pdf, paper) == []
