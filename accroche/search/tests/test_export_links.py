"""The search page offers the same list as CSV and GeoJSON downloads, with the same parameters."""

import pytest


@pytest.mark.django_db
def test_search_page_links_to_exports_of_the_same_query(client, demo_directory):
    body = client.get("/annuaire/", {"q": "harcelement", "lieu": "4800"}).content.decode()
    assert "/donnees/export.csv?q=harcelement&amp;lieu=4800" in body
    assert "/donnees/export.geojson?q=harcelement&amp;lieu=4800" in body
    csv = client.get("/donnees/export.csv", {"q": "harcelement", "lieu": "4800"})
    assert csv.status_code == 200
    assert "Les mots de Tom" in csv.content.decode("utf-8-sig")
