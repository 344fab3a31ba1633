"""The coordinators' statistics page in the Wagtail admin (counts only, no personal data)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from .selectors import stats_table


def stats_view(request):
    """Shows outcomes reached and abandonment per node, month and plateforme."""
    if not request.user.has_perm("orientation.view_pathwaystat"):
        raise PermissionDenied
    months = int(request.GET.get("mois", "12")) if request.GET.get("mois", "12").isdigit() else 12
    return render(request, "orientation/admin/stats.html", {"table": stats_table(months=min(months, 60))})
