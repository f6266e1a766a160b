"""``hadath serve``: the REST API and the dashboard over a store."""
from __future__ import annotations

import argparse
import os
import sys

from hadath.commands.ingest import add_db_option

HELP = """\
Serve the REST API (/api/…, OpenAPI docs at /docs) and the dashboard (/) over a
store. The server is read-only unless a token is configured (--token or
$HADATH_API_TOKEN): then POST /api/articles ingests stories sent with the header
"Authorization: Bearer TOKEN".

examples:
  hadath serve                         # ./hadath.db on http://127.0.0.1:8000
  hadath serve --db postgresql://user:pass@localhost/hadath --host 0.0.0.0 --port 8080
  HADATH_API_TOKEN=s3cret hadath serve
"""


def add_parser(sub):
    p = sub.add_parser("serve", help="serve the REST API and the dashboard",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--token", help="token that allows POST /api/articles "
                                   "(default: $HADATH_API_TOKEN; none: read-only)")
    return p


def run(args) -> int:
    try:
        import uvicorn

        from hadath.web.app import create_app
    except ImportError as e:
        print(f"hadath: serve needs the web extra ({e.name} is missing): "
              "pip install 'hadath[web]'", file=sys.stderr)
        return 2
    from hadath.store import StoreError

    try:
        app = create_app(args.db, token=args.token or os.environ.get("HADATH_API_TOKEN"))
    except StoreError as e:
        print(f"hadath: {e}", file=sys.stderr)
        return 2
    mode = "ingest allowed with the token" if app.state.token else "read-only (no token)"
    print(f"hadath: serving {app.state.store.display_url} on http://{args.host}:{args.port}/ "
          f"({mode}); API docs at /docs", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0
