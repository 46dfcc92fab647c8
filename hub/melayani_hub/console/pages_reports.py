"""The report pages: any date range (WIB days), tables with SVG charts, CSV and xlsx
downloads.  Admins and viewers read every agency (or choose one); a curator reads its own
agency only, whatever the address asks for."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from melayani_hub import report_query
from melayani_hub.console import charts, report_export, web
from melayani_hub.console.auth import User
from melayani_hub.reports import WIB

router = APIRouter(prefix=web.PREFIX, include_in_schema=False)  # HTML pages, not the API
DEFAULT_DAYS = 30
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"Tanggal {what} {text[:20]!r} tidak terbaca. Tulis sebagai "
                         "TTTT-BB-HH, misalnya 2026-01-31.") from None  # fmt: skip


def filters_of(request: Request, user: User) -> tuple[report_query.Filters, str]:
    """The filters the address asks for, and a message when it asked for something wrong
    (then the last 30 days are shown)."""
    q = request.query_params
    today = datetime.now(WIB).date()
    agency = user.agency if user.role == "curator" else q.get("instansi", "").strip()[:200]
    fallback = report_query.Filters(today - timedelta(days=DEFAULT_DAYS - 1), today, agency)
    if not q.get("dari") and not q.get("sampai"):
        return fallback, ""
    try:
        start = _day(q.get("dari") or fallback.start.isoformat(), "awal")
        end = _day(q.get("sampai") or today.isoformat(), "akhir")
    except ValueError as exc:
        return fallback, str(exc) + " Ditampilkan 30 hari terakhir."
    if start > end:
        return fallback, ("Tanggal awal sesudah tanggal akhir. Tukar keduanya lalu tampilkan "
                          "lagi. Ditampilkan 30 hari terakhir.")  # fmt: skip
    if (end - start).days + 1 > report_query.MAX_DAYS:
        cut = end - timedelta(days=report_query.MAX_DAYS - 1)
        return report_query.Filters(cut, end, agency), (
            f"Rentang paling panjang tiga tahun: ditampilkan {cut.isoformat()} sampai "
            f"{end.isoformat()}. Pecah rentang yang lebih panjang menjadi beberapa laporan.")
    return report_query.Filters(start, end, agency), ""


def _viewer(request: Request) -> User:
    user = web.user_of(request)
    web.require(user, "admin", "viewer", "curator")
    return user


@router.get("/reports")
async def report_page(request: Request) -> Response:
    user = _viewer(request)
    filters, problem = filters_of(request, user)
    report = await run_in_threadpool(report_query.build, web.engine_of(request), filters,
                                     report_query.TOP)  # fmt: skip
    sections = []
    for s in report_export.SECTIONS:
        if s.name == "unmet" and filters.agency:
            continue  # searches that found nothing name no agency
        rows = report.tables[s.name]
        chart = ""
        if s.chart == "bars":
            chart = charts.bars(s.title, rows)
        elif s.chart == "columns":
            chart = charts.columns(s.title, rows)
        shown = report_export.rows_of(report, s)[: report_query.TOP]
        total = report.rows.get(s.name, len(rows))
        sections.append({"s": s, "chart": chart, "rows": shown, "total": total,
                         "left_out": total - len(shown)})  # fmt: skip
    query = f"dari={filters.start.isoformat()}&sampai={filters.end.isoformat()}"
    if filters.agency and user.role != "curator":
        query += f"&instansi={filters.agency}"
    return web.page(request, "reports.html", user, report=report, filters=filters,
                    sections=sections, query=query, problem=problem,
                    top=report_query.TOP)  # fmt: skip


@router.get("/reports/{name}.csv")
async def report_csv(request: Request, name: str) -> Response:
    user = _viewer(request)
    section = report_export.BY_NAME.get(name)
    if section is None:
        raise web.Denied(404, "Tabel laporan itu tidak ada. Kembali ke halaman Laporan dan "
                              "pilih unduhan dari sana.")  # fmt: skip
    filters, _ = filters_of(request, user)
    report = await run_in_threadpool(report_query.build, web.engine_of(request), filters)
    return _download(report_export.csv_bytes(report, section), "text/csv; charset=utf-8",
                     f"laporan-{name}-{filters.start}-{filters.end}.csv")  # fmt: skip


@router.get("/reports.xlsx")
async def report_xlsx(request: Request) -> Response:
    user = _viewer(request)
    filters, _ = filters_of(request, user)
    report = await run_in_threadpool(report_query.build, web.engine_of(request), filters)
    body = await run_in_threadpool(report_export.xlsx_bytes, report)
    return _download(body, XLSX, f"laporan-{filters.start}-{filters.end}.xlsx")


def _download(body: bytes, media_type: str, filename: str) -> Response:
    return Response(body, media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="{filename}"',
        "Cache-Control": "no-store",
    })  # fmt: skip
