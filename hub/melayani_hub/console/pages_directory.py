"""Console pages of the correction loop: the inbox, the agency's directory (edit in a form or
upload its sheet), the review of changes, publishing (candidate, sign, release) and
verification rounds."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import UploadFile

from melayani_core.directory.model import ImportReport
from melayani_core.directory.tabular import read_workbook
from melayani_core.directory.validate import COLUMNS, SHEETS
from melayani_hub.console import candidates, changes, inbox, verification, web, working
from melayani_hub.console.auth import User

router = APIRouter(prefix=web.PREFIX, include_in_schema=False)  # HTML pages, not the API
LABELS = {
    "contact_id": "ID kontak", "service_id": "ID layanan", "org_id": "ID instansi",
    "name": "Nama", "position": "Jabatan", "level": "Tingkat (head, manager, technical, "
    "frontdesk)", "whatsapp": "Nomor WhatsApp", "phone": "Telepon", "email": "Email",
    "hours": "Jam layanan", "languages": "Bahasa (ind; jav; osi; mad)",
    "service_ids": "ID layanan yang ditangani (pisahkan dengan ;)", "area": "Wilayah "
    "(kecamatan, pisahkan dengan ;)", "assured_date": "Terakhir diperiksa (YYYY-MM-DD)",
    "category": "Kategori", "keywords": "Kata kunci (pisahkan dengan ;)",
    "description": "Keterangan", "requirements": "Persyaratan (pisahkan dengan ;)",
    "fee": "Biaya", "duration": "Jangka waktu", "authority": "Kewenangan (regency, village, "
    "province, central, third_party)", "authority_note": "Catatan kewenangan",
    "online_url": "Tautan layanan daring",
}  # fmt: skip
MAX_UPLOAD = 20 * 1024 * 1024


def _org_for(user: User, asked: str) -> str:
    return user.agency if user.role == "curator" else asked


@router.get("/inbox")
def inbox_page(request: Request, status: str = "") -> Response:
    user = web.user_of(request)
    working.seed(web.engine_of(request))  # the numbers the directory has now
    rows = inbox.problem_list(web.engine_of(request), user, status if status in
                              inbox.STATUSES else "")  # fmt: skip
    return web.page(request, "inbox.html", user, rows=rows, status=status)


@router.post("/inbox/status")
async def inbox_status(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin", "curator")
    f = await web.posted(request, user)
    try:
        inbox.mark(web.engine_of(request), user, f.get("uuid", ""), f.get("status", ""),
                   f.get("note", "")[:1000])  # fmt: skip
    except inbox.NotYours:
        raise web.Denied(403, "Masalah ini milik instansi lain: Anda hanya menangani "
                              "instansi Anda sendiri.") from None  # fmt: skip
    except (KeyError, ValueError):
        return web.back("/inbox", galat="Masalah atau status itu tidak dikenal. Muat ulang "
                                         "kotak masuk.")  # fmt: skip
    return web.back("/inbox", pesan="Status masalah disimpan.")


@router.get("/directory")
def directory_page(request: Request, org: str = "") -> Response:
    user = web.user_of(request)
    engine = web.engine_of(request)
    working.seed(engine)
    org = _org_for(user, org)
    orgs = working.rows_of(engine, "organizations", None)
    if user.role == "curator":
        orgs = [o for o in orgs if o["org_id"] == user.agency]
    services = working.rows_of(engine, "services", org) if org else []
    contacts = working.rows_of(engine, "contacts", org) if org else []
    return web.page(request, "directory.html", user, orgs=orgs, org=org, services=services,
                    contacts=contacts)  # fmt: skip


@router.get("/directory/edit")
def edit_form(request: Request, sheet: str, id: str = "", org: str = "",
              problem: str = "") -> Response:  # fmt: skip
    user = web.user_of(request)
    web.require(user, "admin", "curator")
    if sheet not in working.EDITABLE:
        raise web.Denied(404, "Lembar itu tidak bisa diubah di sini.")
    engine = web.engine_of(request)
    with engine.connect() as conn:
        cells = working.one(conn, sheet, id) if id else None
    if id and cells is None:
        raise web.Denied(404, "Data itu tidak ada di direktori kerja. Kembali ke Direktori.")
    cells = cells or working.blank(sheet, _org_for(user, org))
    if not user.can_edit(cells["org_id"]):
        raise web.Denied(403, "Data ini milik instansi lain: Anda hanya mengubah instansi Anda.")
    return _form(request, user, sheet, cells, bool(id), problem, [])


def _form(request: Request, user: User, sheet: str, cells: dict[str, str], existing: bool,
          problem: str, errors: list[str], http_status: int = 200) -> Response:  # fmt: skip
    fields = [c for c in COLUMNS[sheet] if c != "assured_date"]
    return web.page(request, "edit.html", user, sheet=sheet, cells=cells, fields=fields,
                    labels=LABELS, existing=existing, problem=problem, errors=errors,
                    http_status=http_status)  # fmt: skip


@router.post("/directory/save")
async def save(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin", "curator")
    f = await web.posted(request, user)
    sheet = f.get("sheet", "")
    if sheet not in working.EDITABLE:
        raise web.Denied(404, "Lembar itu tidak bisa diubah di sini.")
    engine = web.engine_of(request)
    record_id = f.get(working.ID_COLUMN[sheet], "").strip()
    with engine.connect() as conn:
        stored = working.one(conn, sheet, record_id) if record_id else None
    cells = {c: f.get(c, "").strip() for c in COLUMNS[sheet]}
    cells["assured_date"] = (stored or {}).get("assured_date", "")  # verified only by a round
    if user.role == "curator":
        cells["org_id"] = user.agency
    if stored is not None and not user.can_edit(stored["org_id"]):
        raise web.Denied(403, "Data ini milik instansi lain: Anda hanya mengubah instansi Anda.")
    problem = f.get("problem", "")
    try:
        await run_in_threadpool(changes.propose, engine, user, sheet, cells, problem)
    except changes.Refused as exc:
        return _form(request, user, sheet, cells, stored is not None, problem, exc.errors, 422)
    except inbox.NotYours:
        raise web.Denied(403, "Data ini milik instansi lain: Anda hanya mengubah instansi "
                              "Anda.") from None  # fmt: skip
    except KeyError:
        return web.back("/inbox", galat="Masalah yang dirujuk tidak ada lagi.")
    return web.back(f"/directory?org={cells['org_id']}",
                    pesan="Perubahan disimpan dan menunggu tinjauan admin.")  # fmt: skip


@router.post("/directory/upload")
async def upload(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin", "curator")
    form = await request.form()
    if not web.auth.same(str(form.get("csrf", "")), user.csrf):
        raise web.Denied(403, "Formulir ini kedaluwarsa. Muat ulang halaman, lalu kirim lagi.")
    sheet_file = form.get("sheet_file")
    if not isinstance(sheet_file, UploadFile) or not sheet_file.filename:
        return web.back("/directory", galat="Pilih berkas .xlsx lembar instansi Anda.")
    data = await sheet_file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD or not sheet_file.filename.lower().endswith(".xlsx"):
        return web.back("/directory", galat="Unggah berkas .xlsx (paling besar 20 MB) dengan "
                                             "lembar services dan contacts.")  # fmt: skip
    try:
        edits = await run_in_threadpool(_sheet_edits, data, user)
        await run_in_threadpool(changes.propose_many, web.engine_of(request), user, edits)
    except changes.Refused as exc:
        return web.back("/directory", galat="Lembar tidak diterima: " + "; ".join(exc.errors[:20]))
    except inbox.NotYours as exc:
        return web.back("/directory", galat=f"Lembar berisi baris instansi lain ({exc}): "
                                             "hapus baris itu lalu unggah lagi.")  # fmt: skip
    return web.back("/directory", pesan="Lembar diterima; perubahannya menunggu tinjauan admin.")


def _sheet_edits(data: bytes, user: User) -> list[tuple[str, dict[str, str]]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lembar.xlsx"
        path.write_bytes(data)
        report = ImportReport()
        tables = read_workbook(path, [s for s in SHEETS if s in working.EDITABLE], report)
    if report.errors:
        raise changes.Refused([str(p) for p in report.errors])
    return [(sheet, dict(row.cells)) for sheet, table in tables.items() if table
            for row in table.rows]  # fmt: skip


@router.get("/changes")
def changes_page(request: Request, status: str = "pending") -> Response:
    user = web.user_of(request)
    rows = changes.listing(web.engine_of(request), user, status)
    return web.page(request, "changes.html", user, rows=rows, status=status)


@router.post("/changes/review")
async def review(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin")
    f = await web.posted(request, user)
    try:
        changes.review(web.engine_of(request), user, int(f.get("id", "0") or 0),
                       f.get("decision") == "approve")  # fmt: skip
    except (KeyError, ValueError):
        return web.back("/changes", galat="Perubahan itu sudah ditinjau atau tidak ada.")
    return web.back("/changes", pesan="Tinjauan disimpan.")


@router.get("/publish")
def publish_page(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin", "viewer")
    rows = candidates.listing(web.engine_of(request))
    return web.page(request, "publish.html", user, rows=rows)


@router.post("/publish/build")
async def build(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin")
    await web.posted(request, user)
    try:
        cid = await run_in_threadpool(candidates.build, web.engine_of(request), user)
    except changes.Refused as exc:
        return web.back("/publish", galat="Direktori kerja belum sah: " +
                        "; ".join(exc.errors[:20]))  # fmt: skip
    return web.back("/publish", pesan=f"Kandidat #{cid} dibuat. Tandatangani di komputer "
                                       f"pemegang kunci: melayani-hub sign {cid} --key "
                                       "signing.key")  # fmt: skip


@router.post("/publish/release")
async def release(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin")
    f = await web.posted(request, user)
    try:
        version = candidates.release(web.engine_of(request), user, int(f.get("id", "0") or 0))
    except (candidates.CandidateError, ValueError) as exc:
        return web.back("/publish", galat=str(exc))
    return web.back("/publish", pesan=f"Versi {version} dirilis: meja memasangnya pada "
                                       "sinkronisasi berikutnya.")  # fmt: skip


@router.post("/publish/reseed")
async def reseed(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin")
    await web.posted(request, user)
    version = working.seed(web.engine_of(request), again=True)
    if version is None:
        return web.back("/publish", galat="Belum ada versi terbit untuk dimuat.")
    return web.back("/publish", pesan=f"Direktori kerja dimuat ulang dari versi {version}.")


@router.get("/verify")
def verify_page(request: Request) -> Response:
    user = web.user_of(request)
    engine = web.engine_of(request)
    working.seed(engine)
    return web.page(request, "verify.html", user, round=verification.latest(engine),
                    contacts=verification.contacts(engine, user))  # fmt: skip


@router.post("/verify/start")
async def verify_start(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin")
    f = await web.posted(request, user)
    days = f.get("days", "30").strip()
    if not days.isdigit() or not 1 <= int(days) <= 365:
        return web.back("/verify", galat="Batas waktu putaran harus 1 sampai 365 hari.")
    rid = verification.start(web.engine_of(request), user, int(days), f.get("note", "")[:500])
    return web.back("/verify", pesan=f"Putaran pemeriksaan #{rid} dimulai.")


@router.post("/verify/confirm")
async def verify_confirm(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin", "curator")
    f = await web.posted(request, user)
    try:
        verification.confirm(web.engine_of(request), user, f.get("contact_id", ""))
    except inbox.NotYours:
        raise web.Denied(403, "Kontak ini milik instansi lain.") from None
    except KeyError:
        return web.back("/verify", galat="Belum ada putaran pemeriksaan, atau kontak itu "
                                          "tidak ada.")  # fmt: skip
    return web.back("/verify", pesan="Kontak dikonfirmasi benar hari ini.")
