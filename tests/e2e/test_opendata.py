"""Browser tests of the open data page: no axe violation, downloads and the répertoire work without JavaScript."""

import pytest


def test_donnees_page_has_no_axe_violation(site_data, live_server, page, axe):
    response = page.goto(live_server.url + "/donnees/")
    assert response.status == 200
    assert page.locator("h1").inner_text() == "Données ouvertes"
    assert axe(page) == []


def test_repertoire_form_without_javascript(site_data, live_server, nojs_page):
    nojs_page.goto(live_server.url + "/donnees/")
    nojs_page.select_option("#id_plateforme", "huy-waremme")
    nojs_page.select_option("#id_public", "medecins")
    with nojs_page.expect_response(lambda r: "/donnees/repertoire.pdf" in r.url) as info:
        nojs_page.get_by_role("button", name="Générer le répertoire (PDF)").click()
    response = info.value
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert "plateforme=huy-waremme" in response.url and "public=medecins" in response.url


@pytest.mark.parametrize(
    "link, content_type",
    [
        ("Paquet de données HSDS 3.0 (zip)", "application/zip"),
        ("Services en JSON HSDS 3.0", "application/json"),
    ],
)
def test_downloads_from_the_page(site_data, live_server, page, link, content_type):
    page.goto(live_server.url + "/donnees/")
    with page.expect_download() as info:
        page.get_by_role("link", name=link).click()
    download = info.value
    assert download.suggested_filename.startswith("annuaire-hsds-3.0")
