"""Template tags other apps can use to link the library: `{% load content_tags %}{% library_for "medecins" %}`."""

from django import template

from ..selectors import resources_for_audience

register = template.Library()


@register.inclusion_tag("content/includes/library_for.html")
def library_for(audience: str, limit: int = 3, heading: str = ""):
    """Renders the latest tools for one audience code, with a link to all of them."""
    return {
        "resources": resources_for_audience(audience=audience, limit=limit),
        "audience": audience,
        "heading": heading,
    }
