"""Site-wide views: data credits, health check, error pages."""

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render


def about_data(request):
    """Shows where the directory's data and reference files come from, with their licences."""
    return render(request, "core/about_data.html")


def health(request):
    """Returns 200 when the database answers, 503 otherwise (for load balancers and monitoring)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any database failure means "unhealthy"
        return JsonResponse({"status": "erreur", "database": False}, status=503)
    return JsonResponse({"status": "ok", "database": True})


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)
