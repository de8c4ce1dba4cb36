"""The web dashboard and JSON API over a ledger: :func:`create_app`.

Pages (server-rendered, Jinja2 autoescape) are in :mod:`.pages`, the JSON API under ``/api/`` in
:mod:`.api`. Every script and style is served by the app itself (plotly.js from the plotly package);
a strict Content-Security-Policy forbids inline scripts, article text is always escaped.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")

WEB_DIR = Path(str(resources.files("attrition.web")))


def plotly_js_path() -> Path:
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def create_app(ledger_url: str | None = None) -> FastAPI:
    """The dashboard + API app on the ledger at ``ledger_url`` (default: ``ATTRITION_DB``)."""
    from attrition.store import open_ledger
    from attrition.web import api, pages

    ledger = open_ledger(ledger_url)

    @asynccontextmanager
    async def lifespan(_app):
        yield
        ledger.dispose()

    app = FastAPI(lifespan=lifespan, title="attrition", version="1", summary="A checked ledger of war-loss claims",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.ledger = ledger

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        resp = await call_next(request)
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["X-Frame-Options"] = "DENY"
        return resp

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js():
        return FileResponse(plotly_js_path(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException as StarletteHTTPException

    def _is_page(request: Request) -> bool:
        return not request.url.path.startswith(("/api/", "/static/"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _is_page(request):
            return pages.error_page(request, exc.status_code, exc.detail)
        return await http_exception_handler(request, exc)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        if _is_page(request):
            return pages.error_page(request, 422, exc.errors())
        return await request_validation_exception_handler(request, exc)

    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


__all__ = ["create_app", "CSP"]
