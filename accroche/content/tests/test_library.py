import datetime

import pytest

from accroche.content.models import Resource

pytestmark = pytest.mark.django_db


def _titles(response):
    return [r.title for r in response.context["resources"]]


def test_library_lists_every_published_tool(client, content_site):
    response = client.get("/outils/")
    assert response.status_code == 200
    assert len(_titles(response)) == Resource.objects.published().count()


@pytest.mark.parametrize(
    "query,check",
    [
        ("public=medecins", lambda r: r.audiences.filter(code="medecins").exists()),
        ("type=flyer", lambda r: r.kind == "flyer"),
        ("format=pdf", lambda r: r.format == "pdf"),
        ("format=web", lambda r: r.format == "web"),
    ],
)
def test_library_filters(client, content_examples, query, check):
    resources = list(client.get(f"/outils/?{query}").context["resources"])
    assert resources
    assert all(check(r) for r in resources)
    assert len(resources) < Resource.objects.count()


def test_unknown_filter_value_is_ignored_with_a_message(client, content_examples):
    response = client.get("/outils/?type=<script>&langue=xx")
    assert response.status_code == 200
    assert "ont été ignorés" in response.content.decode()
    assert len(_titles(response)) == Resource.objects.count()


def test_resource_page_shows_audience_format_language_date_and_licence(client, content_examples):
    resource = Resource.objects.get(slug="exemple-flyer-parents")
    html = client.get(resource.get_absolute_url()).content.decode()
    for text in ("Parents et familles", "PDF à imprimer", "Français", "septembre 2021", "CC BY-NC-ND 4.0", "Exemple"):
        assert text in html, text
    assert resource.document.url in html


def test_unpublished_tool_is_not_found(client, content_site):
    Resource.objects.filter(slug="affiches-du-groupe").update(published=False)
    assert client.get("/outils/affiches-du-groupe/").status_code == 404


def test_the_seeds_real_tools_are_described_without_invented_date_licence_or_file(client, content_site):
    """The reference tools link to where they are published, say « à vérifier » and invent nothing."""
    tools = Resource.objects.all()
    assert {t.slug for t in tools} >= {
        "webinaire-medecins-2020",
        "webinaire-intervenants-2020",
        "webinaire-familles-2020",
        "affiches-du-groupe",
        "flyers-du-groupe",
    }
    assert not tools.filter(is_demo=True).exists()
    assert not tools.exclude(document=None).exists()  # no placeholder file
    assert not tools.exclude(published_on=None).exists()  # no invented date
    assert set(tools.values_list("licence", flat=True)) == {"a-verifier"}
    assert not tools.filter(language="de").exists()  # the German flyer does not exist
    html = client.get("/outils/webinaire-medecins-2020/").content.decode()
    assert "2020" in html and "À vérifier" in html and "Licence à vérifier" in html
    assert 'href="https://accrochaje.cfwb.be/productions/ensemble-accrochons-nous"' in html
    assert "Exemple" not in html


@pytest.mark.parametrize(
    "url,embed",
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"),
        ("https://vimeo.com/123456", "https://player.vimeo.com/video/123456?dnt=1&autoplay=1"),
        ("https://example.org/video.mp4", ""),
    ],
)
def test_embed_url_uses_privacy_friendly_players(url, embed):
    assert Resource(video_url=url).embed_url == embed


def test_video_page_loads_no_third_party_content_before_a_click(client, content_site):
    resource = Resource.objects.create(
        slug="video-test",
        title="Présentation d’un service",
        kind="video",
        format="video",
        published_on=datetime.date(2023, 1, 1),
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    )
    resource.audiences.set(["familles"])
    html = client.get(resource.get_absolute_url()).content.decode()
    assert "<iframe" not in html
    assert 'data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html
    assert "youtube.com/" not in html.replace('href="https://www.youtube.com/watch', "")  # only the plain link


def test_library_for_tag_lists_an_audience_tools_for_other_apps(content_site):
    from django.template import Context, Template

    html = Template('{% load content_tags %}{% library_for "medecins" 2 %}').render(Context({}))
    assert html.count('class="card resource-card"') == 2
    assert 'href="/outils/?public=medecins"' in html


def test_coordinator_can_open_the_library_and_page_editors(client, content_site, django_user_model):
    from accroche.content.models import AudiencePage, RulePage, TimelinePage

    admin = django_user_model.objects.create_superuser("coord", "coord@example.org", "un-mot-de-passe-long")
    client.force_login(admin)
    assert client.get("/admin/snippets/content/resource/").status_code == 200
    assert client.get("/admin/snippets/content/resource/add/").status_code == 200
    for model in (AudiencePage, RulePage, TimelinePage):
        page = model.objects.first()
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_service_page_shows_documents_for_the_service_audience(client, content_site, demo_directory):
    from accroche.directory.models import Service

    service = next(s for s in Service.objects.public() if any(t.code == "familles" for t in s.audiences))
    first = service.audiences[0].code
    html = client.get(service.get_absolute_url()).content.decode()
    assert "Documents utiles" in html
    assert f'href="/outils/?public={first}"' in html
