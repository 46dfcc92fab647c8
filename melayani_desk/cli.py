"""The one entry point: ``melayani-desk`` opens the window; sub-commands are for scripting.

Every command takes ``--data-dir DIR`` (or ``MELAYANI_DATA_DIR``) to choose where this
desk's SQLite files live.  Errors are reported in one clear message and a non-zero exit
status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from melayani_desk import __version__
from melayani_desk.commands import slip as slip_command

EXIT_USAGE = 2
EXIT_INPUT = 3


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="melayani-desk",
        description="Melayani Desk: direktori layanan Pemkab Banyuwangi untuk meja layanan.",
    )
    p.add_argument("--version", action="version", version=f"melayani-desk {__version__}")
    p.add_argument("--data-dir", help="folder data desk ini (default: folder data pengguna)")
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help="buka jendela, cari sekali, cetak satu baris JSON, lalu keluar",
    )
    sub = p.add_subparsers(dest="command")

    s = sub.add_parser("search", help="cari layanan menurut kebutuhan warga")
    s.add_argument("query", nargs="*", help="kebutuhan warga, misalnya: ktp ilang")
    s.add_argument("--limit", type=int, default=5)
    s.add_argument("--json", action="store_true", help="keluaran JSON")
    s.add_argument("--batch", type=Path, help="berkas berisi satu kueri per baris (keluaran JSONL)")
    s.add_argument("--kecamatan", default="", help="kecamatan meja ini (untuk urutan hasil)")

    i = sub.add_parser(
        "import", help="ganti direktori lokal dari templat .xlsx, folder CSV, atau HSDS"
    )
    i.add_argument("path", type=Path)

    t = sub.add_parser("template", help="tulis templat impor kosong (.xlsx)")
    t.add_argument("out", type=Path)

    e = sub.add_parser("export", help="ekspor direktori lokal")
    e.add_argument("--hsds", type=Path, required=True, help="folder tujuan paket data HSDS 3.0")

    sub.add_parser("info", help="tampilkan versi dan sumber direktori lokal")
    slip_command.add_parser(sub)
    _referral_parsers(sub)
    _sync_parsers(sub)
    return p


def _referral_parsers(sub: argparse._SubParsersAction) -> None:
    from melayani_desk.referrals.model import CHANNELS, OUTCOMES, SYNC_STATES

    r = sub.add_parser("refer", help="catat satu rujukan ke log meja ini")
    r.add_argument("--service", required=True, help="id layanan")
    r.add_argument("--contact", required=True, help="id kontak yang diberikan ke warga")
    r.add_argument("--channel", required=True, help="cara rujukan: " + ", ".join(CHANNELS))
    r.add_argument("--need", default="", help="kebutuhan warga, seperti yang diucapkan")
    r.add_argument("--note", default="", help="catatan petugas")
    r.add_argument("--lapor", default="", help="nomor tiket SP4N-LAPOR! (jika ada)")
    r.add_argument("--supersedes", help="uuid rujukan yang dikoreksi oleh rujukan ini")
    r.add_argument("--json", action="store_true", help="keluaran JSON")

    ls = sub.add_parser("referrals", help="daftar rujukan meja ini (terbaru dulu)")
    ls.add_argument("--json", action="store_true", help="keluaran JSON")
    ls.add_argument("--since", help="sejak tanggal (YYYY-MM-DD)")
    ls.add_argument("--until", help="sampai tanggal (YYYY-MM-DD)")
    ls.add_argument("--org", help="id instansi")
    ls.add_argument("--channel", help="cara rujukan: " + ", ".join(CHANNELS))
    ls.add_argument("--state", help="status kirim: " + ", ".join(SYNC_STATES))
    ls.add_argument("--limit", type=int, default=1000)

    o = sub.add_parser("outcome", help="catat hasil sebuah rujukan")
    o.add_argument("referral_uuid", help="uuid rujukan")
    o.add_argument("outcome", help="hasil: " + ", ".join(OUTCOMES))
    o.add_argument("--note", default="", help="catatan petugas")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        from melayani_desk.paths import data_dir

        folder = data_dir(args.data_dir)
        if args.smoke_test:
            from melayani_desk.ui.smoke import run

            return run(folder)
        if args.command is None:
            from melayani_desk.ui.app import run_gui

            return run_gui(folder, sys.argv[:1])
        handler = COMMANDS[args.command]
        return handler(args, folder)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def cmd_search(args: argparse.Namespace, folder: Path) -> int:
    from melayani_desk.directory.local import open_reader
    from melayani_desk.search.engine import SearchEngine
    from melayani_desk.search.present import SAMPLE_MARK, result_json, result_text

    reader = open_reader(folder)
    engine = SearchEngine(reader, desk_kecamatan=args.kecamatan)
    sample = reader.is_sample
    if args.batch:
        try:
            lines = args.batch.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            _err(f"Tidak bisa membaca {args.batch}: {exc.strerror}")
            return EXIT_INPUT
        for line in lines:
            results = engine.search(line, limit=args.limit, prefix=False)
            row = {"query": line, "results": [result_json(r, sample) for r in results]}
            _out(json.dumps(row, ensure_ascii=False))
        return 0
    text = " ".join(args.query)
    results = engine.search(text, limit=args.limit, prefix=False)
    if args.json:
        _out(json.dumps([result_json(r, sample) for r in results], ensure_ascii=False, indent=2))
        return 0
    if sample:
        _out(f"*** {SAMPLE_MARK} ***")
    if not results:
        _out(f"Tidak ada layanan yang cocok untuk: {text!r}")
    for n, r in enumerate(results, 1):
        _out(result_text(n, r))
    return 0


def cmd_import(args: argparse.Namespace, folder: Path) -> int:
    from melayani_desk.directory.local import import_path
    from melayani_desk.directory.model import ImportFailed

    try:
        _, directory, report = import_path(folder, args.path)
    except ImportFailed as exc:
        _err(
            f"Impor DIBATALKAN: {len(exc.report.errors)} galat di {args.path}. "
            "Direktori lama tetap dipakai, tidak ada yang berubah."
        )
        for problem in exc.report.problems:
            _err(str(problem))
        return EXIT_INPUT
    for problem in report.warnings:
        _err(str(problem))
    _out(
        f"Impor berhasil: {len(directory.organizations)} instansi, "
        f"{len(directory.services)} layanan, {len(directory.contacts)} kontak "
        f"({len(report.warnings)} peringatan)."
    )
    return 0


def cmd_template(args: argparse.Namespace, folder: Path) -> int:
    from melayani_desk.directory.template import write_template

    try:
        write_template(args.out)
    except OSError as exc:
        _err(f"Tidak bisa menulis {args.out}: {exc.strerror}")
        return EXIT_INPUT
    _out(f"Templat ditulis ke {args.out}")
    return 0


def cmd_export(args: argparse.Namespace, folder: Path) -> int:
    from melayani_desk.directory.hsds import write_hsds
    from melayani_desk.directory.local import open_reader, read_installed

    directory = read_installed(open_reader(folder))
    try:
        write_hsds(directory, args.hsds)
    except OSError as exc:
        _err(f"Tidak bisa menulis ke {args.hsds}: {exc.strerror}")
        return EXIT_INPUT
    _out(f"Paket HSDS ditulis ke {args.hsds}")
    return 0


def cmd_info(args: argparse.Namespace, folder: Path) -> int:
    from melayani_desk.directory.local import open_reader

    reader = open_reader(folder)
    info = {"file": str(reader.path), **reader.meta, **reader.counts()}
    _out(json.dumps(info, ensure_ascii=False, indent=2))
    return 0


EXIT_DESK_DB = 4  # the desk database (or the directory) cannot be opened


def _open_log(folder: Path):  # noqa: ANN202 - ReferralLog, imported lazily
    from melayani_desk.referrals.log import ReferralLog

    return ReferralLog(folder)


class _BadInput(Exception):
    pass


def _date_arg(value: str | None, option: str):  # noqa: ANN202 - date | None
    from datetime import date

    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _BadInput(f"{option} harus tanggal YYYY-MM-DD, bukan {value!r}.") from None


def _referral_command(handler):  # noqa: ANN001, ANN202 - decorator
    """Report referral-log and database errors as one message and an exit status."""

    def run(args: argparse.Namespace, folder: Path) -> int:
        from melayani_desk.referrals.model import ReferralError
        from melayani_desk.storage.desk_db import DeskDatabaseError
        from melayani_desk.storage.directory_db import DirectoryError

        try:
            return handler(args, folder)
        except (ReferralError, _BadInput) as exc:
            _err(str(exc))
            return EXIT_INPUT
        except (DeskDatabaseError, DirectoryError) as exc:
            _err(str(exc))
            return EXIT_DESK_DB

    return run


@_referral_command
def cmd_refer(args: argparse.Namespace, folder: Path) -> int:
    from melayani_desk.directory.local import open_reader
    from melayani_desk.search.present import SAMPLE_MARK

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
        )
    finally:
        log.close()
        reader.close()
    if args.json:
        _out(json.dumps(referral.as_dict(), ensure_ascii=False, indent=2))
        return 0
    if referral.directory_is_sample:
        _out(f"*** {SAMPLE_MARK} ***")
    _out(f"Rujukan #{referral.seq} dicatat: {referral.uuid}")
    _out(f"  {referral.service_name} -> {referral.contact_name} ({referral.contact_position})")
    return 0


def _local_time(iso: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return iso


@_referral_command
def cmd_referrals(args: argparse.Namespace, folder: Path) -> int:
    from melayani_desk.referrals.model import CHANNEL_LABELS, OUTCOME_LABELS, SYNC_LABELS

    since = _date_arg(args.since, "--since")
    until = _date_arg(args.until, "--until")
    log = _open_log(folder)
    try:
        views = log.referrals(
            since=since,
            until=until,
            org_id=args.org,
            channel=args.channel,
            sync_state=args.state,
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
        _out(
            f"#{v.seq} {_local_time(v.created_at)} {v.service_name} -> {v.contact_name} "
            f"({CHANNEL_LABELS.get(v.channel, v.channel)}; {outcome}; "
            f"{SYNC_LABELS.get(v.sync_state, v.sync_state)}){fixed}\n    {v.uuid}"
        )
    return 0


@_referral_command
def cmd_outcome(args: argparse.Namespace, folder: Path) -> int:
    log = _open_log(folder)
    try:
        outcome = log.record_outcome(args.referral_uuid, args.outcome, note=args.note)
    finally:
        log.close()
    _out(f"Hasil dicatat untuk rujukan {outcome.referral_uuid}: {outcome.outcome}")
    return 0


EXIT_SYNC = 5  # the hub could not be reached, or refused something


def _sync_parsers(sub: argparse._SubParsersAction) -> None:
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
    from melayani_desk.sync.enroll import EnrollError, enroll
    from melayani_desk.sync.keys import KeyProblem

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


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


COMMANDS = {
    "search": cmd_search,
    "import": cmd_import,
    "template": cmd_template,
    "export": cmd_export,
    "info": cmd_info,
    "refer": cmd_refer,
    "referrals": cmd_referrals,
    "outcome": cmd_outcome,
    "enroll": cmd_enroll,
    "sync": cmd_sync,
    "slip": slip_command.run,
}
