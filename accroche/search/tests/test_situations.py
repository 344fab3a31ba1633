"""Situation-like and crisis queries: the matching pathway above the results, emergency numbers first, and a spelling
suggestion that never « corrects » a real French word (issue 13)."""

import pytest

from accroche.search.lexicon import is_french_word
from accroche.search.situations import MALTREATMENT, SUICIDE, recognise


@pytest.mark.parametrize(
    "query,slug,crisis",
    [
        ("mon fils veut plus aller a lecole", "parents", ""),
        ("mon fils ne veut plus aller à l'école", "parents", ""),
        ("je suis harcelé", "jeunes", ""),
        ("je me sens mal je veux mourir", "jeunes", SUICIDE),
        ("il me frappe à la maison", "jeunes", MALTREATMENT),
        ("ma fille parle de se suicider", "parents", SUICIDE),
        ("un élève décroche", "professionnels", ""),
        ("certificat pour absence scolaire", "medecins", ""),
    ],
)
def test_situations_are_recognised(query, slug, crisis):
    situation = recognise(query)
    assert situation is not None and situation.pathway_slug == slug and situation.crisis == crisis


@pytest.mark.parametrize("query", ["psy verviers", "amo", "planning familial liège", "cpms 4800", ""])
def test_ordinary_queries_are_not_situations(query):
    assert recognise(query) is None


def test_real_french_words_are_known():
    assert all(is_french_word(w) for w in ("sens", "mal", "veux", "mourir", "école", "harcelé"))
    assert not is_french_word("psycologue")


def test_crisis_query_puts_the_suicide_line_first_and_is_never_corrected(client, demo_directory):
    from accroche.orientation.demo import load_demo

    load_demo()
    html = client.get("/annuaire/", {"q": "je me sens mal je veux mourir"}).content.decode()
    assert "Vouliez-vous dire" not in html and "sans mal" not in html
    first = html.index("orientation-emergency")
    assert first < html.index("search-results__count")
    assert html.index("tel:080032123", first) < html.index("tel:112", first)
    assert 'href="/orientation/jeunes/"' in html


def test_situation_query_offers_the_parents_guide_on_the_directory_and_site_search(client, demo_directory):
    from accroche.orientation.demo import load_demo

    load_demo()
    for url in ("/annuaire/", "/recherche/"):
        html = client.get(url, {"q": "mon fils veut plus aller a lecole"}).content.decode()
        assert 'href="/orientation/parents/"' in html, url
        assert "Danger immédiat" not in html  # no crisis words: no emergency block first
    beaten = client.get("/annuaire/", {"q": "il me frappe à la maison"}).content.decode()
    block = beaten[beaten.index("orientation-emergency") :]
    assert block.index('href="tel:103"') < block.index('href="tel:112"')


def test_a_typo_is_still_suggested(client, demo_directory):
    html = client.get("/annuaire/", {"q": "psycologue"}).content.decode()
    assert "Vouliez-vous dire" in html
