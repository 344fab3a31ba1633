import io
import re

import pytest
from wagtail.models import Page, Site

from accroche.content import models as cms
from accroche.content.demo import load_demo

pytestmark = pytest.mark.django_db


def test_every_page_type_renders_in_french(client, content_examples):
    page_types = (cms.HomePage, cms.AudiencePage, cms.ProjectPage, cms.TimelinePage, cms.NewsIndexPage, cms.NewsPage)
    for model in (*page_types, cms.RulePage, cms.StandardPage):
        page = model.objects.live().first()
        response = client.get(page.url)
        html = response.content.decode()
        assert response.status_code == 200, model
        assert '<html lang="fr-BE">' in html
        assert page.title.replace("’", "&#x27;").split(" ")[0] in html or page.title in html
        assert 'property="og:title"' in html and 'property="og:url"' in html


def test_home_has_the_four_doors_in_order(client, content_site):
    html = client.get("/").content.decode()
    labels = re.findall(r'<span class="door__label">([^<]+)</span>', html)
    assert labels == ["Je suis médecin", "Je travaille avec des jeunes", "Je suis parent", "Je suis jeune"]
    for page in cms.AudiencePage.objects.all():
        assert f'href="{page.url}"' in html


@pytest.mark.parametrize(
    "door,pathway,public",
    [
        ("medecins", "/orientation/medecins/", "medecins"),
        ("familles", "/orientation/parents/", "familles"),
        ("professionnels", "/orientation/professionnels/", "professionnels"),
        ("jeunes", "/orientation/jeunes/", "jeunes"),
    ],
)
def test_audience_page_links_pathway_directory_and_documents(client, content_examples, door, pathway, public):
    page = cms.AudiencePage.objects.get(door=door)
    html = client.get(page.url).content.decode()
    assert f'href="{pathway}"' in html
    assert f'href="/annuaire/?public={public}"' in html
    assert f'href="/outils/?public={door}"' in html
    documents = cms.Resource.objects.filter(audiences__code=door)
    assert documents.exists()
    for resource in documents[:6]:
        assert resource.get_absolute_url() in html


def test_breadcrumbs_lead_back_home(client, content_site):
    timeline = cms.TimelinePage.objects.get()
    html = client.get(timeline.url).content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs[^>]*>(.*?)</nav>', html, re.S).group(1)
    assert crumbs.index('href="/"') < crumbs.index('href="/le-projet/"') < crumbs.index('aria-current="page"')


def test_rule_page_gives_a_source_and_its_consultation_date_for_every_statement(client, content_site):
    page = cms.RulePage.objects.get()
    html = client.get(page.url).content.decode()
    statements = page.statements()
    assert len(statements) >= 8
    assert html.count('class="statement"') == len(statements)
    assert html.count("source consultée le") == len(statements)
    for value in statements:
        assert value["source_url"].replace("&", "&amp;") in html
    # Nobody named has reviewed it: no « vérifié », no « relu par », and the page says so.
    assert "vérifié le" not in _text(html) and "Relu par" not in html and ": relu par" not in html
    assert "Dossier de recherche" not in html
    assert 'data-review-state="source"' in html and "Pas encore relu par une personne nommée" in html
    assert "Sources consultées le" in html


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def test_rule_page_pins_the_corrected_thresholds_ages_and_numbers(client, content_site):
    text = _text(client.get(cms.RulePage.objects.get().url).content.decode())
    assert "mineurs de 5 à 18 ans" in text
    assert "1 période de cours non justifiée = 1 demi-jour" in text
    assert "Dès le 9e demi-jour" in text and "au-delà de 9 demi-jours" not in text.lower()
    assert "entre 8 et 16 demi-jours" in text
    assert "Au-delà de 20 demi-jours" in text
    assert "au plus tard le 5e jour ouvrable" in text
    assert "mot des parents est illimité" in text  # primary school, flagged
    assert "Ce que le médecin peut / ne peut pas écrire" in text
    assert "Mentionner le diagnostic à l’école" in text


