"""The map in a real browser: clustering, filters, popups to the service page, the synced list, keyboard, axe."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import CHROMIUM, TILE_PNG

pytestmark = pytest.mark.e2e


def open_map(page, url):
    page.goto(url)
    page.wait_for_selector("[data-map][data-state='ready']")


def in_view_count(page) -> int:
    """The number of services in the visible area, from the list's status (the list itself is paginated by 8)."""
    return int(re.match(r"\s*(\d+)", page.locator("[data-map-status]").inner_text()).group(1))


def list_slugs(page) -> list[str]:
    return page.locator("[data-map-list] [data-service]").evaluate_all("els => els.map(e => e.dataset.service)")


def test_filter_on_the_map_open_a_popup_and_reach_the_service_page(site_data, live_server, page, axe):
    open_map(page, live_server.url + "/carte/")
    assert page.locator(".leaflet-marker-icon").count() > 0  # clusters and markers drawn
    assert page.locator(".map-cluster").count() > 0  # 100+ services: clustered
    everything = in_view_count(page)
    assert everything > 20
    assert len(list_slugs(page)) == 8  # paginated
    assert axe(page) == []

    page.select_option("#map-plateforme", "verviers")
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_url(re.compile(r"plateforme=verviers"))
    page.wait_for_selector("[data-map][data-state='ready']")
    verviers = in_view_count(page)
    assert 0 < verviers < everything
    assert (
        page.get_by_role("link", name="Voir en liste")
        .get_attribute("href")
        .startswith("/annuaire/?plateforme=verviers")
    )

    first = page.locator("[data-map-list] [data-service]").first
    name = first.locator("h3").inner_text()
    href = first.locator("h3 a").get_attribute("href")
    first.get_by_role("button", name=re.compile("Voir sur la carte")).click()
    popup = page.locator(".leaflet-popup")
    expect(popup).to_be_visible()
    expect(popup.locator(".map-popup__title")).to_have_text(name)
    popup.get_by_role("link", name="Voir la fiche du service").click()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    assert page.locator("h1").first.inner_text().strip()


def test_the_list_follows_the_map_and_everything_works_by_keyboard(site_data, live_server, page):
    open_map(page, live_server.url + "/carte/")
    before = page.locator("[data-map-status]").inner_text()
    all_count = in_view_count(page)

    # Enter on a group of services zooms in on it; the list follows.
    group = page.locator(".map-cluster[role='button']").first
    expect(group).to_contain_text("services à cet endroit")
    group.focus()
    page.keyboard.press("Enter")
    expect(page.locator("[data-map-status]")).not_to_have_text(before)
    page.goto(page.url)
    page.wait_for_selector("[data-map][data-state='ready']")

    button = page.locator("[data-map-list] .map-item__show").first
    button.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".leaflet-popup")).to_be_visible()
    assert page.evaluate("document.activeElement.classList.contains('map-popup__link')")  # focus moved into popup
    page.keyboard.press("Escape")
    expect(page.locator(".leaflet-popup")).to_have_count(0)
    assert page.evaluate("document.activeElement.classList.contains('map-item__show')")  # focus came back

    # A single marker is a focusable button with a name; Enter opens its popup.
    marker = page.locator(".map-marker[role='button']").first
    assert marker.get_attribute("title")
    marker.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".leaflet-popup .map-popup__title")).to_have_text(
        re.sub(r" \(position approximative\)$", "", marker.get_attribute("title"))
    )
    page.keyboard.press("Escape")

    # Zoomed in on that service, the list shows only the services in view; zooming out brings more back.
    expect(page.locator("[data-map-status]")).not_to_have_text(before)
    zoomed = in_view_count(page)
    assert zoomed < all_count
    zoom_out = page.get_by_role("button", name="Dézoomer", exact=True)
    for _ in range(12):
        zoom_out.click()
        page.wait_for_timeout(400)
        if in_view_count(page) > zoomed:
            break
    assert in_view_count(page) > zoomed


