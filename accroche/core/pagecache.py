"""Whole-page cache for anonymous visitors, invalidated as soon as any content or listing changes.

Every cache key includes a "generation" number; any save or delete of a model of our apps or of a Wagtail page or
document bumps it, so no visitor ever sees a listing older than its last change. Only anonymous GET/HEAD requests
without cookies are served from the cache, and only 200 responses that set no cookie are stored.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

GENERATION_KEY = "pagecache:generation"
CACHED_APP_LABELS = {
    "directory",
    "geo",
    "orientation",
    "content",
    "network",
    "opendata",
    "schools",
    "search",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "wagtailredirects",
}
NEVER_CACHED_PREFIXES = ("/admin/", "/espace-partenaires/", "/sante/", "/django-admin/")


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
    if sender._meta.app_label in CACHED_APP_LABELS:
        invalidate_pages()


def connect_signals() -> None:
    post_save.connect(_on_change, dispatch_uid="pagecache_save")
    post_delete.connect(_on_change, dispatch_uid="pagecache_delete")
    m2m_changed.connect(_on_change, dispatch_uid="pagecache_m2m")


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
            or request.path.startswith(NEVER_CACHED_PREFIXES)
        ):
            return self.get_response(request)
        key = self._key(request)
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

    @staticmethod
    def _key(request) -> str:
        # Whatever a view may vary on: content negotiation, compression done in views (GeoJSON), and every custom
        # X- header (e.g. the search page's partial renders for live updates).
        varying = sorted(
            (name, value)
            for name, value in request.META.items()
            if name.startswith("HTTP_X_") or name in ("HTTP_ACCEPT", "HTTP_ACCEPT_ENCODING")
        )
        url = request.build_absolute_uri()
        digest = hashlib.sha256(f"{url}|{varying}".encode()).hexdigest()
        return f"pagecache:{current_generation()}:{request.method}:{digest}"
