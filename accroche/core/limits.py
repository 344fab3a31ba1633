"""Request limits: upload size, and a per-client rate limit on the open API (no IP is stored, only a hash)."""

import hashlib
import hmac
import json

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string


def client_fingerprint(request) -> str:
    """Returns a keyed hash of the client's address: enough to count, impossible to reverse; kept only in the cache."""
    address = request.META.get("REMOTE_ADDR", "")
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


def rate_limited(*, scope: str, request, limit: int, window_seconds: int) -> bool:
    """Counts this request in a fixed window; True when the client went over `limit`."""
    key = f"ratelimit:{scope}:{client_fingerprint(request)}"
    if cache.add(key, 1, timeout=window_seconds):
        return False
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=window_seconds)
        return False
    return count > limit


class RequestLimitsMiddleware:
    """Refuses oversized uploads (413) and API clients that go over API_RATE_LIMIT requests a minute (429)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = request.META.get("CONTENT_LENGTH") or "0"
        if length.isdigit() and int(length) > settings.MAX_UPLOAD_SIZE:
            megabytes = settings.MAX_UPLOAD_SIZE // (1024 * 1024)
            message = f"Fichier trop volumineux : {megabytes} Mo au maximum."
            return HttpResponse(render_to_string("413.html", {"message": message}), status=413)
        limit = getattr(settings, "API_RATE_LIMIT", 0)
        if (
            limit
            and request.path.startswith("/api/")
            and rate_limited(scope="api", request=request, limit=limit, window_seconds=60)
        ):
            response = HttpResponse(
                json.dumps({"error": "Trop de requêtes : réessayez dans une minute.", "status": 429}),
                status=429,
                content_type="application/json",
            )
            response["Retry-After"] = "60"
            return response
        return self.get_response(request)
