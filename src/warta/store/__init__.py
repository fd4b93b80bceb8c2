"""The DuckDB store: schema and migrations, the idempotent writer, queries and export."""

from warta.store.export import FORMATS, export
from warta.store.queries import Filters, find_events, find_quotes, get_article, list_articles
from warta.store.schema import EXPORTABLE, SCHEMA_VERSION, SchemaError, migrate
from warta.store.writer import Store, StoreError

__all__ = [
    "EXPORTABLE",
    "FORMATS",
    "SCHEMA_VERSION",
    "Filters",
    "SchemaError",
    "Store",
    "StoreError",
    "export",
    "find_events",
    "find_quotes",
    "get_article",
    "list_articles",
    "migrate",
]
