"""``melayani-hub``: serve the hub, keep the signing key, publish the directory, enroll desks,
read the referral log and the reports. Errors end with a message and a non-zero exit, never a
traceback."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from pathlib import Path
from typing import Any

from melayani_hub import __version__

EXIT_ERROR = 1
EXIT_INPUT = 3


def _out(text: str) -> None:
    print(text)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        help="URL basis data / database URL (postgresql+psycopg://... atau sqlite:///...); "
        "default: MELAYANI_HUB_DB, lalu berkas SQLite di folder data pengguna",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"harus bilangan bulat >= 1 / must be >= 1: {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="melayani-hub",
        description="Melayani Hub: server kabupaten untuk meja Melayani Desk "
        "(regency hub for Melayani Desk front desks).",
    )
    p.add_argument("--version", action="version", version=f"melayani-hub {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("serve", help="jalankan server / run the server")
    _db(s)
    s.add_argument("--host", default="127.0.0.1", help="alamat / bind address (127.0.0.1)")
    s.add_argument("--port", type=int, default=8765)
    s.add_argument(
        "--proxy-headers",
        action="store_true",
        help="percayai X-Forwarded-* dari proxy di 127.0.0.1 / trust a local reverse proxy",
    )
    s.add_argument(
        "--workers",
        type=_positive,
        default=1,
        help="jumlah proses uvicorn / uvicorn worker processes (1; docs/hub.md, Scale)",
    )

    k = sub.add_parser("keygen", help="buat kunci tanda tangan Ed25519 / make a signing key")
    k.add_argument("out_dir", type=Path)

    a = sub.add_parser(
        "add-key", help="daftarkan kunci publik di GET /keys / list a public key on GET /keys"
    )
    a.add_argument("pub", type=Path, help="signing.pub (base64 32 byte)")
    _db(a)

    rk = sub.add_parser(
        "rotate-key",
        help="ganti kunci tanda tangan tanpa mendaftar ulang meja / rotate the signing key",
    )
    rk.add_argument("--key", type=Path, required=True, help="kunci lama yang berlaku (signing.key)")
    rk.add_argument("--new", type=Path, required=True, help="kunci publik baru (signing.pub)")
    rk.add_argument(
        "--keep-old",
        action="store_true",
        help="kunci lama tetap dipercaya bersama yang baru / keep trusting the old key too",
    )
    _db(rk)

    pub = sub.add_parser("publish", help="terbitkan direktori / publish a directory version")
    pub.add_argument("path", type=Path, help=".xlsx, folder CSV, atau paket HSDS")
    pub.add_argument("--key", type=Path, required=True, help="signing.key (PKCS8 PEM)")
    pub.add_argument(
        "--lexicon",
        type=Path,
        help="folder leksikon kabupaten (kata, konsep) yang ikut terbit / regency lexicon folder",
    )
    _db(pub)
    pub.add_argument("--expires-days", type=float, default=30)
    pub.add_argument(
        "--reset-floor",
        action="store_true",
        help="mulai epoch baru: meja menerima versi ini walau sudah memasang versi lebih "
        "tinggi (mis. setelah hub dipulihkan dari cadangan) / start a new version epoch",
    )

    e = sub.add_parser("enroll", help="buat kode pendaftaran meja / make a desk enrollment code")
    e.add_argument("--desk", default="", help="nama meja / desk name (wajib untuk meja baru)")
    e.add_argument(
        "--for-desk",
        metavar="DESK_ID",
        help="kode daftar ulang untuk meja yang sudah terdaftar (mis. tokennya hilang) / "
        "re-enrollment code for this enrolled desk only",
    )
    e.add_argument("--kecamatan", default="")
    e.add_argument("--desa", default="")
    _db(e)
    e.add_argument("--valid-hours", type=float, default=72)

    d = sub.add_parser("desk", help="kelola meja terdaftar / manage enrolled desks")
    dsub = d.add_subparsers(dest="desk_command", required=True)
    r = dsub.add_parser("revoke", help="cabut meja: tokennya ditolak / revoke a desk's token")
    r.add_argument("desk_id")
    _db(r)
    dl = dsub.add_parser("list", help="daftar meja / list desks")
    dl.add_argument("--json", action="store_true", help="keluaran JSON")
    _db(dl)

    u = sub.add_parser("user", help="pengguna konsol web / web console users")
    usub = u.add_subparsers(dest="user_command", required=True)
    ua = usub.add_parser("add", help="tambah pengguna konsol / add a console user")
    ua.add_argument("name")
    ua.add_argument("--role", required=True, choices=("admin", "curator", "viewer"))
    ua.add_argument("--agency", default="", metavar="ORG_ID", help="instansi kurator")
    ua.add_argument("--password-stdin", action="store_true",
                    help="baca kata sandi dari stdin / read the password from stdin")  # fmt: skip
    _db(ua)

    sg = sub.add_parser(
        "sign", help="tandatangani kandidat dari konsol / sign a console candidate"
    )
    sg.add_argument("candidate", type=int, help="nomor kandidat (halaman Terbitkan)")
    sg.add_argument("--key", type=Path, required=True, help="signing.key (PKCS8 PEM)")
    _db(sg)

    pg = sub.add_parser(
        "purge-citizen-data",
        help="hapus data warga dari rujukan yang melewati masa simpan / remove citizen "
        "details past the directory's retention_months (the referral stays)",
    )
    pg.add_argument("--json", action="store_true", help="keluaran JSON")
    _db(pg)
    f = sub.add_parser("referral", help="cari rujukan dengan kodenya / find a referral by code")
    f.add_argument("code", help="kode pada slip, mis. K7QD-0012 / the code on the slip")
    f.add_argument("--json", action="store_true", help="keluaran JSON")
    _db(f)

    for name, text in (
        ("referrals", "daftar rujukan / list referrals"),
        ("contact-reports", "daftar laporan kontak / list contact reports"),
        ("report", "laporan kabupaten / regency report"),
    ):
        c = sub.add_parser(name, help=text)
        c.add_argument("--json", action="store_true", help="keluaran JSON")
        _db(c)
        if name != "report":
            c.add_argument("--limit", type=int, default=200)
    return p


def _engine(args: argparse.Namespace):  # noqa: ANN202
    from melayani_hub.db import open_engine

    return open_engine(args.db)


class _RedactToken(logging.Filter):
    """Keep the admin token of ``/report?token=...`` out of the access log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                re.sub(r"token=[^&\s]*", "token=***", a) if isinstance(a, str) else a
                for a in record.args
            )
        return True


