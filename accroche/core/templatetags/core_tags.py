"""Template helpers shared by every app's templates."""

from django import template

register = template.Library()


@register.filter
def startswith(value, prefix) -> bool:
    """`{% if request.path|startswith:directory_url %}`: marks the navigation link of the section being read."""
    return bool(prefix) and str(value).startswith(str(prefix))
