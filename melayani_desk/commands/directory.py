"""``melayani-desk search|import|template|export|info``: the local service directory."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from melayani_desk.commands.common import EXIT_DESK_DB, EXIT_INPUT, _err, _open_log, _out
from melayani_desk.diskfull import is_disk_full


def add_parser(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("search", help="cari layanan menurut kebutuhan warga")
    s.add_argument("query", nargs="*", help="kebutuhan warga, misalnya: ktp ilang")
    s.add_argument("--limit", type=int, default=5)
    s.add_argument("--json", action="store_true", help="keluaran JSON (daftar hasil)")
    s.add_argument(
        "--answer",
        action="store_true",
        help="keluaran JSON lengkap: hasil, rute bila tak ada kantor, darurat, konsep kebutuhan",
    )
    s.add_argument("--batch", type=Path, help="berkas berisi satu kueri per baris (keluaran JSONL)")
    s.add_argument(
        "--kecamatan",
        default="",
        help="kecamatan meja ini untuk urutan hasil (bawaan: dari pengaturan meja)",
    )

    i = sub.add_parser(
        "import", help="ganti direktori lokal dari templat .xlsx, folder CSV, atau HSDS"
    )
    i.add_argument("path", type=Path)
    i.add_argument(
        "--confirm",
        action="store_true",
        help="tetap ganti walau impor ini membuang sebagian besar kontak, layanan darurat "
        "112, atau kelompok kewenangan direktori yang dipakai",
    )

    sub.add_parser(
        "rollback",
        help="kembali ke direktori sebelumnya (yang dipakai sebelum impor/pembaruan terakhir)",
    )

    t = sub.add_parser("template", help="tulis templat impor kosong (.xlsx)")
    t.add_argument("out", type=Path)

    e = sub.add_parser("export", help="ekspor direktori lokal")
    e.add_argument("--hsds", type=Path, required=True, help="folder tujuan paket data HSDS 3.0")

    sub.add_parser("info", help="tampilkan versi dan sumber direktori lokal")


def _teach(engine, folder: Path) -> None:  # noqa: ANN001 - SearchEngine
    """What this desk's clerks taught the search (as the window learns it), when the desk
    has a referral log; a search never creates one."""
    from melayani_desk.storage.desk_db import DESK_FILE

    if not (folder / DESK_FILE).is_file():
        return
    from melayani_desk.referrals.learning import teach_from_log

    log = _open_log(folder)
    try:
        teach_from_log(engine, log)
    finally:
        log.close()


def cmd_search(args: argparse.Namespace, folder: Path) -> int:
    from melayani_core.search.engine import SearchEngine
    from melayani_core.search.present import (
        SAMPLE_MARK,
        answer_json,
        result_json,
        result_text,
        route_text,
    )
    from melayani_desk.directory.local import open_reader

    reader = open_reader(folder)
    from melayani_desk import settings as settings_mod

    engine = SearchEngine(
        reader, desk_kecamatan=args.kecamatan or settings_mod.load(folder).kecamatan
    )
    _teach(engine, folder)
    sample = reader.is_sample
    fresh = reader.settings.freshness_months
    # the window searches as the clerk types (the last word may be a prefix): the command
    # line ranks a whole query exactly as the window shows it
    if args.batch:
        try:
            lines = args.batch.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            _err(f"Tidak bisa membaca {args.batch}: {exc.strerror}")
            return EXIT_INPUT
        for line in lines:
            answer = engine.answer(line, limit=args.limit, prefix=True)
            row = {"query": line, **answer_json(answer, sample, fresh)}
            _out(json.dumps(row, ensure_ascii=False))
        return 0
    text = " ".join(args.query)
    answer = engine.answer(text, limit=args.limit, prefix=True)
    if args.answer:
        row = {"query": text, **answer_json(answer, sample, fresh)}
        _out(json.dumps(row, ensure_ascii=False, indent=2))
        return 0
    if args.json:
        rows = [result_json(r, sample, fresh) for r in answer.results]
        _out(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if sample:
        _out(f"*** {SAMPLE_MARK} ***")
    if not answer.results and answer.route is None:
        _out(f"Tidak ada layanan yang cocok untuk: {text!r}")
    for n, r in enumerate(answer.results, 1):
        _out(result_text(n, r))
    if answer.route is not None:
        _out(route_text(answer.route))
    return 0


def cmd_import(args: argparse.Namespace, folder: Path) -> int:
    from melayani_core.directory.model import ImportFailed
    from melayani_core.directory.shrink import ImportNeedsConfirmation
    from melayani_core.progress import Console
    from melayani_core.storage.directory_db import DirectoryBusy
    from melayani_desk.directory.local import import_path

    try:
        with Console() as progress:
            _, directory, report = import_path(
                folder, args.path, confirm=args.confirm, progress=progress
            )
    except ImportNeedsConfirmation as exc:
        _err(
            f"Impor DITAHAN: {args.path} sah, tetapi akan membuang data direktori yang "
            "dipakai. Direktori lama tetap dipakai, tidak ada yang berubah."
        )
        for message in exc.losses:
            _err(f"- {message}")
        _err(
            "Periksa apakah berkas/paketnya lengkap. Bila penggantian ini memang "
            "disengaja, jalankan lagi dengan --confirm."
        )
        return EXIT_INPUT
    except DirectoryBusy as exc:
        _err(str(exc))
        return EXIT_DESK_DB
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


def cmd_rollback(args: argparse.Namespace, folder: Path) -> int:
    from melayani_core.storage.directory_db import (
        DirectoryBusy,
        DirectoryReader,
        DirectoryStore,
        NoPreviousDirectory,
    )

    try:
        back = DirectoryStore(folder).rollback()
    except NoPreviousDirectory as exc:
        _err(f"{exc} Direktori yang dipakai tidak diubah.")
        return EXIT_INPUT
    except DirectoryBusy as exc:
        _err(str(exc))
        return EXIT_DESK_DB
    reader = DirectoryReader(back)
    try:
        source, counts = reader.meta.get("source", ""), reader.counts()
    finally:
        reader.close()
    _out(
        f"Kembali ke direktori sebelumnya: {source} ({counts['organizations']} instansi, "
        f"{counts['services']} layanan, {counts['contacts']} kontak). Jalankan rollback "
        "lagi untuk memakai kembali direktori yang baru saja diganti."
    )
    return 0


def cmd_template(args: argparse.Namespace, folder: Path) -> int:
    from melayani_core.directory.template import write_template

    try:
        write_template(args.out)
    except OSError as exc:
        if is_disk_full(exc):
            raise  # said by cli.main, for every command alike
        _err(f"Tidak bisa menulis {args.out}: {exc.strerror}")
        return EXIT_INPUT
    _out(f"Templat ditulis ke {args.out}")
    return 0


def cmd_export(args: argparse.Namespace, folder: Path) -> int:
    from melayani_core.directory.hsds import write_hsds
    from melayani_desk.directory.local import open_reader, read_installed

    reader = open_reader(folder)
    try:
        directory = read_installed(reader)
    finally:
        reader.close()
    try:
        write_hsds(directory, args.hsds)
    except OSError as exc:
        if is_disk_full(exc):
            raise  # said by cli.main, for every command alike
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


COMMANDS = {
    "search": cmd_search,
    "import": cmd_import,
    "rollback": cmd_rollback,
    "template": cmd_template,
    "export": cmd_export,
    "info": cmd_info,
}
