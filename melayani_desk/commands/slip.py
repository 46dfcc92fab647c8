"""``melayani-desk slip``: write a referral slip as PDF without opening the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from melayani_desk.commands.common import _err
from melayani_desk.settings import PAPERS


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("slip", help="tulis slip rujukan ke PDF (tanpa jendela)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--referral", help="uuid, nomor urut, atau kode slip rujukan")
    which.add_argument("--service", help="id layanan (bersama --contact), tanpa mencatat rujukan")
    p.add_argument("--contact", help="id kontak (bersama --service)")
    p.add_argument("--need", default="", help="kebutuhan warga (untuk --service)")
    p.add_argument("--pdf", type=Path, required=True, help="berkas PDF tujuan")
    p.add_argument("--paper", choices=PAPERS, help="ukuran kertas (default: pengaturan meja)")


def run(args: argparse.Namespace, folder: Path) -> int:
    from melayani_desk import settings as settings_mod
    from melayani_desk.directory.local import open_reader
    from melayani_desk.referrals.slip import slip_for, slip_for_referral

    settings = settings_mod.load(folder)
    paper = args.paper or settings.paper
    area = ", ".join(x for x in (settings.desa, settings.kecamatan) if x)
    reader = open_reader(folder)
    try:
        if args.referral:
            from melayani_desk.referrals.log import ReferralLog

            log = ReferralLog(folder)
            try:
                referral = log.referral(args.referral)
            finally:
                log.close()
            if referral is None:
                _err(f"Rujukan tidak ditemukan: {args.referral}")
                return 3
            service = reader.service(referral.service_id)
            org = reader.organization(referral.org_id)
            slip = slip_for_referral(
                referral, service=service, org=org, desk_name=settings.desk_name, desk_area=area
            )
        else:
            if not args.contact:
                _err("--service perlu --contact")
                return 3
            service = reader.service(args.service)
            contact = reader.contact(args.contact)
            org = reader.organization(service.org_id) if service is not None else None
            if service is None or contact is None or org is None:
                missing = (
                    args.service if service is None
                    else args.contact if contact is None
                    else service.org_id
                )  # fmt: skip
                _err(f"Tidak ada di direktori: {missing}")
                return 3
            slip = slip_for(
                service=service,
                org=org,
                contact=contact,
                desk_name=settings.desk_name,
                desk_area=area,
                need_text=args.need,
                sample=reader.is_sample,
            )
    finally:
        reader.close()

    from melayani_desk.ui.dialogs.slip_render import write_pdf
    from melayani_desk.ui.headless import gui_application

    app = gui_application(settings.language)
    try:
        write_pdf(str(args.pdf), slip, paper)
    except OSError as exc:
        _err(f"Tidak bisa menulis {args.pdf}: {exc}")
        return 3
    finally:
        del app
    if not args.pdf.exists():
        _err(f"Tidak bisa menulis {args.pdf}")
        return 3
    sys.stdout.write(f"Slip ({paper}) ditulis ke {args.pdf}\n")
    return 0
