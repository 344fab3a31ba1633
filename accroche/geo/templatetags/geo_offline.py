"""The emergency line of the error pages (500, 503): from the snapshot in the cache, never from the database."""

from django import template
from django.template.loader import render_to_string

from accroche.geo.selectors import error_page_numbers

register = template.Library()


@register.simple_tag
def offline_emergency_numbers() -> str:
    """Renders « Urgence 112 · … » from the snapshot of the footer's numbers, or « En cas d’urgence : 112 »."""
    return render_to_string("geo/_offline_emergency_line.html", {"numbers": error_page_numbers()})
