"""Background tasks of the search app: the index follows the directory in the worker, never in a request."""

from django.tasks import task


@task
def reindex_pending_task() -> bool:
    """Re-indexes the services queued by directory changes (then bumps the directory version)."""
    from .indexing import process_pending

    return process_pending()
