"""The agenda as iCalendar (RFC 5545), written with the icalendar library."""

from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as ICalEvent


def events_calendar(events, *, base_url: str) -> bytes:
    """Returns an iCalendar document with one VEVENT per published event."""
    calendar = Calendar()
    calendar.add("prodid", "-//Ensemble accrochons-nous//Agenda du réseau//FR")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Agenda — Ensemble accrochons-nous")
    calendar.add("x-wr-timezone", "Europe/Brussels")
    for event in events:
        item = ICalEvent()
        item.add("uid", f"{event.pk}@accrochons-nous")
        item.add("summary", event.title)
        item.add("dtstamp", event.modified_at or timezone.now())
        item.add("dtstart", event.starts_at)
        if event.ends_at:
            item.add("dtend", event.ends_at)
        if event.venue:
            item.add("location", event.venue)
        description = event.description
        if event.online_url:
            description = f"{description}\n\n{event.online_url}".strip()
        if description:
            item.add("description", description)
        item.add("categories", [event.get_kind_display()])
        item.add("url", f"{base_url}{event.get_absolute_url()}")
        calendar.add_component(item)
    return calendar.to_ical()
