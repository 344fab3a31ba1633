"""Per-process memos of the small reference data a search page reads, keyed on the data versions (decision 0205).

The plateformes, the place a postal code names and whether a pathway is published change seldom, but each cost an SQL
query per search. With a cache shared by every process (production: files or Redis), each is kept in this process
under « directory version . content generation » (`accroche.core.pagecache`, bumped by every change of directory data
and by every save or delete of geo, pathway, school or CMS data): a change shows at the next request, in every
process. With a per-process cache (development, tests) another process's change would go unseen, so nothing is kept.

A search request reads the versions once (`pinned_versions`, around the view): one request sees one version, and the
shared cache is read once instead of a dozen times.
"""

import threading
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps

from django.conf import settings
from django.db import connection

MAX_ENTRIES = 4096
_memo: dict = {}
_lock = threading.Lock()
_pinned: ContextVar[tuple[str, str] | None] = ContextVar("search_pinned_versions", default=None)


def shared_cache() -> bool:
    """True when the versions live in a cache every process reads (not a per-process one)."""
    return "locmem" not in settings.CACHES["default"]["BACKEND"].lower()


def versions() -> tuple[str, str]:
    """Returns (directory version, content generation): the request's pinned ones, else read now."""
    pinned = _pinned.get()
    if pinned is not None:
        return pinned
    from accroche.core.pagecache import current_generation
    from accroche.directory.selectors import directory_version

    return directory_version(), str(current_generation())


@contextmanager
def pinned_versions():
    """Reads the versions once for the code inside (a request)."""
    token = _pinned.set(versions())
    try:
        yield
    finally:
        _pinned.reset(token)


def with_pinned_versions(view):
    """Decorates a view so that everything it reads uses one reading of the versions."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        with pinned_versions():
            return view(request, *args, **kwargs)

    return wrapped


def remember(name: str, argument, compute):
    """Returns `compute()`, computed once per data version for this name and argument (always when not shared)."""
    if not shared_cache():
        return compute()
    current = versions()
    key = (connection.settings_dict.get("NAME"), name, argument)
    found = _memo.get(key)
    if found is not None and found[0] == current:
        return found[1]
    value = compute()
    with _lock:
        if len(_memo) >= MAX_ENTRIES:
            _memo.clear()
        _memo[key] = (current, value)
    return value


_terms: dict = {}


def filter_terms():
    """`accroche.directory.selectors.filter_terms`, without reading the directory version again inside a request."""
    from accroche.directory.selectors import filter_terms as read

    pinned = _pinned.get()
    if pinned is None:
        return read()
    key = connection.settings_dict.get("NAME")
    found = _terms.get(key)
    if found is None or found[0] != pinned[0]:
        found = _terms[key] = (pinned[0], read())
    return found[1]


def clear() -> None:
    _terms.clear()
    _memo.clear()
