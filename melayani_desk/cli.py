"""The one entry point: ``melayani-desk`` opens the window; sub-commands are for scripting.

Every command takes ``--data-dir DIR`` (or ``MELAYANI_DATA_DIR``) to choose where this
desk's SQLite files live.  Errors are reported in one clear message and a non-zero exit
status, never a traceback.  Each sub-command lives in a module under
``melayani_desk/commands/`` with an ``add_parser(sub)`` and its handler(s).
"""

from __future__ import annotations

import argparse
import sys

from melayani_desk import __version__
from melayani_desk.commands import directory as directory_commands
from melayani_desk.commands import referrals as referral_commands
from melayani_desk.commands import slip as slip_command
from melayani_desk.commands import sync as sync_commands
from melayani_desk.commands.common import (  # noqa: F401 - re-exported for callers and tests
    EXIT_DESK_DB,
    EXIT_DISK_FULL,
    EXIT_INPUT,
    EXIT_SYNC,
    EXIT_USAGE,
    _err,
    _out,
)


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
    directory_commands.add_parser(sub)
    slip_command.add_parser(sub)
    referral_commands.add_parser(sub)
    sync_commands.add_parser(sub)
    return p


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
    except Exception as exc:
        from melayani_desk.diskfull import command_message, is_disk_full

        if not is_disk_full(exc):
            raise
        sys.stderr.write(command_message(args.command) + "\n")
        return EXIT_DISK_FULL


COMMANDS = {
    **directory_commands.COMMANDS,
    **referral_commands.COMMANDS,
    **sync_commands.COMMANDS,
    "slip": slip_command.run,
}