def test_approximate_positions_are_drawn_differently_and_labelled(site_data, live_server, page):
    open_map(page, live_server.url + "/carte/")
    item = page.locator("[data-map-list] [data-service]", has=page.locator(".badge--warn")).first
    expect(item).to_contain_text("position approximative")
    item.get_by_role("button", name=re.compile("Voir sur la carte")).click()
    popup = page.locator(".leaflet-popup")
    expect(popup).to_contain_text("position approximative")
    assert page.locator(".map-marker--approximate").count() > 0
    legend = page.locator(".map-legend")
    expect(legend).to_contain_text("position approximative")


def test_harcelement_near_verviers_on_map_and_list(site_data, live_server, page, axe):
    open_map(page, live_server.url + "/carte/?q=harcelement&lieu=Verviers")
    slugs = list_slugs(page)
    assert slugs, "no matching service in the list"
    features = page.evaluate(
        "async () => (await (await fetch('/carte/donnees.geojson?q=harcelement&lieu=Verviers')).json()).features"
    )
    assert features and {f["properties"]["id"] for f in features} >= set(slugs)
    assert page.locator(".leaflet-marker-icon").count() > 0
    expect(page.locator(".map-summary")).to_contain_text("Verviers")
    aside = page.locator(".map-aside")
    expect(aside).to_contain_text("Sans adresse sur la carte")
    assert axe(page) == []


def test_without_javascript_the_page_is_the_list(site_data, live_server, nojs_page):
    nojs_page.goto(live_server.url + "/carte/?q=harcelement&lieu=Verviers")
    assert nojs_page.locator("[data-map-list] [data-service]").count() > 0
    expect(nojs_page.locator("[data-map-panel]")).to_be_hidden()
    first_link = nojs_page.locator("[data-map-list] [data-service] h3 a").first
    href = first_link.get_attribute("href")
    first_link.click()
    nojs_page.wait_for_url(re.compile(re.escape(href) + "$"))


def test_the_embedded_map_and_its_help_page(site_data, live_server, page, axe):
    open_map(page, live_server.url + "/carte/integrer/?plateforme=verviers")
    assert page.locator(".site-header").count() == 0
    assert len(list_slugs(page)) > 0
    assert page.locator("[data-map-list] a[target='_blank']").count() > 0  # links leave the partner's frame
    assert axe(page) == []
    page.goto(live_server.url + "/carte/integrer-a-votre-site/?plateforme=verviers")
    expect(page.locator("#embed-code")).to_have_value(re.compile(r"^<iframe .*plateforme=verviers"))
    assert axe(page) == []


def test_a_partner_site_can_frame_the_embed_view_only(site_data, live_server, browser):
    """A page on another site frames /carte/integrer/ (allowed) and /carte/ (refused: X-Frame-Options DENY)."""
    # Chromium blocks a public page from framing localhost (local network access): lifted for this browser only.
    partner_browser = browser.browser_type.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-features=LocalNetworkAccessChecks"],
    )
    try:
        page = partner_browser.new_page()
        partner_url = "http://partenaire.example/"
        frames = (
            f'<iframe id="embed" title="carte intégrée" src="{live_server.url}/carte/integrer/?plateforme=verviers">'
            f'</iframe><iframe id="full" title="carte complète" src="{live_server.url}/carte/"></iframe>'
        )

        def route(route):
            url = route.request.url
            if url == partner_url:
                return route.fulfill(status=200, content_type="text/html", body=f"<!doctype html>{frames}")
            if url.startswith(live_server.url):
                return route.continue_()
            return route.fulfill(status=200, content_type="image/png", body=TILE_PNG)

        page.route("**/*", route)
        page.goto(partner_url)
        embedded = page.frame_locator("#embed")
        expect(embedded.locator("[data-map][data-state='ready']")).to_be_attached(timeout=15000)
        assert embedded.locator("[data-map-list] [data-service]").count() > 0
        expect(page.frame_locator("#full").locator("[data-map]")).to_have_count(0)
    finally:
        partner_browser.close()
