"""Browser tests of the public site: every page type passes axe, the four doors, the library, the video facade."""

import datetime

import pytest

from tests.e2e.conftest import html_errors

PAGE_TYPES = {
    "accueil": "/",
    "public": "/je-suis-medecin/",
    "projet": "/le-projet/",
    "ligne du temps": "/le-projet/ligne-du-temps/",
    "actualités": "/actualites/",
    "actualité": "/actualites/exemple-plateforme-en-ligne/",
    "règle": "/absences-et-certificats/",
    "page simple": "/mentions-legales/",
    "outils": "/outils/?public=familles",
    "outil": "/outils/exemple-flyer-parents/",
    "outil réel à vérifier": "/outils/webinaire-medecins-2020/",
    "parcours (état de relecture, historique)": "/orientation/medecins/",
    "recherche": "/recherche/?q=certificat",
    "recherche avec lieu": "/recherche/?q=harcelement&lieu=Seraing",
    "système de design": "/design/",
    "annuaire": "/annuaire/?q=harcelement&lieu=waremme",
    "introuvable": "/cette-page-n-existe-pas/",
}


def test_every_page_type_has_no_axe_violation(site_data, live_server, page, axe):
    for name, path in PAGE_TYPES.items():
        response = page.goto(live_server.url + path)
        assert response.status == (404 if name == "introuvable" else 200), name
        assert page.locator("h1").count() == 1, name
        assert axe(page) == [], name


def test_rendered_pages_are_valid_html(site_data, live_server, page, tmp_path):
    """The Nu HTML checker (vnu-jar) reports no error on the rendered pages of each type."""
    pages = {name.replace(" ", "-"): path for name, path in PAGE_TYPES.items()}
    assert html_errors(page, live_server.url, pages, tmp_path) == []


@pytest.mark.parametrize(
    "door,pathway,public",
    [
        ("Je suis médecin", "/orientation/medecins/", "medecins"),
        ("Je travaille avec des jeunes", "/orientation/professionnels/", "professionnels"),
        ("Je suis parent", "/orientation/parents/", "familles"),
        ("Je suis jeune", "/orientation/jeunes/", "jeunes"),
    ],
)
def test_each_audience_reaches_pathway_services_and_documents_in_three_clicks(
    site_data, live_server, page, door, pathway, public
):
    home = live_server.url + "/"
    page.goto(home)
    page.get_by_role("link", name=door).click()  # click 1
    audience_url = page.url
    assert page.locator(f'a[href="{pathway}"]').count() >= 1  # click 2 reaches the pathway
    page.locator(".action--directory a").click()  # click 2
    assert page.url == f"{live_server.url}/annuaire/?public={public}"
    page.goto(audience_url)
    page.locator(".resource-card a").first.click()  # click 2: a document page
    assert "/outils/" in page.url
    page.get_by_role("link", name="Télécharger").or_(
        page.get_by_role("link", name="Voir là où il est publié")
    ).first.wait_for()


def test_library_filters_without_javascript(site_data, live_server, nojs_page):
    nojs_page.goto(live_server.url + "/outils/")
    total = nojs_page.locator(".resource-card").count()
    nojs_page.select_option("#lib-type", "flyer")
    nojs_page.get_by_role("button", name="Afficher").click()
    assert "type=flyer" in nojs_page.url
    kinds = nojs_page.locator(".resource-card .resource-card__kind .badge").first.all_inner_texts()
    assert 0 < nojs_page.locator(".resource-card").count() < total
    assert kinds == ["Flyer"]


def test_video_loads_no_third_party_content_until_click(site_data, live_server, page, axe):
    from accroche.content.models import Resource

    resource = Resource.objects.create(
        slug="video-de-test",
        title="Présentation d’un service (test)",
        kind="video",
        format="video",
        published_on=datetime.date(2023, 1, 1),
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    )
    resource.audiences.set(["familles"])
    outside = []
    page.on("request", lambda request: outside.append(request.url) if "youtube" in request.url else None)
    page.goto(live_server.url + resource.get_absolute_url())
    page.wait_for_load_state("networkidle")
    assert outside == []
    assert page.locator("iframe").count() == 0
    assert axe(page) == []
    page.get_by_role("button", name="Lancer la vidéo").click()
    frame = page.locator("iframe.video-facade__frame")
    assert frame.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    page.wait_for_timeout(300)
    assert any("youtube-nocookie.com" in url for url in outside)


def test_mobile_menu_opens_and_closes(site_data, live_server, phone_page, axe):
    phone_page.goto(live_server.url + "/")
    toggle = phone_page.get_by_role("button", name="Menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not phone_page.get_by_role("link", name="Annuaire").is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert phone_page.get_by_role("link", name="Annuaire").is_visible()
    assert axe(phone_page) == []
    phone_page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"


def test_navigation_and_site_search_work_without_javascript(site_data, live_server, nojs_page):
    nojs_page.set_viewport_size({"width": 390, "height": 844})
    nojs_page.goto(live_server.url + "/")
    assert not nojs_page.get_by_role("link", name="Outils").is_visible()
    nojs_page.get_by_role("link", name="Menu").click()  # an anchor to #site-nav: CSS :target opens the menu
    assert nojs_page.get_by_role("link", name="Outils").is_visible()
    nojs_page.fill("#site-search-q", "certificat")
    nojs_page.locator(".site-search__button").click()
    assert "/recherche/?q=certificat" in nojs_page.url
    assert nojs_page.get_by_role(
        "link", name="Absences scolaires et certificats médicaux : ce que dit la règle"
    ).count()


def test_service_video_loads_nothing_from_the_provider_before_a_click(site_data, live_server, page, axe, tmp_path):
    from django.core.files.base import ContentFile

    from accroche.content.models import ServiceVideo
    from accroche.directory.models import Service

    service = Service.objects.public().first()
    video = ServiceVideo(
        service=service,
        title="Le service en deux minutes",
        video_url="https://vimeo.com/123456",
        transcript="Bonjour, nous accueillons les jeunes et leurs parents.",
    )
    video.subtitles_fr.save("test-e2e.vtt", ContentFile(b"WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n"), save=False)
    video.save()
    outside = []
    page.on("request", lambda request: outside.append(request.url) if "vimeo" in request.url else None)
    page.goto(live_server.url + service.get_absolute_url())
    page.wait_for_load_state("networkidle")
    assert outside == [] and page.locator("iframe").count() == 0
    assert page.get_by_text("Transcription").count() == 1
    assert axe(page) == []
    page.get_by_role("button", name="Lancer la vidéo").click()
    assert page.locator("iframe.video-facade__frame").get_attribute("src").startswith("https://player.vimeo.com/")
