"""Alembic migrations for the call store, run programmatically by `companion.storage.open_store`."""
