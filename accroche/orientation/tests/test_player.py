"""The player without JavaScript: every path of every seeded pathway, followed link by link like a browser."""

import re
from html import unescape
from urllib.parse import parse_qs, urlparse

import pytest

from accroche.orientation.models import Pathway
from accroche.orientation.tree import all_paths

CHOICE = re.compile(r'<a class="orientation-choice" href="([^"]+)">([^<]+)</a>')
H1 = re.compile(r'<h1 class="orientation__question" id="question">([^<]+)</h1>')
SERVICE = re.compile(r'<li class="card orientation-service">')


def choices(html):
    return [(unescape(href), unescape(label)) for href, label in CHOICE.findall(html)]


def title(html):
    return unescape(H1.search(html).group(1))


@pytest.mark.parametrize("slug", ["medecins", "parents", "professionnels"])
def test_every_path_reaches_an_outcome_with_services_by_following_links(client, pathways, slug):
    pathway = pathways[slug]
    tree = pathway.tree()
    by_title = {n.title: n for n in tree}
    intro = client.get(f"/orientation/{slug}/")
    assert intro.status_code == 200
    assert 'name="cp"' in intro.content.decode()  # the postal code is asked once, at the start
    start = client.get(f"/orientation/{slug}/etape/", {"cp": "4800"})
    stack, outcomes_seen, pages = [(start, [])], set(), 0
    while stack:
        response, answers = stack.pop()
        pages += 1
        assert response.status_code == 200
        html = response.content.decode()
        node = by_title[title(html)]
        for label in answers:  # the path so far is visible, answer by answer
            assert label in unescape(html)
        if node.is_outcome:
            outcomes_seen.add(node.key)
            assert "Préparer la fiche pour la famille" in html
            assert len(SERVICE.findall(html)) >= 1, f"{slug}/{node.key}: no service listed"
            assert "4800 Verviers" in html
            if node.urgent:
                assert html.index("0800 32 123") < html.index('id="question"')  # emergency numbers first
                assert 'href="tel:112"' in html
            continue
        links = choices(html)
        assert [label for _, label in links] == ([a.label for a in node.answers] or ["Continuer"])
        for href, label in links:
            assert parse_qs(urlparse(href).query)["cp"] == ["4800"]  # the code is carried, never asked again
            stack.append((client.get(href), [*answers, label] if node.answers else answers))
    assert outcomes_seen == {n.key for n in tree if n.is_outcome}
    assert pages >= len(all_paths(tree))


def test_answers_are_changeable_from_the_path(client, seed_pathways):
    html = client.get("/orientation/medecins/etape/", {"r": "1.4.2", "cp": "4800"}).content.decode()
    assert title(html) == "L'examen montre-t-il un problème de santé qui rend l'élève incapable de suivre les cours ?"
    change_links = re.findall(r'<a class="orientation-path__change" href="([^"]+)">', html)
    assert len(change_links) == 3
    back = client.get(unescape(change_links[1])).content.decode()  # change the answer of the 2nd step
    assert title(back) == "Y a-t-il un danger immédiat ?"


def test_stale_or_broken_link_resumes_at_last_valid_step(client, seed_pathways):
    html = client.get("/orientation/medecins/etape/", {"r": "1.9.1"}).content.decode()
    assert title(html) == "Y a-t-il un danger immédiat ?"
    assert "dernière étape valable" in html
    html = client.get("/orientation/medecins/etape/", {"r": "1.x"}).content.decode()
    assert "dernière étape valable" in html


def test_unknown_postal_code_is_said_and_services_still_listed(client, pathways):
    html = client.get("/orientation/medecins/etape/", {"r": "1.4.3.3.1", "cp": "9999"}).content.decode()
    assert "non reconnu" in html
    assert SERVICE.search(html)


def test_unpublished_pathway_is_not_served(client, seed_pathways):
    Pathway.objects.filter(slug="parents").update(live=False)
    assert client.get("/orientation/parents/").status_code == 404
    assert "Mon enfant ne va plus" not in client.get("/orientation/").content.decode()


def test_pathway_says_it_is_not_yet_reviewed_by_a_named_person(client, seed_pathways):
    html = client.get("/orientation/medecins/").content.decode()
    assert 'data-review-state="source"' in html and "Pas encore relu par une personne nommée" in html
    assert "Historique des modifications" in html
