"""Issue 18: French logins, the shared error summary, the French root page, the living design page, site search."""

import re

import pytest
from wagtail.models import Page

from accroche.content.demo import ROOT_PAGE_TITLE, ensure_root

pytestmark = pytest.mark.django_db


def test_the_admin_login_has_no_english_label(client):
    html = client.get("/admin/login/").content.decode()
    assert "Password" not in html
    assert "Mot de passe" in html
    assert "Identifiant ou adresse e-mail" in html


def test_the_partner_login_asks_for_an_email_address(client):
    html = client.get("/espace-partenaires/connexion/").content.decode()
    assert re.search(r'<label for="id_username">Adresse e-mail', html)
    assert 'type="email"' in html
    assert "Nom d’utilisateur" not in html and "Nom d'utilisateur" not in html


def test_a_failed_login_shows_the_error_summary_at_the_top(client):
    response = client.post("/espace-partenaires/connexion/", {"username": "", "password": ""})
    html = response.content.decode()
    summary = html.index('class="error-summary"')
    assert summary < html.index('id="id_username"')  # above the fields
    assert 'href="#id_username"' in html and 'href="#id_password"' in html  # one link per field in error
    assert "autofocus" in html[summary : summary + 200]


def test_wagtails_root_page_is_named_in_french():
    root = Page.get_first_root_node()
    Page.objects.filter(pk=root.pk).update(title="Root", draft_title="Root")
    assert ensure_root().title == ROOT_PAGE_TITLE
    assert Page.objects.get(pk=root.pk).draft_title == ROOT_PAGE_TITLE


def test_the_design_page_documents_the_components(client):
    response = client.get("/design/")
    assert response.status_code == 200
    html = response.content.decode()
    for heading in (
        "Typographie",
        "Espacements",
        "Couleurs",
        "Focus",
        "Boutons",
        "Cartes",
        "Badges",
        "Formulaires",
        "Alertes",
        "Urgence",
    ):
        assert heading in html, heading
    assert re.search(r"\d+(,\d+)? ?: ?1", html)  # contrast ratios are computed and shown


def test_site_search_keeps_the_place_and_hides_empty_groups(client, demo_directory):
    response = client.get("/recherche/", {"q": "harcelement", "lieu": "Seraing"})
    html = response.content.decode()
    results = response.context["results"]
    assert results.place_label
    assert "Pages du site (0)" not in html and "Outils et documents" not in html  # empty groups are hidden
    assert "/annuaire/?q=harcelement&amp;lieu=Seraing" in html or results.services_total <= len(results.services)
    for service in results.services:  # never « Nom — Nom »
        assert f'{service.name}</a> <span class="meta">— {service.name}</span>' not in html
