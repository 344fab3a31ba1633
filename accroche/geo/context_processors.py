"""The territory (plateformes, emergency numbers) for every template, read only when a template uses it."""

from django.utils.functional import SimpleLazyObject

from .selectors import territory as territory_selector


def territory(request):
    return {"territory": SimpleLazyObject(territory_selector)}
