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


@_referral_command
def cmd_enroll(args: argparse.Namespace, folder: Path) -> int:
    from melayani_core.keys import KeyProblem
    from melayani_desk.sync.enroll import EnrollError, enroll

    log = _open_log(folder)
    try:
        log.set_desk(name=args.name, kecamatan=args.kecamatan, desa=args.desa)
    finally:
        log.close()
    try:
        done = enroll(folder, args.hub, args.code, args.trust_key)
    except (EnrollError, KeyProblem) as exc:
        _err(str(exc))
        return EXIT_INPUT
    _out(f"Meja {done.desk_id} terdaftar ke hub {done.hub_url}.")
    _out("Kunci direktori yang dipercaya: " + ", ".join(k[:16] + "..." for k in done.key_ids))
    return 0


@_referral_command
def cmd_sync(args: argparse.Namespace, folder: Path) -> int:
    from melayani_desk.sync.process import lower_priority
    from melayani_desk.sync.runner import SyncRunner

    lower_priority()  # only when the window started this pass (ProcessSyncRunner)
    report = SyncRunner(folder).run_once(force=not args.if_due)
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
