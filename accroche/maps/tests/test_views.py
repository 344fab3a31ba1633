"""The map page without JavaScript (the list), its filters and errors, and the embeddable map."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def listed(page: BeautifulSoup, selector: str) -> list[str]:
    return [item["data-service"] for item in page.select(f"{selector} [data-service]")]


def test_the_page_lists_located_services_and_those_without_a_place_beside(client, map_services):
    response = client.get(reverse("maps:map"))
    assert response.status_code == 200
    page = soup(response)
    assert set(listed(page, "[data-map-list]")) == {"amo-verviers", "cpms-liege", "ssm-huy"}
    assert listed(page, ".map-aside") == ["ecoute-enfants"]
    item = page.select_one('[data-service="amo-verviers"]')
    assert item.select_one("a")["href"] == map_services["amo"].get_absolute_url()
    assert "Rue du Collège 4, 4800 Verviers" in item.get_text()
    assert item.select_one('a[href="tel:087123456"]')
    approx = page.select_one('[data-service="cpms-liege"]')
    assert "position approximative" in approx.get_text()
    assert "position approximative" not in item.get_text()


def test_the_map_is_hidden_until_javascript_and_gets_its_data_url(client, map_services):
    page = soup(client.get(reverse("maps:map"), {"plateforme": "verviers", "q": "écoute"}))
    assert page.select_one("[data-map-panel]").has_attr("hidden")
    import json

    config = json.loads(page.select_one("#map-config").string)
    assert config["geojson"].startswith(reverse("maps:geojson") + "?")
    assert "plateforme=verviers" in config["geojson"]
    assert config["tileUrl"] and config["attribution"]
    assert not page.select("script:not([src])[type!='application/json']")  # no inline executable script


def test_filters_keep_the_query_for_the_list_view(client, map_services):
    page = soup(client.get(reverse("maps:map"), {"plateforme": "verviers", "gratuit": "1"}))
    assert listed(page, "[data-map-list]") == ["amo-verviers"]
    to_list = page.find("a", string="Voir en liste")["href"]
    assert to_list.startswith("/annuaire/?") and "plateforme=verviers" in to_list and "gratuit=1" in to_list
    assert page.select_one('#map-plateforme option[value="verviers"]').has_attr("selected")
    assert page.select_one('input[name="gratuit"]').has_attr("checked")


def test_the_old_commune_parameter_means_lieu(client, map_services):
    page = soup(client.get(reverse("maps:map"), {"commune": "Verviers"}))
    assert listed(page, "[data-map-list]")[0] == "amo-verviers"
    assert "autour de Verviers" in page.select_one(".map-summary").get_text()


def test_the_list_is_paginated_without_javascript(client, map_services, monkeypatch):
    monkeypatch.setattr("accroche.maps.views.PER_PAGE", 2)
    first = soup(client.get(reverse("maps:map")))
    assert len(listed(first, "[data-map-list]")) == 2
    next_link = first.find("a", string="Page suivante")["href"]
    second = soup(client.get(reverse("maps:map") + next_link))
    assert len(listed(second, "[data-map-list]")) == 1
    assert set(listed(first, "[data-map-list]")).isdisjoint(listed(second, "[data-map-list]"))


def test_bad_parameters_show_a_message_not_a_crash(client, map_services):
    response = client.get(reverse("maps:map"), {"age": "beaucoup"})
    assert response.status_code == 400
    assert "age" in soup(response).select_one('[role="alert"]').get_text()


def test_only_the_embed_view_may_be_framed(client, map_services):
    page = client.get(reverse("maps:map"))
    assert page["X-Frame-Options"] == "DENY"
    embed = client.get(reverse("maps:embed"), {"plateforme": "verviers"})
    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed
    csp = embed.headers.get("Content-Security-Policy", "")
    assert "frame-ancestors 'none'" not in csp
    if csp:
        assert "frame-ancestors *" in csp and "script-src 'self'" in csp
    doc = soup(embed)
    assert not doc.select(".site-header")
    assert listed(doc, "[data-map-list]") == ["amo-verviers"]
    assert doc.select_one('[data-service="amo-verviers"] a')["target"] == "_blank"


def test_the_embed_help_gives_the_iframe_code_for_the_chosen_filters(client, map_services):
    page = soup(client.get(reverse("maps:embed_help"), {"plateforme": "verviers"}))
    code = page.select_one("textarea#embed-code").get_text()
    assert code.startswith("<iframe ") and 'title="' in code
    assert "/carte/integrer/?plateforme=verviers" in code
    assert page.select_one('label[for="embed-code"]')
