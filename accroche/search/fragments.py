"""Template fragments of the search page rendered once and reused (decision 0205).

Django's template engine costs a few microseconds per variable and tag; a search page repeats the same small pieces
(filter values, a card's « à 3 km ») with only a number changing. Each piece is rendered from its template the first
time a key is met and kept in this process (bounded); the per-search number goes into a slot. The key holds everything
the template reads (and the language), so a renamed term or another language gets its own fragment.
"""

import threading

from django.template.loader import get_template
from django.utils.safestring import mark_safe

COUNT_SLOT = "\x00count\x00"
OPTIONS_SLOT = "\x00options\x00"


class Fragments:
    """Rendered fragments of one template, by key (at most `limit`: beyond, the memo starts again)."""

    def __init__(self, template_name: str, limit: int = 4096):
        self.template_name = template_name
        self.limit = limit
        self._memo: dict = {}
        self._lock = threading.Lock()

    def get(self, key: tuple, context: dict) -> str:
        """Returns the fragment for this key, rendering `context` the first time.

        The key must determine the fragment, the active language included (callers read it once per page).
        """
        html = self._memo.get(key)
        if html is None:
            html = get_template(self.template_name).render(context).strip()
            with self._lock:
                if len(self._memo) >= self.limit:
                    self._memo.clear()
                self._memo[key] = html
        return html

    def clear(self) -> None:
        self._memo.clear()


group_fragments = Fragments("search/_filter_group.html", limit=1024)
option_fragments = Fragments("search/_filter_option.html")
distance_fragments = Fragments("search/_card_distance.html", limit=1024)


def option_html(group, counter: int, option, language: str) -> str:
    """Returns the HTML of one filter value (its input, its label and its count)."""
    label = str(option.label)
    counted = option.count >= 0
    html = option_fragments.get(
        (language, group.name, group.kind, counter, option.value, label, option.checked, counted),
        {
            "group": group.name,
            "kind": group.kind,
            "counter": counter,
            "value": option.value,
            "label": label,
            "checked": option.checked,
            "counted": counted,
            "count": COUNT_SLOT,
        },
    )
    # Both parts are escaped already: the template rendered the fragment, the count is an integer.
    return mark_safe(html.replace(COUNT_SLOT, str(option.count)) if counted else html)  # noqa: S308


def group_html(group, language: str) -> str:
    """Returns the HTML of one filter group with its values (set `option.html` first)."""
    legend = str(group.legend)
    html = group_fragments.get(
        (language, legend, group.collapsible, group.active),
        {"legend": legend, "collapsible": group.collapsible, "active": group.active, "options": OPTIONS_SLOT},
    )
    # The fragment and each value's HTML are rendered templates (escaped).
    return mark_safe(html.replace(OPTIONS_SLOT, "".join(o.html for o in group.options)))  # noqa: S308


def distance_html(hit, language: str) -> str:
    """Returns « · couvre votre commune » or « · à N km » for a hit ("" without a place)."""
    if not hit.covers_place and hit.distance_km is None:
        return ""
    # Whole kilometres rounded half up (as `floatformat:"0"`): the key is exactly what the card shows.
    covers, km = (True, 0) if hit.covers_place else (False, int(hit.distance_km + 0.5))
    return distance_fragments.get((language, covers, km), {"covers": covers, "km": km})
