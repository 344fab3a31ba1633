"""Freshness: coordinators' dashboard of stale listings and the one-click « toujours exact » link."""

from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from .. import conf
from ..selectors import stale_dashboard
from ..services.freshness import reminder_confirm, reminder_from_token
from ..tokens import BadToken
from .base import coordinator_required


@coordinator_required
def stale_list(request):
    groups = stale_dashboard(request.user)
    rows = [row for group in groups for row in group["rows"]]
    return render(
        request,
        "network/stale_list.html",
        {
            "groups": groups,
            "months": conf.freshness_months(),
            "total": len(rows),
            "never": sum(1 for row in rows if row["days"] is None),
        },
    )


@never_cache
def confirm_still_accurate(request, token):
    """GET shows the listing and one button; POST confirms it (e-mail scanners only follow GET links)."""
    try:
        reminder = reminder_from_token(token)
    except BadToken as exc:
        return render(
            request,
            "network/link_invalid.html",
            {"expired": exc.expired, "what": "confirm"},
            status=410 if exc.expired else 404,
        )
    service = reminder.service
    if reminder.confirmed_at is not None:
        return render(request, "network/confirm_done.html", {"service": service, "already": True}, status=410)
    if request.method == "POST":
        try:
            reminder_confirm(reminder=reminder)
        except ValidationError:
            return render(request, "network/confirm_done.html", {"service": service, "already": True}, status=410)
        service.refresh_from_db()
        return render(request, "network/confirm_done.html", {"service": service, "already": False})
    return render(request, "network/confirm.html", {"service": service, "reminder": reminder})
