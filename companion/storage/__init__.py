"""Call records: SQLAlchemy schema shared by SQLite (default) and PostgreSQL, Alembic migrations,
one writer thread. Importing this package loads SQLAlchemy; Alembic only when a store is opened.

    store = open_store(settings)          # migrates to head
    store.mark_interrupted()              # at service start
    writer = StoreWriter(store)           # the service's Recorder
    ...
    writer.close(); store.close()
"""

from companion.storage.store import (
    AppendEvent,
    CallFilter,
    CallStore,
    CloseCall,
    FinalStatus,
    OpenCall,
    SearchMode,
    SetAudio,
    Status,
    StorageError,
    WriteOp,
    open_store,
    open_store_url,
)
from companion.storage.writer import StoreWriter, WriterClosedError

__all__ = [
    "AppendEvent",
    "CallFilter",
    "CallStore",
    "CloseCall",
    "FinalStatus",
    "OpenCall",
    "SearchMode",
    "SetAudio",
    "Status",
    "StorageError",
    "StoreWriter",
    "WriteOp",
    "WriterClosedError",
    "open_store",
    "open_store_url",
]
