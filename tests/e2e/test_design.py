"""Issue 18 on a phone and by keyboard: results first, a short map page, a map usable with the keyboard only."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_on_a_phone_the_first_result_is_on_the_first_screen(site_data, live_server, phone_page, axe):
    page = phone_page
    page.goto(live_server.url + "/annuaire/?q=harcelement&lieu=waremme")
    count = page.locator("[data-results-count]")
    first = page.locator(".search-results__list .service-card").first
    assert count.bounding_box()["y"] + count.bounding_box()["height"] <= 844
    title = first.locator(".service-card__name").bounding_box()
    assert title["y"] + title["height"] <= 844, f"first result title ends at {title['y'] + title['height']} px"
    # The filters wait behind one « Filtrer » control; active criteria are removable chips.
    filters = page.locator("details#search-filters")
    assert filters.get_attribute("open") is None
    expect(page.locator("#search-filters > summary")).to_contain_text("Filtrer")
    expect(page.locator("#f-plateforme-1")).to_be_hidden()
    page.locator("#search-filters > summary").click()
    expect(page.locator("#f-plateforme-1")).to_be_visible()
    expect(page.locator(".search-chip", has_text="harcelement").first).to_be_visible()
    assert axe(page) == []


def test_the_map_page_stays_short_on_a_phone(site_data, live_server, phone_page):
    page = phone_page
    page.goto(live_server.url + "/carte/")
    page.wait_for_selector("[data-map][data-state='ready']")
    assert page.evaluate("document.documentElement.scrollHeight") < 6000
    # The list under the map is paginated: the next page replaces the items.
    pager = page.locator(".map-pagination").filter(has=page.get_by_role("button", name="Page suivante"))
    first = page.locator("[data-map-list] [data-service]").first.get_attribute("data-service")
    pager.get_by_role("button", name="Page suivante").click()
    assert page.locator("[data-map-list] [data-service]").first.get_attribute("data-service") != first
    expect(page.locator("[data-map-list] a").first).to_be_focused()


def test_keyboard_only_map_sas_and_mediation_around_seraing(site_data, live_server, page, axe):
    page.goto(live_server.url + "/carte/")
    page.wait_for_selector("[data-map][data-state='ready']")
    page.locator("#map-lieu").focus()
    page.keyboard.type("Seraing")
    page.locator(".map-filters__more > summary").focus()
    page.keyboard.press("Enter")  # « Plus de filtres »
    for code in ("sas", "mediation_scolaire"):
        page.locator(f"input[name='type'][value='{code}']").focus()
        page.keyboard.press("Space")
    page.get_by_role("button", name="Afficher").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"type=sas&type=mediation_scolaire"))
    page.wait_for_selector("[data-map][data-state='ready']")
    # Focus lands on the outcome, not at the top of the page.
    assert page.evaluate("document.activeElement.id") == "resultats"
    expect(page.locator("#resultats")).to_contain_text("autour de Seraing")

    features = page.evaluate(
        "async () => (await (await fetch('/carte/donnees.geojson?type=sas&type=mediation_scolaire&lieu=Seraing'))"
        ".json()).features"
    )
    assert len(features) >= 2
    icons = page.locator(".leaflet-marker-icon[role='button']")
    total = icons.count()
    assert total >= 2
    map_box = page.locator("[data-map]").bounding_box()
    seraing = page.evaluate("JSON.parse(document.getElementById('map-config').textContent).place")
    reached, distances = 0, []
    for _ in range(60):  # Tab from the summary through the map: every marker, one after the other
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => { const a = document.activeElement;
            if (!a.classList.contains('leaflet-marker-icon')) return null;
            const r = a.getBoundingClientRect(); const style = getComputedStyle(a);
            return {x: r.x + r.width / 2, y: r.y + r.height / 2, top: r.top, bottom: r.bottom,
                    outline: style.outlineStyle, vh: innerHeight}; }"""
        )
        if info is None:
            if reached:
                break
            continue
        reached += 1
        assert info["outline"] != "none"  # a visible focus
        assert map_box["x"] <= info["x"] <= map_box["x"] + map_box["width"]
        assert map_box["y"] <= info["y"] <= map_box["y"] + map_box["height"]
        assert info["top"] >= 0 and info["bottom"] <= info["vh"]  # on screen, not only inside the map
        distances.append(
            page.evaluate(
                """(place) => { const a = document.activeElement;
                const map = document.querySelector('[data-map]').leafletMap;
                return map.layerPointToLatLng(L.DomUtil.getPosition(a)).distanceTo(place); }""",
                [seraing["lat"], seraing["lon"]],
            )
        )
    assert reached == total, f"reached {reached} of {total} markers and groups by Tab"
    assert distances == sorted(distances), "markers are reached nearest first"
    assert axe(page) == []
