"""The console's web plumbing: Jinja2 templates, the logged-in user, CSRF checks, and
the HTML answer to a refusal (the API answers JSON; the console answers pages)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from melayani_hub.console import auth
from melayani_hub.reports import WIB

PREFIX = "/console"
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
STATUS_TEXT = {"new": "baru", "in_progress": "sedang ditangani", "fixed": "diperbaiki",
               "rejected": "ditolak", "pending": "menunggu tinjauan", "approved": "disetujui"}
KIND_TEXT = {"wrong_number": "nomor salah", "not_answering": "tidak menjawab",
             "moved": "pindah tugas", "other": "lainnya", "unreachable": "tidak bisa dihubungi"}
ROLE_TEXT = {"admin": "admin", "curator": "kurator", "viewer": "pengamat"}


def wib(text: str | None) -> str:
    """An ISO timestamp shown in WIB ("2026-12-03 13:04 WIB"); "-" for none."""
    from datetime import datetime

    if not text:
        return "-"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return moment.astimezone(WIB).strftime("%Y-%m-%d %H:%M WIB") if moment.tzinfo else text


templates.env.filters["wib"] = wib
templates.env.globals.update(STATUS_TEXT=STATUS_TEXT, KIND_TEXT=KIND_TEXT, ROLE_TEXT=ROLE_TEXT,
                             PREFIX=PREFIX)  # fmt: skip


class Denied(Exception):
    """A console refusal, answered as an HTML page with this status and message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class LoginNeeded(Exception):
    """No live session: the browser is sent to the log-in page."""


def engine_of(request: Request) -> Any:
    return request.app.state.engine


def user_of(request: Request) -> auth.User:
    user = auth.session_user(engine_of(request), request.cookies.get(auth.COOKIE, ""))
    if user is None:
        raise LoginNeeded()
    return user


def require(user: auth.User, *roles: str) -> None:
    if user.role not in roles:
        raise Denied(403, "Halaman ini bukan untuk peran Anda. Hubungi admin hub bila Anda "
                          "memerlukan akses.")  # fmt: skip


async def posted(request: Request, user: auth.User) -> dict[str, str]:
    """The form of a POST, after its CSRF token was checked against the session's."""
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if not auth.same(fields.get("csrf", ""), user.csrf):
        raise Denied(403, "Formulir ini kedaluwarsa atau tidak berasal dari konsol. Muat ulang "
                          "halaman, lalu kirim lagi.")  # fmt: skip
    return fields


def page(request: Request, name: str, user: auth.User | None, http_status: int = 200,
         **context: Any) -> HTMLResponse:  # fmt: skip
    context.update(user=user, msg=request.query_params.get("pesan", "")[:300],
                   err=request.query_params.get("galat", "")[:1000])  # fmt: skip
    response = templates.TemplateResponse(request, name, context, status_code=http_status)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Content-Security-Policy"] = "default-src 'self'; style-src 'self'"
    return response


def back(path: str, *, pesan: str = "", galat: str = "") -> RedirectResponse:
    query = f"pesan={quote(pesan)}" if pesan else f"galat={quote(galat)}" if galat else ""
    joint = "&" if "?" in path else "?"
    return RedirectResponse(PREFIX + path + (joint + query if query else ""), status_code=303)


def denied_page(request: Request, exc: Denied) -> Response:
    try:
        user = user_of(request)
    except LoginNeeded:
        user = None
    return page(request, "error.html", user, http_status=exc.status, message=exc.message)
