"""Service presentation videos: subtitles and transcript required, click-to-load, proposed by partners under
moderation, shown on the service page, the pathway outcomes' cards and in the library."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accroche.content.models import ServiceVideo

pytestmark = pytest.mark.django_db

VTT = b"WEBVTT\n\n00:00.000 --> 00:04.000\nBonjour, nous sommes le service.\n"


def _vtt(content=VTT, name="sous-titres.vtt"):
    return SimpleUploadedFile(name, content, content_type="text/vtt")


@pytest.fixture
def service(demo_directory, settings, tmp_path):
    from accroche.directory.models import Service

    settings.MEDIA_ROOT = tmp_path
    return Service.objects.public().first()


def test_subtitles_must_be_webvtt_and_a_transcript_and_one_video_source_are_required(service):
    video = ServiceVideo(
        service=service, title="Présentation", video_url="https://vimeo.com/123456", subtitles_fr=_vtt()
    )
    with pytest.raises(ValidationError) as error:
        video.full_clean()
    assert "transcript" in error.value.message_dict
    bad = ServiceVideo(
        service=service,
        title="Présentation",
        video_url="https://vimeo.com/123456",
        subtitles_fr=_vtt(b"1\n00:00:00,000 --> 00:00:04,000\nSRT\n", "st.vtt"),
        transcript="Texte.",
    )
    with pytest.raises(ValidationError) as error:
        bad.full_clean()
    assert "subtitles_fr" in error.value.message_dict
    other = ServiceVideo(
        service=service,
        title="Présentation",
        video_url="https://example.org/film.mp4",
        subtitles_fr=_vtt(),
        transcript="Texte.",
    )
    with pytest.raises(ValidationError):
        other.full_clean()


def test_a_linked_video_loads_nothing_from_the_provider_before_a_click(client, service):
    video = ServiceVideo(
        service=service,
        title="Le service en deux minutes",
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        subtitles_fr=_vtt(),
        transcript="Bonjour, nous sommes le service.",
    )
    video.full_clean()
    video.save()
    html = client.get(service.get_absolute_url()).content.decode()
    assert "Le service en deux minutes" in html
    assert "<iframe" not in html and "youtube-nocookie.com/embed/dQw4w9WgXcQ" in html  # only as data-embed
    assert "Transcription" in html and "Bonjour, nous sommes le service." in html
    assert "Sous-titres en français (WebVTT)" in html
    library = client.get("/outils/").content.decode()
    assert "Vidéos de présentation des services" in library and video.get_absolute_url() in library


def test_a_partner_proposes_a_video_that_stays_hidden_until_the_coordination_accepts_it(
    client, service, django_user_model
):
    from accroche.network.models import ChangeRequest, PartnerMembership
    from accroche.network.services.moderation import change_request_approve

    partner = django_user_model.objects.create_user("partenaire", "p@test.invalid", "un-mot-de-passe-long")
    PartnerMembership.objects.create(user=partner, organization=service.organization)
    client.force_login(partner)
    url = reverse("content:service_video_propose", args=(service.pk,))
    response = client.post(
        url,
        {
            "title": "Notre accueil",
            "video_url": "https://vimeo.com/123456",
            "subtitles_fr": _vtt(),
            "transcript": "Nous accueillons les jeunes sans rendez-vous le mercredi.",
        },
    )
    assert response.status_code == 302
    video = ServiceVideo.objects.get()
    change = ChangeRequest.objects.get()
    assert video.change_request == change and change.is_pending
    client.logout()
    assert "Notre accueil" not in client.get(service.get_absolute_url()).content.decode()

    coordinator = django_user_model.objects.create_superuser("coord", "c@test.invalid", "un-mot-de-passe-long")
    change_request_approve(change_request=change, reviewer=coordinator)
    assert "Notre accueil" in client.get(service.get_absolute_url()).content.decode()


def test_a_proposal_without_subtitles_is_refused_with_a_clear_error(client, service, django_user_model):
    from accroche.network.models import ChangeRequest, PartnerMembership

    partner = django_user_model.objects.create_user("partenaire", "p@test.invalid", "un-mot-de-passe-long")
    PartnerMembership.objects.create(user=partner, organization=service.organization)
    client.force_login(partner)
    response = client.post(
        reverse("content:service_video_propose", args=(service.pk,)),
        {"title": "Notre accueil", "video_url": "https://vimeo.com/123456", "transcript": "Texte."},
    )
    assert response.status_code == 200
    assert "sous-titres français (WebVTT)" in response.content.decode()
    assert not ServiceVideo.objects.exists() and not ChangeRequest.objects.exists()


def test_another_organisations_partner_cannot_propose_a_video(client, service, django_user_model):
    other = django_user_model.objects.create_user("autre", "a@test.invalid", "un-mot-de-passe-long")
    from accroche.directory.models import Organization
    from accroche.network.models import PartnerMembership

    elsewhere = Organization.objects.exclude(pk=service.organization_id).first()
    PartnerMembership.objects.create(user=other, organization=elsewhere)
    client.force_login(other)
    assert client.get(reverse("content:service_video_propose", args=(service.pk,))).status_code == 404


def test_the_map_popup_data_says_when_a_service_has_a_video(client, service):
    import json

    from accroche.directory.models import Service
    from accroche.search.indexing import rebuild_search_index

    rebuild_search_index()
    features = json.loads(client.get("/carte/donnees.geojson").content)["features"]
    assert features and not any(f["properties"].get("video") for f in features)
    located = Service.objects.get(slug=features[0]["properties"]["id"])
    video = ServiceVideo(
        service=located,
        title="Présentation",
        video_url="https://vimeo.com/123456",
        subtitles_fr=_vtt(),
        transcript="Texte.",
    )
    video.full_clean()
    video.save()
    features = json.loads(client.get("/carte/donnees.geojson").content)["features"]
    assert {f["properties"]["id"] for f in features if f["properties"].get("video")} == {located.slug}
