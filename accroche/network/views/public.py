"""Public pages: « signaler une erreur » on a listing, the agenda, its archive and its iCal feed."""

import time

from django.core import signing
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from accroche.core.limits import rate_limited
from accroche.directory.models import Service

from .. import conf
from ..forms import ErrorReportForm
from ..ical import events_calendar
from ..models import Event
from ..selectors import past_events, upcoming_events
from ..services.moderation import error_report_submit

STARTED_SALT = "accroche.network.report-started"


def report_error(request, slug):
    """« Signaler une erreur / proposer une modification » (no account; honeypot, timing, rate limit)."""
    service = get_object_or_404(Service.objects.public().select_related("organization"), slug=slug)
    if request.method == "POST":
        form = ErrorReportForm(request.POST)
        if form.is_valid():
            if form.cleaned_data["website"]:
                return redirect("network:report_thanks", slug=slug)  # robot: pretend success, keep nothing
            limit, window = conf.report_rate_limit()
            if rate_limited(scope="report", request=request, limit=limit, window_seconds=window):
                return render(request, "network/report_limited.html", {"service": service}, status=429)
            try:
                started = signing.loads(form.cleaned_data["started"], salt=STARTED_SALT)
            except signing.BadSignature:
                started = None
            if started is None or time.time() - float(started) < conf.report_min_seconds():
                form.add_error(None, _("Envoi trop rapide : relisez votre message puis envoyez-le à nouveau."))
            else:
                error_report_submit(
                    service=service,
                    message=form.cleaned_data["message"],
                    contact_email=form.cleaned_data["contact_email"],
                )
                return redirect("network:report_thanks", slug=slug)
        data = request.POST.copy()
        data["started"] = signing.dumps(time.time(), salt=STARTED_SALT)
        form.data = data
    else:
        form = ErrorReportForm(initial={"started": signing.dumps(time.time(), salt=STARTED_SALT)})
    return render(request, "network/report_form.html", {"service": service, "form": form})


def report_thanks(request, slug):
    service = get_object_or_404(Service.objects.public(), slug=slug)
    return render(request, "network/report_thanks.html", {"service": service})


def agenda(request):
    return render(request, "network/agenda.html", {"events": upcoming_events()})


def agenda_archive(request):
    return render(request, "network/agenda_archive.html", {"events": past_events()[:200]})


def event_detail(request, slug):
    event = get_object_or_404(
        Event.objects.published().select_related("organization").prefetch_related("documents__document"), slug=slug
    )
    return render(
        request,
        "network/event_detail.html",
        {"event": event, "is_past": (event.ends_at or event.starts_at) < timezone.now()},
    )


def agenda_ics(request):
    """The published events (upcoming and from the last year) as an iCalendar feed."""
    since = timezone.now() - timezone.timedelta(days=365)
    events = Event.objects.published().filter(starts_at__gte=since).select_related("organization")
    response = HttpResponse(
        events_calendar(events, base_url=conf.site_url()), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="agenda.ics"'
    return response
