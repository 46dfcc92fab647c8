"""Enrollment: pin the directory key given out-of-band, register with the hub, keep the token.

The trusted key comes from the person enrolling the desk, never from the hub alone:
either a key file (base64 raw key or PEM), pinned as is, or a fingerprint, in which
case the hub's ``/keys`` is searched for the one key that matches it. The desk then
follows the hub's key rotation statements from the newest one that names the pinned keys
(``melayani_core.keyset.starting_version``).
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

from melayani_core import keys as keylib
from melayani_core import keyset
from melayani_core.referrals.codes import valid_prefix
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync import keychain
from melayani_desk.sync.client import (
    PORTAL,
    HubClient,
    HubError,
    describe,
    detail,
    json_body,
)
from melayani_desk.sync.state import SyncStore

# What an EnrollError is about, so a window can point at the field to fix.
HUB, CODE, KEY, ANSWER = "hub", "code", "key", "answer"


class EnrollError(Exception):
    """Enrollment refused or impossible (message in Indonesian, for the clerk).

    ``field``: what to fix: HUB (address, network), CODE, KEY (fingerprint) or ANSWER."""

    def __init__(self, message: str, field: str = ANSWER):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class Enrolled:
    hub_url: str
    desk_id: str
    key_ids: tuple[str, ...]
    # what the hub holds for this desk (its answer; "" when an older hub does not say)
    name: str = ""
    kecamatan: str = ""
    desa: str = ""


def _unreachable(hub_url: str, why: str) -> EnrollError:
    if why.startswith(PORTAL):
        return EnrollError(
            f"Alamat {hub_url} dijawab oleh halaman web, bukan oleh hub: kemungkinan halaman "
            "login Wi-Fi atau portal jaringan. Buka peramban, masuk (login) ke jaringan, lalu "
            "tekan Daftarkan lagi. Kode pendaftaran belum terpakai.",
            HUB,
        )
    return EnrollError(
        f"Hub {hub_url} tidak bisa dihubungi ({why}). Periksa alamat hub dan sambungan "
        "internet, lalu coba lagi. Kode pendaftaran belum terpakai.",
        HUB,
    )


def _answer_text(answer: dict, key: str) -> str:
    value = answer.get(key)
    return value.strip()[:200] if isinstance(value, str) else ""


def _keys_matching(client: HubClient, wanted: str) -> dict[str, bytes]:
    status, body = client.request("GET", "/keys")
    if status != 200:
        raise EnrollError(f"Hub tidak memberikan daftar kunci (HTTP {status}).", KEY)
    listed = json_body(body)
    entries = listed.get("keys") if isinstance(listed, dict) else None
    found: dict[str, bytes] = {}
    for entry in entries if isinstance(entries, list) else []:
        try:
            raw = keylib.decode_raw(str(entry.get("public_key", "")))
        except (keylib.KeyProblem, AttributeError, binascii.Error):
            continue
        key_id = keylib.fingerprint(raw)
        if key_id.startswith(wanted):
            found[key_id] = raw
    if len(found) != 1:
        raise EnrollError(
            "Kunci tidak cocok: tidak ada kunci di hub dengan sidik jari "
            f"{wanted[:16]}... Pastikan sidik jari dari admin hub benar dan hub yang dituju "
            "benar. Meja TIDAK didaftarkan.",
            KEY,
        )
    return found


def _pinned(client: HubClient, trust: str) -> tuple[dict[str, bytes], str]:
    path = Path(trust).expanduser()
    if path.is_file():
        raw = keylib.read_key_file(path)
        return {keylib.fingerprint(raw): raw}, f"berkas {path.name}"
    wanted = keylib.parse_fingerprint(trust)
    return _keys_matching(client, wanted), f"sidik jari {wanted[:16]}"


def enroll(
    data_dir: Path,
    hub_url: str,
    code: str,
    trust: str,
    *,
    transport: httpx.BaseTransport | None = None,
    now: datetime | None = None,
) -> Enrolled:
    """Enroll this desk with the hub; raises EnrollError (or keys.KeyProblem)."""
    try:
        client = HubClient(hub_url, transport=transport)
    except ValueError as exc:  # not an address, or plain http:// off this computer
        raise EnrollError(str(exc), HUB) from None
    log = ReferralLog(Path(data_dir))
    try:
        with client:
            online, why = client.online()
            if not online:
                raise _unreachable(client.base, why)
            pinned, source = _pinned(client, trust)
            desk = log.desk
            ask = {
                "code": code.strip(),
                "desk_id": desk.desk_id,
                "name": desk.name,
                "kecamatan": desk.kecamatan,
                "desa": desk.desa,
            }
            if valid_prefix(desk.code):  # kept by the hub when free: earlier slips stay valid
                ask["desk_code"] = desk.code
            status, body = client.request("POST", "/enroll", ask)
            if status == 403:
                raise EnrollError(
                    "Kode pendaftaran ditolak: salah, sudah dipakai, kedaluwarsa, atau "
                    f"dibuat untuk meja lain ({detail(body)}). Minta kode baru ke admin hub; "
                    "bila meja ini pernah terdaftar, kodenya harus dibuat untuk meja ini: "
                    f"melayani-hub enroll --for-desk {desk.desk_id}",
                    CODE,
                )
            if status == 429:
                raise EnrollError(
                    "Terlalu banyak kode pendaftaran salah dari alamat ini. Tunggu "
                    f"sebentar, lalu coba lagi dengan kode yang benar ({detail(body)}).",
                    CODE,
                )
            if status != 200:
                raise EnrollError(f"Hub menolak pendaftaran (HTTP {status}): {detail(body)}")
            answer = json_body(body)
            token = answer.get("token") if isinstance(answer, dict) else None
            if not isinstance(token, str) or not token or answer.get("desk_id") != desk.desk_id:
                raise EnrollError("Jawaban pendaftaran dari hub tidak sah.")
            start = keyset.starting_version(pinned, keychain.fetch(client))
            SyncStore(log.db).enroll(
                client.base, token, pinned, source, now or datetime.now(UTC), start
            )
            if valid_prefix(answer.get("desk_code")):  # an older hub gives none: GET /desk
                log.set_code(answer["desk_code"])
            held = [_answer_text(answer, k) for k in ("name", "kecamatan", "desa")]
            return Enrolled(client.base, desk.desk_id, tuple(pinned), *held)
    except httpx.HTTPError as exc:
        raise _unreachable(client.base, describe(exc)) from None
    except HubError as exc:
        raise EnrollError(f"Jawaban hub tidak bisa dipakai: {exc.message}.") from None
    finally:
        log.close()
