"""Request limits: upload size, and per-client rate limits (no IP is stored, only a keyed hash, in the cache only).

The limiter counts in fixed windows: the key names its window (``…:<window number>``), so no write can extend a
block beyond the end of its window whatever the cache backend does with expiries. A request is counted only when it
is accepted (a refused one is taken back at once), so a client over the limit gets its quota back at the next window
however hard it keeps knocking. Increments are atomic on Redis and on the in-process cache; on the file cache they
are serialised with a lock file, so concurrent gunicorn workers lose no count.
"""

import fcntl
import hashlib
import hmac
import json
import re
import time
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.filebased import FileBasedCache
from django.http import HttpResponse
from django.template.loader import render_to_string

from .clientip import client_ip
from .errors import is_api as is_api_request


def client_fingerprint(request) -> str:
    """A keyed hash of the client's real address: enough to count, impossible to reverse; kept only in the cache."""
    address = client_ip(request)
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


@contextmanager
def _serialised(key: str):
    """A cross-process lock around read-modify-write on backends whose incr is not atomic (the file cache)."""
    backend = caches["default"]
    if not isinstance(backend, FileBasedCache):
        yield
        return
    folder = Path(backend._dir)
    folder.mkdir(parents=True, exist_ok=True)
    lock_name = "ratelimit-" + hashlib.sha256(key.encode()).hexdigest()[:2] + ".lock"
    with open(folder / lock_name, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _window_key(scope: str, who: str, window_seconds: int, now: float | None) -> str:
    window = int((time.time() if now is None else now) // window_seconds)
    return f"ratelimit:{scope}:{who}:{window}"


def hit(*, scope: str, who: str, limit: int, window_seconds: int, now: float | None = None) -> bool:
    """Counts one attempt of `who` in the current window; False (and not counted) when the limit is already reached."""
    key = _window_key(scope, who, window_seconds, now)
    with _serialised(key):
        cache.add(key, 0, timeout=window_seconds + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # evicted between add and incr: start again
            cache.set(key, 1, timeout=window_seconds + 1)
            count = 1
        if count > limit:
            try:
                cache.decr(key)
            except ValueError:
                pass
            return False
    return True


def reached(*, scope: str, who: str, limit: int, window_seconds: int, now: float | None = None) -> bool:
    """True when `who` already used its `limit` attempts in the current window (nothing counted)."""
    return (cache.get(_window_key(scope, who, window_seconds, now)) or 0) >= limit


def rate_limited(*, scope: str, request, limit: int, window_seconds: int) -> bool:
    """Counts this request in a fixed window; True when the client is over `limit` (the refused one is not counted)."""
    return not hit(scope=scope, who=client_fingerprint(request), limit=limit, window_seconds=window_seconds)


def json_error(status: int, message: str, **headers) -> HttpResponse:
    """The API's error body: ``{"error": message, "status": status}``."""
    response = HttpResponse(
        json.dumps({"error": message, "details": {}, "status": status}, ensure_ascii=False),
        status=status,
        content_type="application/json",
    )
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


class RequestLimitsMiddleware:
    """Refuses oversized uploads (413) and API clients that go over API_RATE_LIMIT requests a minute (429)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        is_api = is_api_request(request)
        length = request.META.get("CONTENT_LENGTH") or "0"
        if length.isascii() and length.isdigit() and int(length) > settings.MAX_UPLOAD_SIZE:
            megabytes = settings.MAX_UPLOAD_SIZE // (1024 * 1024)
            message = f"Fichier trop volumineux : {megabytes} Mo au maximum."
            if is_api:
                return json_error(413, message)
            return HttpResponse(render_to_string("413.html", {"message": message}), status=413)
        limit = getattr(settings, "API_RATE_LIMIT", 0)
        if limit and is_api and rate_limited(scope="api", request=request, limit=limit, window_seconds=60):
            return json_error(429, "Trop de requêtes : réessayez dans une minute.", Retry_After="60")
        limited = _expensive_limit(request)
        if limited:
            return limited
        return self.get_response(request)


def _expensive_limit(request):
    """Throttles the endpoints that cost seconds of CPU per request (EXPENSIVE_PATH_LIMITS: regex → per minute)."""
    rules = getattr(settings, "EXPENSIVE_PATH_LIMITS", {})
    for pattern, per_minute in rules.items():
        if per_minute and re.search(pattern, request.path):
            if rate_limited(scope="expensive:" + pattern, request=request, limit=per_minute, window_seconds=60):
                message = "Trop de demandes pour ce fichier : réessayez dans une minute."
                if is_api_request(request):
                    return json_error(429, message, Retry_After="60")
                response = HttpResponse(render_to_string("429.html", {"message": message}), status=429)
                response["Retry-After"] = "60"
                return response
            break
    return None