ENV_WORKERS = "MELAYANI_HUB_WORKERS"  # set by serve --workers N for its worker processes


def worker_app() -> Any:
    """The app of one worker process of ``serve --workers N`` (uvicorn's factory): each
    worker builds its own, with its own engine (1/N of one process's connection pool), on
    the database the parent resolved and migrated (``MELAYANI_HUB_DB``, set by
    ``cmd_serve`` before the workers start)."""
    import os

    from melayani_hub.app import create_app
    from melayani_hub.db import make_engine, resolve_url

    logging.getLogger("uvicorn.access").addFilter(_RedactToken())
    url = resolve_url(None)
    workers = int(os.environ.get(ENV_WORKERS, "1"))
    return create_app(url, engine=make_engine(url, processes=workers))


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from melayani_hub.app import create_app
    from melayani_hub.db import ENV_DB, open_engine, resolve_url

    url = resolve_url(args.db)
    common: dict[str, Any] = {
        "host": args.host, "port": args.port, "proxy_headers": args.proxy_headers,
        "forwarded_allow_ips": "127.0.0.1", "log_level": "info",
    }  # fmt: skip
    if args.workers > 1:
        # Several processes: uvicorn needs the app as an import string; each worker builds
        # it (create_app) on the URL passed down in the environment. Migrated here first,
        # once, so a database error ends the command before any worker starts.
        open_engine(url).dispose()
        os.environ[ENV_DB] = url
        os.environ[ENV_WORKERS] = str(args.workers)
        uvicorn.run("melayani_hub.cli:worker_app", factory=True, workers=args.workers, **common)
        return 0
    app = create_app(url)
    logging.getLogger("uvicorn.access").addFilter(_RedactToken())
    uvicorn.run(app, **common)
    return 0


def cmd_keygen(args: argparse.Namespace) -> int:
    from melayani_hub.signing import SigningKeyError, keygen

    try:
        key, pub, fp = keygen(args.out_dir)
    except (SigningKeyError, OSError) as exc:
        _err(f"Gagal / failed: {exc}")
        return EXIT_ERROR
    _out(f"Kunci privat / private key: {key} (simpan di luar server / keep off the server)")
    _out(f"Kunci publik / public key: {pub}")
    _out(f"Sidik jari / fingerprint: {fp}")
    return 0


