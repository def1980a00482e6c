"""Alembic environment. The store passes an open connection in `config.attributes["connection"]`.

For writing a new revision by hand: `alembic -x url=sqlite:///tmp/x.db` with a config whose
script_location is this folder also works (the URL is then taken from `-x url=` or `sqlalchemy.url`).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from companion.storage.schema import metadata


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if isinstance(connection, Connection):
        run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database: run migrations through companion.storage.open_store or pass -x url=...")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            run(conn)
    finally:
        engine.dispose()


main()
