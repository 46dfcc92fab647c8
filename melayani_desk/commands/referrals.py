"""``melayani-desk refer|referrals|outcome``: this desk's referral log."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from melayani_desk.commands.common import _BadInput, _open_log, _out, _referral_command


def add_parser(sub: argparse._SubParsersAction) -> None:
    from melayani_core.referrals.model import CHANNELS, OUTCOMES, SYNC_STATES

    r = sub.add_parser("refer", help="catat satu rujukan ke log meja ini")
    r.add_argument("--service", required=True, help="id layanan")
    r.add_argument("--contact", required=True, help="id kontak yang diberikan ke warga")
    r.add_argument("--channel", required=True, help="cara rujukan: " + ", ".join(CHANNELS))
    r.add_argument("--need", default="", help="kebutuhan warga, seperti yang diucapkan")
    r.add_argument("--note", default="", help="catatan petugas")
    r.add_argument("--lapor", default="", help="nomor tiket SP4N-LAPOR! (jika ada)")
    r.add_argument("--supersedes", help="uuid rujukan yang dikoreksi oleh rujukan ini")
    r.add_argument(
        "--found-via",
        default="",
        choices=("search", "browse"),
        help="cara layanan ditemukan: search (pencarian) atau browse (jelajah)",
    )
    r.add_argument("--rank", type=int, default=0, help="urutan layanan di hasil pencarian")
    r.add_argument("--json", action="store_true", help="keluaran JSON")

    ls = sub.add_parser("referrals", help="daftar rujukan meja ini (terbaru dulu)")
    ls.add_argument("--json", action="store_true", help="keluaran JSON")
    ls.add_argument("--since", help="sejak tanggal (YYYY-MM-DD)")
    ls.add_argument("--until", help="sampai tanggal (YYYY-MM-DD)")
    ls.add_argument("--org", help="id instansi")
    ls.add_argument("--channel", help="cara rujukan: " + ", ".join(CHANNELS))
    ls.add_argument("--state", help="status kirim: " + ", ".join(SYNC_STATES))
    ls.add_argument("--held", action="store_true", help="hanya yang ditahan hub, dengan alasannya")
    ls.add_argument("--limit", type=int, default=1000)

    o = sub.add_parser("outcome", help="catat hasil sebuah rujukan")
    o.add_argument("referral_uuid", help="uuid rujukan, atau kodenya di slip (K7QD-0012)")
    o.add_argument("outcome", help="hasil: " + ", ".join(OUTCOMES))
    o.add_argument("--note", default="", help="catatan petugas")
    o.add_argument("--lapor", default="", help="nomor tiket SP4N-LAPOR! yang didapat warga")


    p = sub.add_parser(
        "purge-citizen-data",
        help="hapus data warga (nama, HP, desa, catatan) dari rujukan yang melewati masa "
        "simpan direktori (retention_months); rujukannya tetap",
    )
    p.add_argument("--json", action="store_true", help="keluaran JSON")


def _date_arg(value: str | None, option: str):  # noqa: ANN202 - date | None
    from datetime import date

    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _BadInput(f"{option} harus tanggal YYYY-MM-DD, bukan {value!r}.") from None


@_referral_command
def cmd_refer(args: argparse.Namespace, folder: Path) -> int:
    from melayani_core.search.present import SAMPLE_MARK
    from melayani_desk.directory.local import open_reader

    reader = open_reader(folder)
    log = _open_log(folder)
    try:
        referral = log.record_referral(
            reader=reader,
            service_id=args.service,
            contact_id=args.contact,
            channel=args.channel,
            need_text=args.need,
            note=args.note,
            lapor_id=args.lapor,
            supersedes=args.supersedes,
            found_via=args.found_via,
            search_rank=args.rank,
        )
    finally:
        log.close()
        reader.close()
    if args.json:
        _out(json.dumps(referral.as_dict(), ensure_ascii=False, indent=2))
        return 0
    if referral.directory_is_sample:
        _out(f"*** {SAMPLE_MARK} ***")
    _out(f"Rujukan {referral.code} (#{referral.seq}) dicatat: {referral.uuid}")
    _out(f"  {referral.service_name} -> {referral.contact_name} ({referral.contact_position})")
    if referral.lapor_id:
        _out(f"  tiket SP4N-LAPOR!: {referral.lapor_id}")
    return 0


def _local_time(iso: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return iso


@_referral_command
def cmd_referrals(args: argparse.Namespace, folder: Path) -> int:
    from melayani_core.referrals.model import CHANNEL_LABELS, OUTCOME_LABELS, SYNC_LABELS

    since = _date_arg(args.since, "--since")
    until = _date_arg(args.until, "--until")
    log = _open_log(folder)
    try:
        views = log.referrals(
            since=since,
            until=until,
            org_id=args.org,
            channel=args.channel,
            sync_state="quarantined" if args.held else args.state,
            limit=args.limit,
        )
    finally:
        log.close()
    if args.json:
        _out(json.dumps([v.as_dict() for v in views], ensure_ascii=False, indent=2))
        return 0
    if not views:
        _out("Belum ada rujukan yang cocok.")
    for v in views:
        outcome = OUTCOME_LABELS.get(v.outcome.outcome, "") if v.outcome else "belum ada hasil"
        fixed = f" [dikoreksi oleh {v.superseded_by}]" if v.superseded_by else ""
        lapor = f"; LAPOR! {v.lapor}" if v.lapor else ""
        _out(
            f"{v.code or '#' + str(v.seq)} {_local_time(v.created_at)} {v.service_name} -> "
            f"{v.contact_name} ({CHANNEL_LABELS.get(v.channel, v.channel)}; {outcome}; "
            f"{SYNC_LABELS.get(v.sync_state, v.sync_state)}{lapor}){fixed}\n    {v.uuid}"
        )
        if v.sync_state == "quarantined":
            _out(f"    alasan ditahan: {v.last_error}")
    if args.held and views:
        _out("Kirim ulang yang ditahan: melayani-desk sync --retry-held")
    return 0


@_referral_command
def cmd_outcome(args: argparse.Namespace, folder: Path) -> int:
    log = _open_log(folder)
    try:
        found = log.referral(args.referral_uuid)
        outcome = log.record_outcome(
            found.uuid if found else args.referral_uuid,
            args.outcome,
            note=args.note,
            lapor_id=args.lapor,
        )
    finally:
        log.close()
    code = found.code if found else outcome.referral_uuid
    lapor = f" (tiket SP4N-LAPOR! {outcome.lapor_id})" if outcome.lapor_id else ""
    _out(f"Hasil dicatat untuk rujukan {code}: {outcome.outcome}{lapor}")
    return 0


@_referral_command
def cmd_purge(args: argparse.Namespace, folder: Path) -> int:
    from melayani_desk.referrals.retention import purge

    done = purge(folder)
    if args.json:
        _out(json.dumps(vars(done), ensure_ascii=False))
        return 0
    _out(
        f"Data warga dihapus dari {done.redacted} rujukan yang dibuat sebelum "
        f"{_local_time(done.cutoff)} (masa simpan {done.months} bulan). Rujukannya tetap."
    )
    return 0


COMMANDS = {
    "purge-citizen-data": cmd_purge,
    "refer": cmd_refer,
    "referrals": cmd_referrals,
    "outcome": cmd_outcome,
}
