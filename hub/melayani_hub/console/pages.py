"""Console pages: log-in, the start page, desks, the audit log."""

from __future__ import annotations

import secrets
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, RedirectResponse, Response

from melayani_hub import desks
from melayani_hub.console import audit, auth, desks_view, web
from melayani_hub.db import write

router = APIRouter(prefix=web.PREFIX, include_in_schema=False)  # HTML pages, not the API


@router.get("/static/style.css", include_in_schema=False)
def style() -> FileResponse:
    return FileResponse(Path(__file__).parent / "templates" / "style.css", media_type="text/css")


@router.get("/login")
def login_form(request: Request) -> Response:
    token = secrets.token_urlsafe(32)
    response = web.page(request, "login.html", None, login_csrf=token)
    secure = auth.secure_cookie(request.url.scheme, request.url.hostname or "")
    response.set_cookie(auth.LOGIN_COOKIE, token, max_age=3600, httponly=True,
                        samesite="strict", secure=secure, path=web.PREFIX)  # fmt: skip
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if not auth.same(fields.get("csrf", ""), request.cookies.get(auth.LOGIN_COOKIE, "")):
        raise web.Denied(403, "Formulir masuk kedaluwarsa. Buka halaman masuk lagi.")
    engine = web.engine_of(request)
    user = await run_in_threadpool(
        auth.check_password, engine, fields.get("name", ""), fields.get("password", "")
    )
    if user is None:
        return web.back("/login", galat="Nama pengguna atau kata sandi salah. Periksa lalu "
                                         "coba lagi.")  # fmt: skip
    hours = getattr(request.app.state, "console_session_hours", auth.SESSION_HOURS)
    token = await run_in_threadpool(auth.start_session, engine, user, hours)
    response = RedirectResponse(web.PREFIX + "/", status_code=303)
    secure = auth.secure_cookie(request.url.scheme, request.url.hostname or "")
    response.set_cookie(auth.COOKIE, token, max_age=int(hours * 3600), httponly=True,
                        samesite="strict", secure=secure, path=web.PREFIX)  # fmt: skip
    response.delete_cookie(auth.LOGIN_COOKIE, path=web.PREFIX)
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    user = web.user_of(request)
    await web.posted(request, user)
    auth.end_session(web.engine_of(request), request.cookies.get(auth.COOKIE, ""))
    response = RedirectResponse(web.PREFIX + "/login", status_code=303)
    response.delete_cookie(auth.COOKIE, path=web.PREFIX)
    return response


@router.get("/")
def home(request: Request) -> Response:
    return web.page(request, "home.html", web.user_of(request))


@router.get("/desks")
def desk_list(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin", "viewer")
    rows = desks_view.all_desks(web.engine_of(request))
    return web.page(request, "desks.html", user, desks=rows, code=None)


@router.post("/desks/{desk_id}/revoke")
async def desk_revoke(request: Request, desk_id: str) -> Response:
    user = web.user_of(request)
    web.require(user, "admin")
    await web.posted(request, user)
    engine = web.engine_of(request)
    try:
        when = desks.revoke(engine, desk_id)
    except desks.UnknownDesk:
        raise web.Denied(404, "Meja itu tidak terdaftar. Kembali ke daftar meja.") from None
    with write(engine) as conn:
        audit.record(conn, user.name, "desk.revoke", desk_id, when)
    return web.back("/desks", pesan=f"Meja dicabut sejak {web.wib(when)}: tokennya ditolak.")


@router.post("/desks/code")
async def desk_code(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin")
    f = await web.posted(request, user)
    engine = web.engine_of(request)
    name, for_desk = f.get("name", "").strip()[:200], f.get("for_desk", "").strip() or None
    if not name and not for_desk:
        return web.back("/desks", galat="Isi nama meja untuk meja baru.")
    try:
        code, expires = desks.new_code(
            engine, name, f.get("kecamatan", "").strip()[:200], f.get("desa", "").strip()[:200],
            for_desk=for_desk,
        )  # fmt: skip
    except desks.UnknownDesk:
        return web.back("/desks", galat="Meja itu tidak terdaftar.")
    with write(engine) as conn:
        audit.record(conn, user.name, "desk.code", for_desk or name, f"berlaku s.d. {expires}")
    rows = desks_view.all_desks(engine)
    whom = "daftar ulang meja ini" if for_desk else f"meja {name}"
    return web.page(request, "desks.html", user, desks=rows,
                    code={"code": code, "expires": expires, "whom": whom})  # fmt: skip


@router.get("/audit")
def audit_page(request: Request) -> Response:
    user = web.user_of(request)
    web.require(user, "admin", "viewer")
    return web.page(request, "audit.html", user, rows=audit.recent(web.engine_of(request)))
