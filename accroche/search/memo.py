"""Per-process memos of the small reference data a search page reads, keyed on the data versions (decision 0205).

The plateformes, the place a postal code names and whether a pathway is published change seldom, but each cost an SQL
query per search. With a cache shared by every process (production: files or Redis), each is kept in this process
under « directory version . content generation » (`accroche.core.pagecache.data_versions`, bumped by every change of
directory data and by every save or delete of geo, pathway or CMS data): a change shows at the next request, in every
process. With a per-process cache (development, tests) another process's change would go unseen, so nothing is kept.
"""

import threading

from django.conf import settings
from django.db import connection

MAX_ENTRIES = 4096
_memo: dict = {}
_lock = threading.Lock()


def shared_cache() -> bool:
    """True when the versions live in a cache every process reads (not a per-process one)."""
    return "locmem" not in settings.CACHES["default"]["BACKEND"].lower()


def remember(name: str, argument, compute):
    """Returns `compute()`, computed once per data version for this name and argument (always when not shared)."""
    if not shared_cache():
        return compute()
    from accroche.core.pagecache import data_versions

    versions = data_versions()
    key = (connection.settings_dict.get("NAME"), name, argument)
    found = _memo.get(key)
    if found is not None and found[0] == versions:
        return found[1]
    value = compute()
    with _lock:
        if len(_memo) >= MAX_ENTRIES:
            _memo.clear()
        _memo[key] = (versions, value)
    return value


def clear() -> None:
    _memo.clear()
