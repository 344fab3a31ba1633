"""Generated files (répertoire PDF, HSDS package, posters): built once per data version, then served from the cache.

The key holds the data versions (`accroche.core.pagecache.data_versions`: directory version and content generation)
and the canonical arguments of the file (validated choices, never the raw query string), so neither a change of data
nor an unknown parameter can serve a stale file or force a rebuild (decision 0141).
"""

from collections.abc import Callable

from django.core.cache import cache

GENERATED_SECONDS = 24 * 3600


def generated_file(name: str, build: Callable[[], object]) -> object:
    """Returns what `build()` returns for this name and the current data, building it at most once per version."""
    from .pagecache import data_versions

    key = f"generated:{data_versions()}:{name}"
    content = cache.get(key)
    if content is None:
        content = build()
        cache.set(key, content, GENERATED_SECONDS)
    return content
