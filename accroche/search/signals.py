"""Keeps the search index in step with the directory: changed services are queued, the task worker re-indexes."""

from django.db import connection, transaction
from django.tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django.tasks.backends.immediate import ImmediateBackend

from accroche.directory.services import services_changed

from .indexing import mark_all_dirty, mark_dirty


def _on_directory_change(sender, service_ids, everything, **kwargs):
    if everything:
        mark_all_dirty()
    else:
        mark_dirty(service_ids)
    schedule_reindex()


def _enqueue():
    from .tasks import reindex_pending_task

    reindex_pending_task.enqueue()


_enqueue.reindex = True


def schedule_reindex() -> None:
    """Asks the task worker to process the queue once the transaction commits (at once with the immediate backend)."""
    if isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], ImmediateBackend):
        _enqueue()  # tests: the re-indexing runs here, inside the writer's transaction
        return
    if any(getattr(callback, "reindex", False) for _sids, callback, *_rest in connection.run_on_commit):
        return  # already asked in this transaction
    transaction.on_commit(_enqueue)


def connect() -> None:
    """Connects the handler (called once from SearchConfig.ready)."""
    services_changed.connect(_on_directory_change, dispatch_uid="search_directory_changed")
