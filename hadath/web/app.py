"""The FastAPI application: the JSON API under /api and the dashboard at /.

``create_app(db_url, token=...)`` opens the store once; the routes read from it on
the server's worker threads at once (the store gives each its own connection).
Without a token the server is read-only: ``POST /api/articles`` answers 403.
"""
from __future__ import annotations

import threading
from importlib import resources

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from hadath import __version__
from hadath.store import open_store
from hadath.web.errors import BodyLimit, install_error_handlers

MAX_BODY_BYTES = 2_000_000
DASHBOARD_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                 "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'")


def static_dir() -> str:
    return str(resources.files("hadath.web") / "static")


def create_app(db_url: str | None = None, *, token: str | None = None,
               max_body_bytes: int = MAX_BODY_BYTES, store=None) -> FastAPI:
    from hadath.web.routes import router

    app = FastAPI(title="hadath", version=__version__, docs_url=None, redoc_url=None,
                  description="Arabic news as political event data: articles, events, actors, "
                              "places and counts over time. The dashboard is at /.")
    app.state.store = store if store is not None else open_store(db_url)
    app.state.token = token or None
    app.state.pipeline = None
    app.state.pipeline_lock = threading.Lock()   # built once, by the first extract
    install_error_handlers(app)
    app.include_router(router, prefix="/api")
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    static = static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard():
        # defence in depth: even if some text were ever read as HTML, no inline script runs
        return FileResponse(f"{static}/index.html", media_type="text/html",
                            headers={"Content-Security-Policy": DASHBOARD_CSP})

    @app.get("/docs", include_in_schema=False)
    def docs():
        """Swagger UI from the vendored files: the docs work offline too."""
        swagger = "/static/vendor/swagger-ui"
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="hadath API",
                                   swagger_js_url=f"{swagger}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{swagger}/swagger-ui.css",
                                   swagger_favicon_url=f"{swagger}/favicon-32x32.png")

    return app
