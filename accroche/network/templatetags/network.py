"""Template helpers of the partner space."""

from django import template

from ..selectors import is_coordinator

register = template.Library()


@register.simple_tag
def user_is_coordinator(user) -> bool:
    """True for coordinators and administrators (shows their menu entries)."""
    return is_coordinator(user)
