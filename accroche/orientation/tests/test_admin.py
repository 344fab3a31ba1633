"""Editing in the Wagtail admin: drafts may be incomplete, publishing an incomplete tree is refused by name."""

import datetime

import pytest
from django.test import RequestFactory
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from accroche.orientation.models import Pathway, PathwayTreeError

from .factories import info, out, q, stream


def node_form(node_type, key, title, *, answers=(), next_key=""):
    value = {
        "key": key,
        "title": title,
        "body": rich_text(""),
        "sources": streamfield([]),
        "reviewed_on": "",
        "reviewer": "Dr Test",
    }
    if node_type == "question":
        value["answers"] = streamfield([("item", {"label": label, "next": target}) for label, target in answers])
    elif node_type == "information":
        value["next"] = next_key
    else:
        value.update(
            certificate=rich_text(""),
            contacts=rich_text(""),
            consent=rich_text(""),
            family_steps=rich_text(""),
            query={"types": ["cpms"]},
        )
    return (node_type, value)


def pathway_form(nodes, *, publish=False, **extra):
    data = nested_form_data(
        {
            "title": "Parcours de test",
            "slug": "test",
            "audience": "familles",
            "summary": "",
            "intro": rich_text(""),
            "sort_order": "0",
            "nodes": streamfield(nodes),
            **extra,
        }
    )
    if publish:
        data["action-publish"] = "action-publish"
    return data


DEAD_END = [
    node_form("question", "N1", "Départ ?", answers=[("Oui", "O1"), ("Non", "N9")]),
    node_form("outcome", "O1", "Fin"),
]
VALID = [
    node_form("question", "N1", "Départ ?", answers=[("Oui", "O1"), ("Non", "I1")]),
    node_form("information", "I1", "À savoir", next_key="O1"),
    node_form("outcome", "O1", "Fin"),
]


@pytest.fixture
def add_url():
    return reverse("wagtailsnippets_orientation_pathway:add")


def test_publishing_a_dead_end_is_refused_with_the_node_named(admin_client, add_url):
    response = admin_client.post(add_url, pathway_form(DEAD_END, publish=True))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Publication refusée" in content and "N1" in content and "N9" in content
    assert not Pathway.objects.exists()


def test_an_incomplete_tree_can_be_saved_as_a_draft(admin_client, add_url):
    response = admin_client.post(add_url, pathway_form(DEAD_END))
    assert response.status_code == 302
    pathway = Pathway.objects.get(slug="test")
    assert not pathway.live
    assert pathway.revisions.count() == 1


def test_a_complete_tree_is_published_but_not_validated_without_a_sign_off(admin_client, add_url):
    response = admin_client.post(add_url, pathway_form(VALID, publish=True))
    assert response.status_code == 302
    pathway = Pathway.objects.get(slug="test")
    assert pathway.live and not pathway.is_validated
    assert [n.key for n in pathway.tree()] == ["N1", "I1", "O1"]
    edit_url = reverse("wagtailsnippets_orientation_pathway:edit", args=[pathway.pk])
    cycle = [
        node_form("question", "N1", "Départ ?", answers=[("Oui", "O1"), ("Non", "I1")]),
        node_form("information", "I1", "À savoir", next_key="N1"),
        node_form("outcome", "O1", "Fin"),
    ]
    response = admin_client.post(edit_url, pathway_form(cycle, publish=True))
    assert "Boucle" in response.content.decode() and "I1" in response.content.decode()
    pathway.refresh_from_db()
    assert pathway.tree()[1].next == "O1"  # the live version is untouched


def test_publishing_outside_the_admin_is_refused_too(db):
    pathway = Pathway.objects.create(
        slug="x", title="X", audience="familles", live=False, nodes=stream([q("N1", "N2"), info("N2", "N1"), out("O1")])
    )
    with pytest.raises(PathwayTreeError) as error:
        pathway.save_revision().publish()
    assert {p.key for p in error.value.problems} >= {"O1"}
    assert not Pathway.objects.get(pk=pathway.pk).live


def test_preview_shows_the_problems_of_a_draft(db, admin_user):
    pathway = Pathway(slug="x", title="X", audience="familles", nodes=stream([q("N1", "O1"), out("O1"), out("O2")]))
    request = RequestFactory().get("/")
    request.user = admin_user
    html = pathway.serve_preview(request, "").render().content.decode()
    assert "ne peut pas encore être publié" in html and "O2" in html


def test_seed_pathway_opens_in_the_editor_and_its_preview(admin_client, seed_pathways):
    pathway = seed_pathways["medecins"]
    edit = admin_client.get(reverse("wagtailsnippets_orientation_pathway:edit", args=[pathway.pk]))
    assert edit.status_code == 200
    assert "Validation du contenu" in edit.content.decode()
    history = admin_client.get(reverse("wagtailsnippets_orientation_pathway:history", args=[pathway.pk]))
    assert history.status_code == 200
    listing = admin_client.get(reverse("wagtailsnippets_orientation_pathway:list")).content.decode()
    assert "Mon enfant ne va plus" in listing and "Source consultée" in listing


def test_no_manual_validated_choice_the_state_comes_from_named_sign_offs(admin_client, admin_user, add_url):
    """Issue 14: the admin offered a « Validé » selector; the list could say « Validé » with nobody named."""
    from django.contrib.contenttypes.models import ContentType

    from accroche.review.models import SignOff

    # A crafted post with the old field changes nothing: there is no such field any more.
    response = admin_client.post(add_url, pathway_form(VALID, publish=True, validation_status="valide"))
    assert response.status_code == 302
    pathway = Pathway.objects.get(slug="test")
    edit = admin_client.get(reverse("wagtailsnippets_orientation_pathway:edit", args=[pathway.pk])).content.decode()
    assert 'name="validation_status"' not in edit
    list_url = reverse("wagtailsnippets_orientation_pathway:list")
    listing = admin_client.get(list_url).content.decode()
    assert "Source consultée" in listing and "Validé" not in listing
    assert "Pas encore relu" in admin_client.get(pathway.get_absolute_url()).content.decode()

    # A named validation of the live revision: « Validé » in the list and on the public page, with the name.
    SignOff.objects.create(
        content_type=ContentType.objects.get_for_model(Pathway),
        object_id=str(pathway.pk),
        revision_id=pathway.live_revision_id,
        step="validation-reseau",
        group_name="Validation réseau (coordination)",
        reviewer=admin_user,
        reviewer_name="Marc Coordinateur",
        role="coordinateur",
        organisation="Plateforme de test",
        comment="Relu en réunion.",
        validates=True,
        next_review_on=datetime.date.today() + datetime.timedelta(days=365),
    )
    assert Pathway.objects.get(pk=pathway.pk).is_validated
    assert "Validé" in admin_client.get(list_url).content.decode()
    assert "Marc Coordinateur" in admin_client.get(pathway.get_absolute_url()).content.decode()

    # A change published without review brings the state back: the list no longer says « Validé ».
    admin_client.post(
        reverse("wagtailsnippets_orientation_pathway:edit", args=[pathway.pk]),
        pathway_form(VALID, publish=True, title="Parcours de test modifié"),
    )
    assert not Pathway.objects.get(pk=pathway.pk).is_validated
    assert "Validé" not in admin_client.get(list_url).content.decode()
