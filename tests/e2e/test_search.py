"""Browser tests of /annuaire/: live search with JavaScript, the same path without it, and accessibility."""

import re

import pytest
from playwright.sync_api import expect


@pytest.fixture
def search_data(transactional_db):
    """The geo reference, the 104 seed services and their search index, committed for the live server.

    Lighter than `site_data` (which also builds every other app's demo content): the search needs only these.
    """
    import io

    from accroche.directory.demo import load_demo as load_directory
    from accroche.geo.demo import load_demo as load_geo
    from accroche.search.demo import load_demo as load_search

    for load in (load_geo, load_directory, load_search):
        load(stdout=io.StringIO())


def test_results_follow_typing_filters_and_history(page, live_server, search_data):
    page.goto(f"{live_server.url}/annuaire/")
    count = page.locator("[data-results-count]")
    expect(count).to_contain_text("services trouvés")
    page.fill("#id_q", "harcelement")
    expect(page).to_have_url(re.compile(r"q=harcelement"))
    expect(page.locator("#search-results")).to_contain_text("Les mots de Tom")
    page.fill("#id_lieu", "4800")
    expect(page).to_have_url(re.compile(r"lieu=4800"))
    expect(page.locator("#search-results")).to_contain_text("couvre votre commune")
    expect(count).to_contain_text("près de 4800 Verviers")
    # A filter click updates the results, the URL and the chips, without reloading the page.
    page.locator("#search-filters label", has_text="Gratuit").click()
    expect(page).to_have_url(re.compile(r"gratuit=1"))
    chip = page.locator(".search-chip", has_text="Gratuit")
    expect(chip).to_be_visible()
    expect(page.locator("[data-nojs-only]")).to_be_hidden()
    chip.click()
    expect(page).not_to_have_url(re.compile(r"gratuit=1"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"gratuit=1"))
    expect(page.locator("#search-filters input[name=gratuit]")).to_be_checked()


def test_a_typo_and_an_empty_search_never_leave_the_user_stuck(page, live_server, search_data):
    page.goto(f"{live_server.url}/annuaire/")
    page.fill("#id_q", "psycologue")
    page.press("#id_q", "Enter")
    suggestion = page.locator(".search-results__suggestion a")
    expect(suggestion).to_have_text("psychologue")
    suggestion.click()
    expect(page).to_have_url(re.compile(r"q=psychologue"))
    expect(page.locator("#id_q")).to_have_value("psychologue")
    page.fill("#id_q", "xqzwv")
    page.press("#id_q", "Enter")
    expect(page.locator("#search-results")).to_contain_text("Ces lignes d’aide répondent toujours")
    expect(page.locator("#search-results")).to_contain_text("Écoute-Enfants (103)")


def test_the_search_works_without_javascript(nojs_page, live_server, search_data):
    page = nojs_page
    page.goto(f"{live_server.url}/annuaire/")
    expect(page.locator("[data-geolocate]")).to_be_hidden()  # geolocation needs JavaScript: not offered
    page.fill("#id_q", "phobie scolaire")
    page.fill("#id_lieu", "4500")
    page.get_by_role("button", name="Rechercher").click()
    expect(page).to_have_url(re.compile(r"q=phobie\+scolaire.*lieu=4500"))
    expect(page.locator(".search-results__list")).to_contain_text("Centre PMS")
    page.locator("#search-filters > summary", has_text="Filtrer").click()  # a <details>: opens without JavaScript
    page.locator("#search-filters label", has_text="Gratuit").click()
    page.get_by_role("button", name="Appliquer les filtres").click()
    expect(page).to_have_url(re.compile(r"gratuit=1"))
    expect(page.locator(".search-chip", has_text="Gratuit")).to_be_visible()
    page.locator(".search-chip", has_text="Gratuit").click()
    expect(page).not_to_have_url(re.compile(r"gratuit=1"))
    expect(page.locator("#id_q")).to_have_value("phobie scolaire")


def test_bad_parameters_show_a_french_error_without_javascript(nojs_page, live_server, search_data):
    response = nojs_page.goto(f"{live_server.url}/annuaire/?age=douze")
    assert response.status == 400
    expect(nojs_page.locator("[role=alert]")).to_contain_text("Certains critères de recherche ne sont pas valables")


@pytest.mark.parametrize(
    "path",
    ["/annuaire/", "/annuaire/?q=harcelement&lieu=4800&gratuit=1", "/annuaire/?q=xqzwv", "/annuaire/?type=inconnu"],
)
def test_search_pages_have_no_axe_violation(page, live_server, search_data, axe, path):
    page.goto(f"{live_server.url}{path}")
    assert axe(page) == []
