"""Setting a desk up without the window: the directory's places and the forms clerks type,
and enrollment whose answer becomes the desk's settings (ranking, slip header), with a
clear Indonesian error for each way it fails."""

from __future__ import annotations

import json
import shutil
import socket

import pytest
from hub_fixtures import hub_fixture  # noqa: F401
from sync_fixtures import server  # noqa: F401
from test_sync_support import Signer

from melayani_core.directory.places import PlaceProblem, Places, places_of, resolve
from melayani_desk import settings as settings_store
from melayani_desk.cli import main as desk_main
from melayani_desk.desk_setup import directory_places, enroll_desk
from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.enroll import CODE, HUB, KEY, EnrollError
from melayani_desk.sync.state import SyncStore
from melayani_hub.desks import new_code


@pytest.fixture
def desk(tmp_path, sample_dir):
    folder = tmp_path / "desk"
    shutil.copytree(sample_dir, folder)
    return folder


@pytest.fixture
def sample_places(sample_dir) -> Places:
    return directory_places(sample_dir)


def test_the_sample_directory_lists_its_own_kecamatan_and_desa(sample_places):
    assert len(sample_places.kecamatan) == 25
    assert {"Licin", "Glagah", "Tegaldlimo", "Blimbingsari"} <= set(sample_places.kecamatan)
    assert sample_places.desa_of("Glagah") == ["Kemiren"]


@pytest.mark.parametrize(
    "typed",
    [
        "Licin",
        "licin",
        "LICIN",
        "Kec. Licin",
        "kec licin",
        "Kecamatan Licin",
        " Kantor Camat Licin ",
    ],
)
def test_the_forms_clerks_type_become_the_directorys_name(sample_places, typed):
    assert sample_places.match_kecamatan(typed) == "Licin"
    assert resolve(sample_places, typed, "").kecamatan == "Licin"


def test_unknown_places_are_refused_with_a_message(sample_places):
    for typed in ("Lici", "Kecamatan", "Jember"):
        with pytest.raises(PlaceProblem) as caught:
            resolve(sample_places, typed, "")
        assert caught.value.field_name == "kecamatan"
        assert "tidak ada di direktori" in caught.value.message
    assert resolve(sample_places, "kec. glagah", "Ds. Kemiren").desa == "Kemiren"
    with pytest.raises(PlaceProblem) as caught:
        resolve(sample_places, "Glagah", "Olehsari")  # Glagah's desa are listed: only those
    assert caught.value.field_name == "desa" and "Glagah" in caught.value.message
    # a kecamatan with no desa listed takes the desa as typed, its prefix word dropped
    assert resolve(sample_places, "Licin", "Desa Banjar").desa == "Banjar"
    # a directory that lists no kecamatan at all cannot refuse one
    assert resolve(Places(), "Kec. Licin", "").kecamatan == "Licin"


def test_places_of_a_directory_without_kecamatan_organizations_come_from_service_areas(desk):
    reader = open_reader(desk)
    try:
        places = places_of(reader)
    finally:
        reader.close()
    assert "Licin" in places.kecamatan  # from the organizations and the services' area


def test_cli_enroll_adopts_what_the_hub_holds_for_the_desk(hub, desk, tmp_path, capsys):
    """The hub's name and place (set when the code was issued, in the form an admin types)
    become the settings: the ranking and the slip header use them."""
    code, _ = new_code(hub.engine, "Meja Kantor Desa Kemiren", "Kec. Glagah", "desa kemiren")
    pub = Signer().write_pub(tmp_path / "signing.pub")
    args = ["--data-dir", str(desk), "enroll", "--hub", hub.base_url, "--code", code]
    assert desk_main([*args, "--trust-key", str(pub), "--kecamatan", "Licin"]) == 0
    out = capsys.readouterr().out
    assert "Nama meja: Meja Kantor Desa Kemiren; tempat: Kemiren, Glagah." in out
    saved = settings_store.load(desk)
    assert (saved.desk_name, saved.kecamatan, saved.desa) == (
        "Meja Kantor Desa Kemiren", "Glagah", "Kemiren",
    )  # fmt: skip
    log = ReferralLog(desk)
    try:
        assert (log.desk.name, log.desk.kecamatan, log.desk.desa) == (
            "Meja Kantor Desa Kemiren", "Glagah", "Kemiren",
        )  # fmt: skip
        assert SyncStore(log.db).load().enrolled
    finally:
        log.close()
    # the search takes the desk's place from the settings: the desk's own camat first
    assert desk_main(["--data-dir", str(desk), "search", "--json", "rekomendasi camat"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["service_id"] == "kec-glagah-surat"


def test_the_hub_place_unknown_to_the_directory_is_kept_with_a_warning(hub, desk, tmp_path):
    code, _ = new_code(hub.engine, "Meja Jauh", "Kecamatan Kalisat", "")
    pub = Signer().write_pub(tmp_path / "signing.pub")
    done = enroll_desk(desk, hub.base_url, code, str(pub))
    assert done.settings.kecamatan == "Kecamatan Kalisat"
    assert "tidak ada di direktori" in done.warning


def failure(desk, hub_url, code, trust) -> EnrollError:
    with pytest.raises(EnrollError) as caught:
        enroll_desk(desk, hub_url, code, trust)
    assert not settings_store.load(desk).kecamatan  # nothing adopted
    return caught.value


def test_each_enrollment_failure_says_what_to_fix(hub, server, desk, tmp_path):  # noqa: F811
    pub = str(Signer().write_pub(tmp_path / "signing.pub"))
    code, _ = new_code(hub.engine, "Meja Uji", "Licin", "")
    # plain http:// to another computer: refused before anything is sent
    err = failure(desk, "http://hub.banyuwangikab.go.id", code, pub)
    assert err.field == HUB and "https://" in err.message and "tanpa enkripsi" in err.message
    # nobody listening
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    err = failure(desk, f"http://127.0.0.1:{closed}", code, pub)
    assert err.field == HUB and "tidak bisa dihubungi" in err.message
    # a captive portal answers with its login page
    server.raw("GET", "/api/v1/health", b"<!DOCTYPE html><html>Login Wi-Fi</html>",
               **{"Content-Type": "text/html"})  # fmt: skip
    err = failure(desk, server.url, code, pub)
    assert err.field == HUB and "login Wi-Fi" in err.message and "Daftarkan lagi" in err.message
    # a wrong code
    err = failure(desk, hub.base_url, "SALAH-SALA-HSAL-AHSA", pub)
    assert err.field == CODE and "Kode pendaftaran ditolak" in err.message
    # a fingerprint no key of the hub has
    err = failure(desk, hub.base_url, code, "ab" * 16)
    assert err.field == KEY and "Kunci tidak cocok" in err.message
    # empty fields say which one
    assert failure(desk, " ", code, pub).field == HUB
    assert failure(desk, hub.base_url, "", pub).field == CODE
    assert failure(desk, hub.base_url, code, "").field == KEY
    # the code was never used up by the failures
    assert enroll_desk(desk, hub.base_url, code, pub).settings.kecamatan == "Licin"
