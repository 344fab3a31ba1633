"""Demo data of the search app: builds the search index of the demo directory (idempotent)."""

from .indexing import rebuild_search_index


def load_demo(*, stdout) -> None:
    count = rebuild_search_index()
    stdout.write(f"Recherche : index reconstruit ({count} services).")
