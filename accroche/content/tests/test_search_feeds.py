import xml.etree.ElementTree as ET

import pytest

from accroche.content.models import NewsPage, Resource, RulePage

pytestmark = pytest.mark.django_db


def test_site_search_finds_pages_tools_and_services(client, content_examples, demo_directory):
    from accroche.directory.models import Service

    service = Service.objects.public().filter(name__icontains="AMO").first()
    response = client.get("/recherche/", {"q": "certificat"})
    results = response.context["results"]
    assert RulePage.objects.get() in results.pages
    assert any("Certificat" in r.title for r in results.resources)
    response = client.get("/recherche/", {"q": "AMO"})
    html = response.content.decode()
    assert response.context["results"].services_total > 0
    assert service.get_absolute_url() in html


def test_site_search_without_query_shows_the_form(client, content_site):
    response = client.get("/recherche/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
    assert response.context["results"].total == 0


def test_site_search_ranks_tools_with_the_words_in_their_title_first(client, content_examples):
    results = client.get("/recherche/", {"q": "flyer adresser"}).context["results"]
    assert [r.slug for r in results.resources][:1] == ["exemple-flyer-parents"]
    results = client.get("/recherche/", {"q": "webinaire familles"}).context["results"]
    assert [r.slug for r in results.resources][:1] == ["webinaire-familles-2020"]


def test_rss_feed_parses_and_lists_the_news(client, content_examples):
    response = client.get("/actualites/rss.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert len(items) == NewsPage.objects.live().count() == 3
    newest = NewsPage.objects.order_by("-date").first()
    assert items[0].findtext("link").endswith(newest.url)
    assert "[Exemple]" in items[0].findtext("title")
    assert items[0].findtext("pubDate")


def test_sitemap_lists_pages_tools_and_services(client, content_site, demo_directory):
    from accroche.directory.models import Service

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {loc.text for loc in ET.fromstring(response.content).findall("s:url/s:loc", ns)}
    assert "http://testserver/je-suis-medecin/" in locations
    assert "http://testserver/absences-et-certificats/" in locations
    assert "http://testserver" + Resource.objects.first().get_absolute_url() in locations
    services = Service.objects.public()
    assert services.count() > 50
    for service in services[:20]:
        assert "http://testserver" + service.get_absolute_url() in locations


def test_robots_txt_points_to_the_sitemap_and_keeps_admin_out(client):
    response = client.get("/robots.txt")
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
