"""Template filters of the pathways: source markers gathered as links to the « Sources » section."""

import re

from django import template
from django.utils.safestring import mark_safe

register = template.Library()

MARKERS = re.compile(r"\s*((?:\[S\d{1,3}\])+)")
ONE = re.compile(r"S(\d{1,3})")


@register.filter
def source_refs(html: str, plain: bool = False) -> str:
    """Turns inline « [S14][S15] » markers into small links to the Sources section (removed for plain readers)."""

    def replace(match):
        if plain:
            return ""
        numbers = ONE.findall(match.group(1))
        links = ",".join(f'<a href="#source-S{n}" title="Source {n}">{n}</a>' for n in numbers)
        return f'<sup class="orientation-ref">{links}</sup>'

    return mark_safe(MARKERS.sub(replace, html or ""))  # noqa: S308 — the text is Wagtail-sanitised rich text


@register.filter
def source_anchor(citation: str) -> str:
    """Returns the anchor id of a source whose citation starts with its code (« [S14] … » → source-S14)."""
    match = re.match(r"\[(S\d{1,3})\]", citation or "")
    return f"source-{match.group(1)}" if match else ""


@register.filter
def source_code(citation: str) -> str:
    """Returns the number of a source whose citation starts with its code (« [S14] … » → 14), as in the text links."""
    match = re.match(r"\[S(\d{1,3})\]", citation or "")
    return match.group(1) if match else ""


@register.filter
def strip_code(citation: str) -> str:
    """Returns the citation without its leading « [Sx] » code."""
    return re.sub(r"^\[S\d{1,3}\]\s*", "", citation or "")


# Numbers written in the pathways' text (emergency and helplines), made tappable on phones.
PHONE_IN_TEXT = re.compile(r"(?<![\w/#-])(0800 \d{2} \d{3}|112|103|101|107)(?![\w-])")


@register.filter
def tel_links(html: str) -> str:
    """Turns the emergency and helpline numbers of a text into large tappable links (tel:)."""

    def replace(match):
        number = match.group(1)
        return f'<a class="orientation-tel" href="tel:{number.replace(" ", "")}">{number}</a>'

    return mark_safe(PHONE_IN_TEXT.sub(replace, html or ""))  # noqa: S308 — the text is Wagtail-sanitised rich text
