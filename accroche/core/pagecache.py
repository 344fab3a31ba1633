"""Whole-page cache for anonymous visitors, keyed on the data versions (decisions 0005 and 0141).

A cache key holds the directory version (`accroche.directory.selectors.directory_version`, bumped by every change
of directory data and when the search index catches up) and the content generation (bumped by any save or delete of
a CMS page, document, image, redirect, pathway, library resource, event…). Analytics rows (search log, pathway
statistics), reminders, invitations and task rows never invalidate pages.

The key is built from known parameters only: a query parameter no public page reads is dropped from the request
before the view runs (so `?x=1`, `?x=2`… all share one cached page and cannot be used to bypass the cache), and of the
request headers only the two that change a response count (`X-Search-Partial`, and whether brotli or gzip is
accepted). Only anonymous GET/HEAD requests without cookies are served from the cache, and only 200 responses that
set no cookie are stored.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import QueryDict

from .paths import api_prefix, never_cached_prefixes

GENERATION_KEY = "pagecache:generation"
# Models whose changes show on public pages, by app label (the directory has its own version, decision 0140).
CONTENT_APP_LABELS = {
    "content",
    "geo",
    "orientation",
    "network",
    "opendata",
    "schools",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "wagtailredirects",
}
# Rows that never show on a public page (analytics, workflow, e-mail bookkeeping): they never invalidate pages.
NOT_CONTENT = {
    "orientation.pathwaystat",
    "network.freshnessreminder",
    "network.scheduledjob",
    "network.invitation",
    "network.changerequest",
    "network.partnermembership",
    "network.coordinatorassignment",
    "opendata.spreadsheetupload",
}
# Every query parameter a public (cacheable) page reads; the API checks its own and answers 400 otherwise.
KNOWN_PARAMETERS = frozenset(
    {
        # the search grammar shared by /annuaire/, /carte/, /donnees/ exports and the pathways
        *("q", "plateforme", "lieu", "commune", "lat", "lon", "type", "besoin", "public", "age"),
        *("gratuit", "anonyme", "sans_mandat", "ligne", "tri", "page"),
        # pathways (answers, postal code, chosen services), library, agenda, site search, open data
        *("r", "cp", "s", "format", "langue", "mois", "query", "embed"),
    }
)


def current_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def invalidate_pages(**kwargs) -> None:
    """Makes every cached page stale (called on any content change)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _on_change(sender, **kwargs):
    meta = sender._meta
    if meta.app_label in CONTENT_APP_LABELS and meta.label_lower not in NOT_CONTENT:
        invalidate_pages()


def connect_signals() -> None:
    post_save.connect(_on_change, dispatch_uid="pagecache_save")
    post_delete.connect(_on_change, dispatch_uid="pagecache_delete")
    m2m_changed.connect(_on_change, dispatch_uid="pagecache_m2m")


def data_versions() -> str:
    """Returns « directory version . content generation »: what every cached page depends on."""
    from accroche.directory.selectors import directory_version

    return f"{directory_version()}.{current_generation()}"


def keep_known_parameters(request) -> None:
    """Drops the query parameters no public page reads (the view then sees the canonical request)."""
    if request.path.startswith(api_prefix()) or not request.GET:
        return
    if all(name in KNOWN_PARAMETERS for name in request.GET):
        return
    known = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        if name in KNOWN_PARAMETERS:
            known.setlist(name, values)
    request.GET = known
    request.META["QUERY_STRING"] = known.urlencode()


def _encoding(request) -> str:
    accepted = request.headers.get("Accept-Encoding", "")
    return "br" if "br" in accepted else ("gzip" if "gzip" in accepted else "")


def cache_key(request) -> str:
    """Returns the cache key of a request: versions, method, host, path, known parameters, the two varying headers."""
    pairs = sorted(request.GET.lists()) if request.GET else []
    varying = (request.headers.get("X-Search-Partial", ""), _encoding(request))
    if request.path.startswith(api_prefix()):
        varying += (request.headers.get("Accept", ""),)
    raw = f"{request.get_host()}|{request.path}|{pairs}|{varying}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"pagecache:{data_versions()}:{request.method}:{digest}"


class AnonymousPageCacheMiddleware:
    """Serves anonymous, cookie-less GET requests from the cache (settings.PAGE_CACHE_SECONDS; 0 disables it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if (
            not seconds
            or request.method not in ("GET", "HEAD")
            or request.COOKIES
            or request.path.startswith(never_cached_prefixes())
        ):
            return self.get_response(request)
        keep_known_parameters(request)
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if (
            response.status_code == 200
            and not response.cookies
            and not getattr(response, "streaming", False)
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        ):
            if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                response.render()
            cache.set(key, response, seconds)
        response["X-Page-Cache"] = "miss"
        return response
