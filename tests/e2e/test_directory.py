"""Browser tests of the directory pages: service and organization pages pass axe, work on a phone and without JS."""

import pytest

from tests.e2e.conftest import html_errors

# A listening line (phone, anonymous, FWB-wide), a CPMS placed at a postal-code centroid, a plateforme-wide SAJ.
SERVICES = ["ecoute-enfants-103", "cpms-provincial-huy-1", "saj-verviers"]


@pytest.fixture
def directory_data(transactional_db):
    """The geo reference and the 104 seed services, committed for the live server (the directory's part of site_data).

    Lighter than `site_data` (every app's demo content), which the axe tests use to check the page in the full site.
    """
    import io

    from accroche.directory.demo import load_demo as load_directory
    from accroche.geo.demo import load_demo as load_geo

    load_geo(stdout=io.StringIO())
    load_directory(stdout=io.StringIO())


@pytest.mark.parametrize("slug", SERVICES)
def test_service_page_has_no_axe_violation(site_data, live_server, page, axe, slug):
    response = page.goto(f"{live_server.url}/annuaire/{slug}/")
    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert page.get_by_text("À vérifier").first.is_visible()
    assert axe(page) == []


def test_service_page_on_a_phone(site_data, live_server, phone_page, axe):
    phone_page.goto(f"{live_server.url}/annuaire/ecoute-enfants-103/")
    assert axe(phone_page) == []
    overflow = phone_page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    call = phone_page.locator('a[href="tel:103"]')
    assert call.is_visible()
    box = call.bounding_box()
    assert box["height"] >= 24  # a tappable target (WCAG 2.5.8)
    # What to do comes first, then how to call: the contact card is above the conditions on a phone.
    contact_top = phone_page.locator("#contact-title").bounding_box()["y"]
    who_top = phone_page.locator("#who-title").bounding_box()["y"]
    assert contact_top < who_top


def test_service_page_works_without_javascript(directory_data, live_server, nojs_page):
    nojs_page.goto(f"{live_server.url}/annuaire/cpms-provincial-huy-1/")
    assert nojs_page.get_by_text("Position approximative").first.is_visible()
    report = nojs_page.get_by_role("link", name="Signaler une erreur / proposer une modification")
    assert report.get_attribute("href") == "/annuaire/cpms-provincial-huy-1/signaler/"


def test_organization_page_has_no_axe_violation_and_links_its_services(directory_data, live_server, page, axe):
    page.goto(f"{live_server.url}/annuaire/organisations/cpms-libres-verviers/")
    assert axe(page) == []
    page.get_by_role("link", name="Centres PMS Libres de Verviers").first.click()
    assert page.url.endswith("/annuaire/cpms-libres-verviers/")


def test_directory_pages_are_valid_html(directory_data, live_server, page, tmp_path):
    """The Nu HTML checker (vnu-jar) reports no error on the service and organization pages."""
    paths = [f"/annuaire/{slug}/" for slug in SERVICES] + ["/annuaire/organisations/cpms-libres-verviers/"]
    pages = {f"{index:02d}": path for index, path in enumerate(paths)}
    assert html_errors(page, live_server.url, pages, tmp_path) == []