def cmd_add_key(args: argparse.Namespace) -> int:
    from melayani_hub.signing import add_key

    try:
        text = args.pub.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        _err(f"{args.pub} tidak bisa dibaca / cannot be read: {exc}")
        return EXIT_INPUT
    engine = _engine(args)
    try:
        key_id = add_key(engine, text)
    except ValueError as exc:
        _err(f"{args.pub} bukan kunci publik Ed25519 (base64 32 byte): {exc}")
        return EXIT_INPUT
    finally:
        engine.dispose()
    _out(f"Kunci terdaftar / key listed: {key_id}")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from melayani_hub.rotation import rotate_key
    from melayani_hub.signing import SigningKeyError

    try:
        text = args.new.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        _err(f"{args.new} tidak bisa dibaca / cannot be read: {exc}")
        return EXIT_INPUT
    engine = _engine(args)
    try:
        done = rotate_key(engine, args.key, text, keep_old=args.keep_old)
    except SigningKeyError as exc:
        _err(f"Rotasi kunci DIBATALKAN / rotation cancelled: {exc}")
        return EXIT_INPUT
    finally:
        engine.dispose()
    _out(
        f"Pernyataan kunci v{done.version} ditandatangani {done.signer[:16]}...; meja "
        f"mempercayai mulai sinkron berikutnya / desks trust from their next sync: "
        + ", ".join(done.keys)
    )
    _out("Terbitkan direktori berikutnya dengan kunci baru / publish with the new key next.")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from melayani_core.directory.model import ImportFailed
    from melayani_core.progress import Console
    from melayani_hub.publish import VersionsExhausted, publish
    from melayani_hub.signing import SigningKeyError

    engine = _engine(args)
    try:
        with Console() as progress:
            done = publish(
                engine,
                args.path,
                args.key,
                args.expires_days,
                lexicon=args.lexicon,
                reset_floor=args.reset_floor,
                progress=progress,
            )
    except ImportFailed as exc:
        _err(f"Terbit DIBATALKAN: {len(exc.report.errors)} galat di {args.path}. "
             "Tidak ada versi baru yang disimpan.")  # fmt: skip
        for problem in exc.report.problems:
            _err(str(problem))
        return EXIT_INPUT
    except (SigningKeyError, VersionsExhausted) as exc:
        _err(str(exc))
        return EXIT_INPUT
    finally:
        engine.dispose()
    for problem in done.report.warnings:
        _err(str(problem))
    n = done.counts
    _out(
        f"Versi {done.version}{f' (epoch {done.epoch})' if done.epoch else ''} diterbitkan: "
        f"{n['organizations']} instansi, {n['services']} "
        f"layanan, {n['contacts']} kontak; {done.size} byte, sha256 {done.sha256}, "
        f"berlaku sampai {done.expires}, kunci {done.key_id}."
    )
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from melayani_hub.desks import UnknownDesk, new_code

    if not args.desk and not args.for_desk:
        _err("Sebutkan --desk NAMA untuk meja baru, atau --for-desk DESK_ID untuk daftar ulang.")
        return EXIT_INPUT
    engine = _engine(args)
    try:
        code, expires = new_code(
            engine, args.desk, args.kecamatan, args.desa, args.valid_hours,
            for_desk=args.for_desk,
        )  # fmt: skip
    except UnknownDesk:
        _err(f"Meja {args.for_desk} tidak terdaftar / no such desk. Lihat: melayani-hub desk list")
        return EXIT_INPUT
    finally:
        engine.dispose()
    _out(code)
    whom = f"daftar ulang meja {args.for_desk}" if args.for_desk else f"meja {args.desk!r}"
    _err(f"Kode sekali pakai untuk {whom}, berlaku sampai {expires} (UTC).")
    return 0


def cmd_desk(args: argparse.Namespace) -> int:
    from melayani_hub.desks import UnknownDesk, revoke
    from melayani_hub.models import Desk

    if args.desk_command == "list":
        args.limit = 100_000
        columns = ["desk_id", "code", "name", "kecamatan", "desa", "enrolled_at", "revoked_at"]
        _print_rows(args, _rows(args, Desk, columns), columns)
        return 0
    engine = _engine(args)
    try:
        when = revoke(engine, args.desk_id)
    except UnknownDesk:
        _err(f"Meja {args.desk_id} tidak terdaftar / no such desk. Lihat: melayani-hub desk list")
        return EXIT_INPUT
    finally:
        engine.dispose()
    _out(
        f"Meja {args.desk_id} dicabut sejak {when}: tokennya ditolak. Untuk memulihkannya, "
        f"buat kode: melayani-hub enroll --for-desk {args.desk_id}"
    )
    return 0


