"""Helpers for the web console tests: a two-agency directory published with the hub's own
tools, console users, and a log-in through the real form (CSRF token read from the page)."""

from __future__ import annotations

import re
from pathlib import Path

from melayani_hub import publish, signing
from melayani_hub.console.auth import add_user

PASSWORD = "kata-sandi-uji-123"
DIRECTORY = {
    "organizations.csv": "org_id,name,kind\n"
    "dukcapil,Dinas Kependudukan dan Pencatatan Sipil,opd\n"
    "dinkes,Dinas Kesehatan,opd\n",
    "services.csv": "service_id,org_id,name,keywords,authority\n"
    "ktp-hilang,dukcapil,KTP-el hilang,ktp;hilang,regency\n"
    "imunisasi,dinkes,Imunisasi anak,imunisasi;vaksin,regency\n",
    "contacts.csv": "contact_id,org_id,name,position,level,whatsapp,service_ids\n"
    "c-ani,dukcapil,Ani,Petugas KTP,technical,+6281234567890,ktp-hilang\n"
    "c-budi,dinkes,Budi,Petugas Imunisasi,technical,+6281234567891,imunisasi\n",
}
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def publish_two_agencies(engine, tmp_path: Path) -> Path:
    """Version 1 of a directory with agencies dukcapil and dinkes; returns the key file."""
    folder = tmp_path / "direktori"
    folder.mkdir(exist_ok=True)
    for name, body in DIRECTORY.items():
        (folder / name).write_text(body, encoding="utf-8")
    key, _, _ = signing.keygen(tmp_path / "kunci")
    publish.publish(engine, folder, key)
    return key


def add_users(engine) -> None:
    add_user(engine, "admin", "admin", PASSWORD)
    add_user(engine, "kurator", "curator", PASSWORD, "dukcapil")
    add_user(engine, "pengamat", "viewer", PASSWORD)


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def log_in(client, name: str, password: str = PASSWORD):
    """Log in through the form; returns the session's CSRF token (from the start page)."""
    form = client.get("/console/login")
    r = client.post("/console/login", data={"name": name, "password": password,
                                            "csrf": csrf_of(form.text)})  # fmt: skip
    assert r.status_code == 200 and "Selamat datang" in r.text, r.text[:500]
    return csrf_of(r.text)
