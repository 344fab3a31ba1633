"""Template helpers of the partner space."""

from django import template

from ..selectors import is_coordinator

register = template.Library()


@register.simple_tag
def user_is_coordinator(user) -> bool:
    """True for coordinators and administrators (shows their menu entries)."""
    return is_coordinator(user)


@register.filter
def get_item(mapping, key):
    """Returns mapping[key] (or None): per-field decisions and errors of the moderation page."""
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.simple_tag
def posted(data, prefix: str, key: str, default=""):
    """Returns the value sent for `<prefix>_<key>` when the page is shown again after an error (nothing lost)."""
    return data.get(f"{prefix}_{key}", default) if hasattr(data, "get") else default