def _rows(args: argparse.Namespace, model: Any, columns: list[str]) -> list[dict[str, Any]]:
    from sqlalchemy import select

    engine = _engine(args)
    try:
        with engine.connect() as conn:
            q = select(*(getattr(model, c) for c in columns)).order_by(model.id.desc())
            return [dict(r._mapping) for r in conn.execute(q.limit(args.limit))]
    finally:
        engine.dispose()


def _print_rows(args: argparse.Namespace, rows: list[dict[str, Any]], shown: list[str]) -> None:
    if args.json:
        _out(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        _out("Belum ada data / no data yet.")
    for row in rows:
        _out("  ".join(str(row.get(c) if row.get(c) is not None else "") for c in shown))


def cmd_referrals(args: argparse.Namespace) -> int:
    from melayani_hub.models import Referral

    columns = ["uuid", "code", "desk_id", "seq", "created_at", "kecamatan", "desa", "need_text",
               "service_id", "service_name", "org_id", "org_name", "contact_id", "contact_name",
               "channel", "lapor_id", "supersedes_uuid", "citizen_consent"]  # fmt: skip
    rows = _rows(args, Referral, columns)
    _print_rows(args, rows, ["code", "created_at", "kecamatan", "desa", "org_name",
                             "service_name", "channel", "need_text", "lapor_id"])  # fmt: skip
    return 0


def cmd_referral(args: argparse.Namespace) -> int:
    from melayani_hub.lookup import find_referrals

    engine = _engine(args)
    try:
        found = find_referrals(engine, args.code)
    finally:
        engine.dispose()
    if found is None:
        _err(f"{args.code!r} bukan kode rujukan. Kode ada di slip, contoh: K7QD-0012.")
        return EXIT_INPUT
    if args.json:
        _out(json.dumps(found, ensure_ascii=False, indent=2))
    if not found:
        _err(f"Tidak ada rujukan dengan kode {args.code} di hub. Periksa kodenya; rujukan "
             "yang belum dikirim meja belum ada di hub.")  # fmt: skip
        return EXIT_INPUT
    if args.json:
        return 0
    for r in found:
        _out(f"{r['code']}  {r['created_at']}  meja {r['desk_name'] or r['desk_id']} "
             f"({r['kecamatan'] or '-'} / {r['desa'] or '-'})")  # fmt: skip
        _out(f"  kebutuhan: {r['need_text'] or '-'}")
        _out(f"  dirujuk ke: {r['service_name']} - {r['org_name']}")
        _out(f"  kontak: {r['contact_name']} ({r['contact_position']}) "
             f"{r['contact_whatsapp'] or r['contact_phone']}  cara: {r['channel']}")  # fmt: skip
        if r["lapor"]:
            _out(f"  tiket SP4N-LAPOR!: {r['lapor']}")
        for o in r["outcomes"]:
            _out(f"  hasil {o['created_at']}: {o['outcome']} {o['note']}".rstrip())
        if r["superseded_by"]:
            _out(f"  dikoreksi oleh rujukan {r['superseded_by']}")
    return 0


def cmd_contact_reports(args: argparse.Namespace) -> int:
    from melayani_hub.models import ContactReport

    columns = ["uuid", "desk_id", "created_at", "org_id", "contact_id", "contact_name",
               "service_id", "kind", "note"]  # fmt: skip
    rows = _rows(args, ContactReport, columns)
    _print_rows(args, rows, ["created_at", "org_id", "contact_name", "kind", "note"])
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from melayani_hub.reports import build_report

    engine = _engine(args)
    try:
        report = build_report(engine)
    finally:
        engine.dispose()
    if args.json:
        _out(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    t = report["totals"]
    _out(f"Rujukan {t['referrals']}, hasil {t['outcomes']}, laporan kontak "
         f"{t['contact_reports']}, meja {t['desks']}")  # fmt: skip
    _out("\nRujukan per instansi:")
    for r in report["by_agency"]:
        _out(f"  {r['referrals']:6d}  {r['org_name'] or r['org_id']}")
    _out("\nKebutuhan terbanyak:")
    for r in report["by_need"]:
        _out(f"  {r['referrals']:6d}  {r['need']}")
    _out("\nPer kecamatan / desa:")
    for r in report["by_area"]:
        _out(f"  {r['referrals']:6d}  {r['kecamatan']} / {r['desa']}")
    _out("\nPer minggu:")
    for r in report["by_week"]:
        _out(f"  {r['referrals']:6d}  {r['week']}")
    _out("\nTanggapan instansi (ditanggapi/selesai dari yang ada hasil):")
    for r in report["response"]:
        rate = "-" if r["response_rate"] is None else f"{r['response_rate'] * 100:.0f}%"
        _out(f"  {rate:>5}  {r['responded']}/{r['with_outcome']}  {r['org_name'] or r['org_id']}")
    _out("\nMasalah kontak per instansi:")
    for r in report["contact_problems"]:
        _out(f"  {r['total']:6d}  {r['org_name'] or r['org_id']}  {r['by_kind']}")
    fresh = report["contact_freshness"]
    if fresh["version"]:
        _out(f"\nKontak v{fresh['version']}: {fresh['contacts']}, lewat batas pemeriksaan "
             f"{fresh['freshness_months']} bulan: {fresh['stale']}, belum pernah diperiksa: "
             f"{fresh['unverified']}")  # fmt: skip
    if report["future_dated"]:
        _out("\nPERINGATAN: data bertanggal di masa depan (jam komputer meja salah):")
        for r in report["future_dated"]:
            _out(f"  {r['referrals']:6d} rujukan, {r['outcomes']} hasil, "
                 f"{r['contact_reports']} laporan  {r['desk_name'] or r['desk_id']} "
                 f"(maju {r['max_ahead_days']} hari)")  # fmt: skip
    return 0


def cmd_user(args: argparse.Namespace) -> int:
    import getpass

    from melayani_hub.console.auth import UserError, add_user

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Kata sandi / password: ")
        if getpass.getpass("Ulangi / again: ") != password:
            _err("Kata sandi tidak sama. Tidak ada pengguna yang dibuat.")
            return EXIT_INPUT
    engine = _engine(args)
    try:
        add_user(engine, args.name, args.role, password, args.agency)
    except UserError as exc:
        _err(f"Pengguna tidak dibuat: {exc}")
        return EXIT_INPUT
    finally:
        engine.dispose()
    _out(f"Pengguna {args.name} ({args.role}{' ' + args.agency if args.agency else ''}) dibuat.")
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from melayani_hub.console.candidates import CandidateError, sign
    from melayani_hub.signing import SigningKeyError

    engine = _engine(args)
    try:
        version, key_id = sign(engine, args.candidate, args.key)
    except (CandidateError, SigningKeyError) as exc:
        _err(f"Tidak ditandatangani: {exc}")
        return EXIT_INPUT
    finally:
        engine.dispose()
    _out(f"Kandidat #{args.candidate} (versi {version}) ditandatangani dengan kunci {key_id}. "
         "Rilis di konsol: halaman Terbitkan.")  # fmt: skip
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from melayani_hub.retention import purge_citizen_data

    engine = _engine(args)
    try:
        done = purge_citizen_data(engine)
    finally:
        engine.dispose()
    if args.json:
        _out(json.dumps(vars(done)))
        return 0
    _out(f"Data warga dihapus dari {done.redacted} rujukan yang dibuat sebelum {done.cutoff} "
         f"(masa simpan {done.months} bulan); rujukannya tetap. / Citizen details removed "
         f"from {done.redacted} referrals.")  # fmt: skip
    return 0


COMMANDS = {
    "serve": cmd_serve,
    "purge-citizen-data": cmd_purge,
    "user": cmd_user,
    "sign": cmd_sign,
    "keygen": cmd_keygen,
    "add-key": cmd_add_key,
    "rotate-key": cmd_rotate_key,
    "publish": cmd_publish,
    "enroll": cmd_enroll,
    "desk": cmd_desk,
    "referrals": cmd_referrals,
    "referral": cmd_referral,
    "contact-reports": cmd_contact_reports,
    "report": cmd_report,
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return COMMANDS[args.command](args)
    except SQLAlchemyError as exc:
        _err(f"Basis data tidak bisa dipakai / database error: {exc.__class__.__name__}: "
             f"{str(exc).splitlines()[0] if str(exc) else ''}")  # fmt: skip
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
