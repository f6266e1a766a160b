"""The REST API and the dashboard (FastAPI; the ``web`` extra)."""
