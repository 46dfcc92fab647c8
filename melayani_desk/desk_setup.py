"""Setting a desk up: where it is, and enrollment whose answer becomes its settings.

Plain Python shared by ``melayani-desk enroll`` and the window's settings dialog: the
place is checked against the directory's own kecamatan and desa
(``melayani_core.directory.places``), and what the hub registered for the desk at
enrollment (name, kecamatan, desa) is written both to the settings (which the search's
ranking and the slip header read) and to the desk record in the desk database.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import httpx

from melayani_core.directory.places import Place, PlaceProblem, Places, places_of, resolve
from melayani_core.storage.directory_db import DirectoryError, DirectoryReader, DirectoryStore
from melayani_desk import settings as settings_store
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.settings import Settings
from melayani_desk.sync.enroll import CODE, HUB, KEY, Enrolled, EnrollError, enroll


def directory_places(data_dir: Path) -> Places:
    """The places of the desk's current directory (none when there is no directory)."""
    try:
        current = DirectoryStore(Path(data_dir)).current()
    except (DirectoryError, OSError):
        return Places()
    if current is None:
        return Places()
    reader = DirectoryReader(current)
    try:
        return places_of(reader)
    finally:
        reader.close()


@dataclass(frozen=True)
class Setup:
    enrolled: Enrolled
    settings: Settings  # as saved, the hub's names adopted
    warning: str = ""  # the hub's place is not one the directory knows: the clerk chooses


def adopt(
    data_dir: Path, name: str, kecamatan: str, desa: str, places: Places | None = None
) -> tuple[Settings, str]:
    """Make name and place the desk's settings and desk record; returns (settings, warning).

    The place is normalised to the directory's names; one the directory does not know is
    kept as given, with a warning for the clerk (the hub's record is not refused)."""
    places = directory_places(data_dir) if places is None else places
    warning = ""
    try:
        place = resolve(places, kecamatan, desa)
    except PlaceProblem as exc:
        place, warning = Place(kecamatan.strip(), desa.strip()), exc.message
    current = settings_store.load(data_dir)
    new = replace(
        current,
        desk_name=name.strip() or current.desk_name,
        kecamatan=place.kecamatan or current.kecamatan,
        desa=place.desa or current.desa,
    ).validated()
    settings_store.save(data_dir, new)
    log = ReferralLog(Path(data_dir))
    try:
        log.set_desk(name=new.desk_name, kecamatan=new.kecamatan, desa=new.desa)
    finally:
        log.close()
    return new, warning


def _required(hub_url: str, code: str, trust: str) -> None:
    if not hub_url.strip():
        raise EnrollError(
            "Alamat hub masih kosong. Isi alamat dari admin hub, mis. "
            "https://hub.banyuwangikab.go.id",
            HUB,
        )
    if not code.strip():
        raise EnrollError(
            "Kode pendaftaran masih kosong. Isi kode sekali pakai dari admin hub "
            "(mis. ABCD-EFGH-IJKL-MNOP).",
            CODE,
        )
    if not trust.strip():
        raise EnrollError(
            "Sidik jari kunci hub masih kosong. Isi sidik jari dari admin hub (minimal 16 "
            "huruf/angka heksadesimal); tanpa itu meja tidak bisa memeriksa direktori.",
            KEY,
        )


def enroll_desk(
    data_dir: Path,
    hub_url: str,
    code: str,
    trust: str,
    *,
    name: str | None = None,
    kecamatan: str | None = None,
    desa: str | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Setup:
    """Enroll with what the desk says of itself; adopt what the hub answers.

    Raises EnrollError (``field`` says what to fix) or keys.KeyProblem (a malformed
    fingerprint or key file); nothing is changed then but the name and place given."""
    _required(hub_url, code, trust)
    given = {"name": name, "kecamatan": kecamatan, "desa": desa}
    if any(v is not None for v in given.values()):
        log = ReferralLog(Path(data_dir))
        try:
            log.set_desk(**given)
        finally:
            log.close()
    done = enroll(Path(data_dir), hub_url, code, trust, transport=transport)
    settings, warning = adopt(
        data_dir,
        done.name or name or "",
        done.kecamatan or kecamatan or "",
        done.desa or desa or "",
    )
    return Setup(done, settings, warning)
