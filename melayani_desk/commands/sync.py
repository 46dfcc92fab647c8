"""``melayani-desk enroll|sync``: join a hub, and exchange referrals and directory with it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from melayani_desk.commands.common import (
    EXIT_INPUT,
    EXIT_SYNC,
    _err,
    _open_log,
    _out,
    _referral_command,
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    en = sub.add_parser("enroll", help="daftarkan meja ini ke hub (sekali, dengan kode dari admin)")
    en.add_argument("--hub", required=True, help="alamat hub, mis. https://hub.example.go.id")
    en.add_argument("--code", required=True, help="kode pendaftaran sekali pakai dari admin hub")
    en.add_argument(
        "--trust-key",
        required=True,
        help="berkas kunci publik direktori (signing.pub) atau sidik jari SHA-256-nya",
    )
    en.add_argument("--name", help="nama meja ini")
    en.add_argument("--kecamatan", help="kecamatan meja ini")
    en.add_argument("--desa", help="desa/kelurahan meja ini")

    sy = sub.add_parser("sync", help="kirim rujukan ke hub lalu perbarui direktori (satu kali)")
    sy.add_argument("--json", action="store_true", help="keluaran JSON")
    sy.add_argument(
        "--if-due",
        action="store_true",
        help="patuhi jadwal coba lagi setelah kegagalan (tanpa ini: sinkron sekarang juga)",
    )
    sy.add_argument(
        "--deadline",
        type=float,
        default=None,
        metavar="DETIK",
        help="batas waktu satu putaran sinkronisasi (bawaan 300 detik)",
    )
    held = sy.add_mutually_exclusive_group()
    held.add_argument(
        "--held",
        action="store_true",
        help="tampilkan yang ditahan hub beserta alasannya (tanpa sinkronisasi)",
    )
    held.add_argument(
        "--retry-held",
        nargs="*",
        metavar="UUID",
        help="kembalikan yang ditahan hub (semua, atau uuid ini) ke antrean, lalu sinkron",
    )


@_referral_command
def cmd_enroll(args: argparse.Namespace, folder: Path) -> int:
    from melayani_core.keys import KeyProblem
    from melayani_desk.desk_setup import enroll_desk
    from melayani_desk.sync.enroll import EnrollError

    try:
        done = enroll_desk(
            folder, args.hub, args.code, args.trust_key,
            name=args.name, kecamatan=args.kecamatan, desa=args.desa,
        )  # fmt: skip
    except (EnrollError, KeyProblem) as exc:
        _err(str(exc))
        return EXIT_INPUT
    enrolled, settings = done.enrolled, done.settings
    _out(f"Meja {enrolled.desk_id} terdaftar ke hub {enrolled.hub_url}.")
    _out("Kunci direktori yang dipercaya: " + ", ".join(k[:16] + "..." for k in enrolled.key_ids))
    place = ", ".join(x for x in (settings.desa, settings.kecamatan) if x) or "(belum diisi)"
    _out(f"Nama meja: {settings.desk_name or '(belum diisi)'}; tempat: {place}.")
    if done.warning:
        _err(done.warning + " Perbaiki di Pengaturan meja (Ctrl+,).")
    return 0


def held_line(item) -> str:  # noqa: ANN001 - an OutboxItem
    """One held item for the clerk: what it is, when, and why the hub held it back."""
    p = item.payload
    if item.item_type == "referral":
        what = f"rujukan #{p.get('seq')} {p.get('service_name', '')} -> {p.get('contact_name', '')}"
    elif item.item_type == "outcome":
        what = f"hasil rujukan ({p.get('outcome', '')}) untuk {p.get('referral_uuid', '')}"
    else:
        what = f"laporan kontak {p.get('contact_name', '')} ({p.get('kind', '')})"
    when = str(p.get("created_at", ""))[:16].replace("T", " ")
    return f"{what} [{when}]\n    {item.item_uuid}\n    alasan: {item.last_error}"


def _show_held(folder: Path, as_json: bool) -> int:
    log = _open_log(folder)
    try:
        held = log.held()
    finally:
        log.close()
    if as_json:
        rows = [
            {"type": i.item_type, "uuid": i.item_uuid, "reason": i.last_error,
             "attempts": i.attempts, "updated_at": i.updated_at, "payload": i.payload}
            for i in held
        ]  # fmt: skip
        _out(json.dumps(rows, ensure_ascii=True, indent=2))
        return 0
    if not held:
        _out("Tidak ada yang ditahan hub.")
        return 0
    _out(f"Ditahan hub: {len(held)} item (tidak hilang; kirim ulang: sync --retry-held).")
    for item in held:
        _out(held_line(item))
    return 0


@_referral_command
def cmd_sync(args: argparse.Namespace, folder: Path) -> int:
    from melayani_desk.sync.process import lower_priority
    from melayani_desk.sync.runner import SyncRunner

    if args.held:
        return _show_held(folder, args.json)
    if args.retry_held is not None:
        log = _open_log(folder)
        try:
            again = log.retry_held(args.retry_held or None)
        finally:
            log.close()
        if not args.json:
            _out(f"{again} item yang ditahan dikembalikan ke antrean untuk dikirim ulang.")
    lower_priority()  # only when the window started this pass (ProcessSyncRunner)
    from melayani_desk.sync.runner import PASS_DEADLINE_S

    if args.deadline is not None and not 1 <= args.deadline <= 3600:
        _err("--deadline harus antara 1 dan 3600 detik.")
        return EXIT_INPUT
    from melayani_core.progress import Console, silent

    # --json is the window's child pass (and scripts): its stderr stays for real errors
    with Console() as console:
        runner = SyncRunner(
            folder,
            deadline_s=args.deadline or PASS_DEADLINE_S,
            progress=silent if args.json else console,
        )
        report = runner.run_once(force=not args.if_due)
    if args.json:  # ASCII, so the report survives any code page of a pipe on Windows
        _out(json.dumps(report.as_dict(), ensure_ascii=True, indent=2))
    else:
        for line in report.lines():
            (_out if report.ok else _err)(line)
    if not report.enrolled:
        return EXIT_INPUT
    return 0 if report.ok else EXIT_SYNC


COMMANDS = {
    "enroll": cmd_enroll,
    "sync": cmd_sync,
}