@pytest.mark.parametrize(
    "fragment",
    [
        "au 9e demi-jour selon sos-ecole.be, à partir du 10e",  # parents called in: 9th or 10th
        "articles 196, 197, 204 et 207 du Code pénal",
        "circulaire n° 4104",
        "dès 14 ans (une autre source cite 12 ans",  # SAJ consent age
        "mot des parents est illimité",
    ],
)
def test_uncertain_facts_are_flagged_a_verifier_the_same_way(client, content_site, fragment):
    page = cms.RulePage.objects.get()
    matching = [v for v in page.statements() if fragment in _text(str(v["text"]))]
    assert len(matching) == 1, fragment
    assert matching[0]["to_verify"]
    html = client.get(page.url).content.decode()
    statement = next(
        block
        for block in re.findall(r'<div class="statement">.*?</div>\s*<p class="source-note">', html, re.S)
        if fragment in _text(block)
    )
    assert '<span class="badge badge--warn"' in statement and "À vérifier" in statement


def test_reference_site_has_no_invented_example(client, content_site):
    assert not cms.NewsPage.objects.exists()
    assert not cms.Resource.objects.filter(is_demo=True).exists()
    for page in Page.objects.live().specific():
        assert not getattr(page, "is_demo", False), page
        html = client.get(page.url).content.decode()
        for invented in ("Exemple", "[Démo]", "(exemple)", "à compléter"):
            assert invented not in html, (page.url, invented)
    assert "Aucune actualité" in client.get("/actualites/").content.decode()


def test_timeline_lists_events_from_2019_in_date_order(client, content_site):
    page = cms.TimelinePage.objects.get()
    html = client.get(page.url).content.decode()
    years = re.findall(r'<time datetime="(\d{4})', html)
    assert years[0] == "2019" and years == sorted(years)


def test_invented_content_is_marked_as_example(client, content_examples):
    news = cms.NewsPage.objects.live().first()
    assert news.is_demo
    assert "Exemple" in client.get(news.url).content.decode()


def test_legal_page_is_at_the_footer_address_and_promises_no_tracking(client, content_site):
    html = client.get("/mentions-legales/").content.decode()
    assert "aucun cookie de suivi" in html
    assert 'href="/mentions-legales/"' in client.get("/").content.decode()


def test_legal_page_says_plainly_when_publisher_contact_and_privacy_officer_are_not_set(client, content_site, settings):
    settings.SITE_PUBLISHER = settings.SITE_CONTACT_EMAIL = settings.SITE_PRIVACY_OFFICER = ""
    html = client.get("/mentions-legales/").content.decode()
    assert html.count("Non renseigné") == 3
    settings.SITE_PUBLISHER = "ASBL Exemple-Test, rue de la Gare 1, 4000 Liège"
    settings.SITE_CONTACT_EMAIL = "contact@test.invalid"
    settings.SITE_PRIVACY_OFFICER = "Délégué Test, dpo@test.invalid"
    html = client.get("/mentions-legales/").content.decode()
    assert "Non renseigné" not in html
    assert "rue de la Gare 1" in html and 'href="mailto:contact@test.invalid"' in html and "dpo@test.invalid" in html


def test_demo_is_idempotent(content_site):
    counts = (Page.objects.count(), cms.Resource.objects.count())
    load_demo(stdout=io.StringIO())
    assert (Page.objects.count(), cms.Resource.objects.count()) == counts


def test_demo_recreates_the_wagtail_root_and_site_after_a_flush(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    from wagtail.models import Collection

    Site.objects.all().delete()
    Page.objects.filter(depth=1).delete()
    Collection.objects.all().delete()
    assert not Page.objects.exists()
    load_demo(stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, cms.HomePage)
    assert cms.AudiencePage.objects.live().count() == 4


def test_not_found_page_is_in_french(client, content_site):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Cette page est introuvable" in response.content.decode()


def test_server_error_page_is_in_french_without_inline_style(rf):
    from accroche.core.views import server_error

    response = server_error(rf.get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Un problème est survenu" in html and "<style" not in html


def test_footer_links_follow_the_cms_pages_when_an_editor_renames_them(client, content_site):
    """The footer finds the project, news and legal pages as pages, not as written addresses."""
    html = client.get("/").content.decode()
    assert 'href="/le-projet/"' in html and 'href="/actualites/"' in html and 'href="/mentions-legales/"' in html
    project = cms.ProjectPage.objects.get()
    project.slug = "notre-projet"
    project.save_revision().publish()
    html = client.get("/").content.decode()
    assert 'href="/notre-projet/"' in html and 'href="/le-projet/"' not in html
