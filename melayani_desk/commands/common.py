"""What the sub-commands share: output helpers, exit statuses, and referral-log error handling."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_DESK_DB = 4  # the desk database (or the directory) cannot be opened
EXIT_SYNC = 5  # the hub could not be reached, or refused something
EXIT_DISK_FULL = 6  # the disk is full: nothing was written (melayani_desk/diskfull.py)


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _open_log(folder: Path):  # noqa: ANN202 - ReferralLog, imported lazily
    from melayani_desk.referrals.log import ReferralLog

    return ReferralLog(folder)


class _BadInput(Exception):
    pass


def _referral_command(handler):  # noqa: ANN001, ANN202 - decorator
    """Report referral-log and database errors as one message and an exit status."""

    def run(args: argparse.Namespace, folder: Path) -> int:
        from melayani_core.referrals.model import ReferralError
        from melayani_core.storage.directory_db import DirectoryError
        from melayani_desk.storage.desk_db import DeskDatabaseError

        try:
            return handler(args, folder)
        except (ReferralError, _BadInput) as exc:
            _err(str(exc))
            return EXIT_INPUT
        except (DeskDatabaseError, DirectoryError) as exc:
            from melayani_desk.diskfull import is_disk_full

            if is_disk_full(exc):
                raise  # said by cli.main, for every command alike
            _err(str(exc))
            return EXIT_DESK_DB

    return run
