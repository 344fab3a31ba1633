"""Result cards of the search page, read and rendered once per service and per directory version (decision 0205).

A card shows few facts (name, link, service types, badges, first phone). Loading them as Service instances with their
prefetched terms, phones and places cost about half of an uncached search; rendering 20 `{% include %}` another
third. Here a card is read with three small value queries and rendered once from `search/_service_card.html`; the
fragment is kept in this process's memory under the directory version (the number every directory write bumps,
decision 0140), so a changed, hidden or deleted listing gets a fresh card — or none — at the next request. The only
per-search part of a card (« à 3 km », « couvre votre commune ») goes into a slot of the fragment; its few variants
are rendered once as well.
"""

import threading
from dataclasses import dataclass

from django.db import connection
from django.template.loader import get_template
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from accroche.directory.choices import Vocabulary
from accroche.directory.models import Phone, Service

from .fragments import distance_html
from .memo import versions

CARD_TEMPLATE = "search/_service_card.html"
SLOT = "\x00distance\x00"  # where the per-search distance goes in a card's fragment (never in data: names are text)
MAX_CARDS = 25_000  # per process and version: a directory of 20,000 services fits; beyond, the oldest are dropped


@dataclass(slots=True)
class Card:
    """What a result card shows about one public service."""

    pk: object
    name: str
    url: str
    types: list[str]
    free: str
    anonymous: str
    mandate: str
    is_helpline: bool
    to_check: bool  # demo data or never verified: « À vérifier »
    phone_number: str = ""
    phone_uri: str = ""
    html: str = ""

    def render(self, distance: str = "") -> SafeString:
        """Returns the card's HTML with a search's distance fragment (none for the helplines listed after a search)."""
        return mark_safe(self.html.replace(SLOT, distance))  # noqa: S308 — both parts are rendered templates


_lock = threading.Lock()
_memo: dict[str, tuple[str, dict]] = {}  # database → (version|language, {service id: Card})


def _store() -> dict:
    key = str(connection.settings_dict.get("NAME"))
    version = f"{versions()[0]}|{get_language()}"
    memo = _memo.get(key)
    if memo is None or memo[0] != version:
        with _lock:
            memo = (version, {})
            _memo[key] = memo
    return memo[1]


def _load(ids: list) -> dict:
    """Reads the cards of these services (public ones only) in three queries."""
    cards = {}
    rows = (
        Service.objects.public()
        .filter(pk__in=ids)
        .values_list("id", "name", "slug", "free", "anonymous", "mandate", "is_helpline", "is_demo", "assured_date")
    )
    for pk, name, slug, free, anonymous, mandate, helpline, demo, assured in rows:
        url = reverse("directory:service_detail", kwargs={"slug": slug})
        cards[pk] = Card(pk, name, url, [], free, anonymous, mandate, helpline, demo or assured is None)
    if not cards:
        return cards
    through = Service.terms.through
    for service_id, term in (
        through.objects.filter(service_id__in=cards, taxonomyterm__taxonomy__vocabulary=Vocabulary.SERVICE_TYPE)
        .order_by("taxonomyterm__sort_order", "taxonomyterm__name")
        .values_list("service_id", "taxonomyterm__name")
    ):
        cards[service_id].types.append(term)
    for service_id, number in (
        Phone.objects.filter(service_id__in=cards).order_by("-sort_order", "-pk").values_list("service_id", "number")
    ):
        card = cards[service_id]  # the last row of a service is its first phone (Orderable: sort_order)
        card.phone_number = number
        card.phone_uri = "tel:" + "".join(c for c in number if c.isdigit() or c == "+")
    template = get_template(CARD_TEMPLATE)
    for card in cards.values():
        card.html = template.render({"card": card, "distance": SLOT})
    return cards


def attach_cards(hits: list) -> list:
    """Gives each hit its card and the card's HTML with the hit's distance; returns the hits that have a card."""
    language = get_language()
    cards = cards_for(h.service_id for h in hits)
    kept = []
    for hit in hits:
        card = cards.get(hit.service_id)
        if card is not None:
            hit.card = card
            hit.card_html = card.render(distance_html(hit, language))
            kept.append(hit)
    return kept


def cards_for(ids) -> dict:
    """Returns {service id: Card} for these services; hidden or deleted ones have no card."""
    store = _store()
    ids = list(ids)
    missing = [i for i in ids if i not in store]
    if missing:
        loaded = _load(missing)
        with _lock:
            if len(store) + len(loaded) > MAX_CARDS:
                store.clear()
            store.update(loaded)
    return {i: store[i] for i in ids if i in store}


def clear_cache() -> None:
    _memo.clear()
