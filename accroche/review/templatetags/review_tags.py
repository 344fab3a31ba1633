"""{% review_state obj %} and {% review_history obj %}: the truthful state and the public history of a page."""

from django import template

from ..selectors import history_for, review_state

register = template.Library()


@register.simple_tag
def get_review_state(obj):
    return review_state(obj)


@register.simple_tag
def get_review_history(obj):
    return history_for(obj)
