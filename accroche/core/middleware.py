"""Site-wide middleware: Content-Security-Policy for public pages, a French 503 page when the database is down."""

import logging

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.template.loader import render_to_string

from .paths import admin_prefix, api_prefix

logger = logging.getLogger(__name__)


class PublicContentSecurityPolicyMiddleware(ContentSecurityPolicyMiddleware):
    """Applies settings.SECURE_CSP to the public site; the Wagtail admin keeps its own needs."""

    def process_response(self, request, response):
        if getattr(settings, "PERMISSIONS_POLICY", ""):
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path.startswith(admin_prefix()):
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """Turns a lost database connection into a French maintenance page (503) instead of a stack trace.

    Django opens a new connection on the next request, so the site recovers by itself when the database is back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except (OperationalError, InterfaceError) as exc:
            return self.unavailable_response(request, exc)

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)) or (
            isinstance(exception, DatabaseError) and "connect" in str(exception).lower()
        ):
            return self.unavailable_response(request, exception)
        return None

    @staticmethod
    def unavailable_response(request, exc):
        logger.error("database unavailable: %s", exc.__class__.__name__)
        if request.path.startswith(api_prefix()):
            response = HttpResponse(
                '{"error": "Service momentanément indisponible", "status": 503}',
                status=503,
                content_type="application/json",
            )
        else:
            response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "30"
        response["Cache-Control"] = "no-store"
        return response
