"""The regency's web console (docs/hub.md, "The web console"): server-rendered pages in
Indonesian for admins, agency curators and viewers. ``mount(app, engine)`` adds its routes,
its HTML refusals and the middleware that records what desks report about themselves."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse


def mount(app: FastAPI, engine: Any) -> None:
    from melayani_hub.console import pages, pages_directory, pages_reports, web
    from melayani_hub.console.desk_report import DeskStatus

    app.include_router(pages.router)
    app.include_router(pages_directory.router)
    app.include_router(pages_reports.router)

    @app.exception_handler(web.Denied)
    async def denied(request: Request, exc: web.Denied):  # noqa: ANN202
        return web.denied_page(request, exc)

    @app.exception_handler(web.LoginNeeded)
    async def login(_request: Request, _exc: web.LoginNeeded) -> RedirectResponse:
        return RedirectResponse(web.PREFIX + "/login", status_code=303)

    app.add_middleware(DeskStatus, engine=engine)
