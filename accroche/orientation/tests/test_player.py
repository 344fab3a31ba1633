"""The player without JavaScript: answers by link or by form, several answers combined, stale links, status."""

import re
from html import unescape

from accroche.orientation.models import Pathway

H1 = re.compile(r'<h1 class="orientation__question" id="question">([^<]+)</h1>')
TICKED = re.compile(r'name="s" value="([0-9a-f-]{36})" id="[^"]+" checked')


def title(html):
    return unescape(H1.search(html).group(1))


def test_the_start_page_asks_the_first_question_with_the_postal_code(client, seed_pathways):
    html = client.get("/orientation/medecins/").content.decode()
    assert 'name="cp"' in html
    assert "Y a-t-il un danger immédiat ?" in html
    assert 'name="a" value="1"' in html and "Non, pas de danger immédiat" in html  # several answers possible
    assert "<details" in html and "À savoir avant de commencer" in html  # the reminders are collapsed


def test_answers_are_changeable_from_the_path(client, seed_pathways):
    html = client.get("/orientation/medecins/etape/", {"r": "0.4", "cp": "4800"}).content.decode()
    assert title(html) == "Que cache l'absence ?"
    change_links = re.findall(r'<a class="orientation-path__change" href="([^"]+)">', html)
    assert len(change_links) == 2
    back = client.get(unescape(change_links[1])).content.decode()  # change the answer of the 2nd step
    assert title(back) == "Que constatez-vous pour la période demandée ?"


def test_several_answers_are_combined_urgent_first_without_repeating_shared_blocks(client, pathways):
    response = client.get("/orientation/medecins/etape/", {"r": "0.4", "a": ["3", "1"], "cp": "4800"})
    assert response.status_code == 302 and "r=0.4.1,3" in response["Location"]  # a plain, shareable link
    html = unescape(client.get(response["Location"]).content.decode())
    assert "Refus scolaire anxieux probable + Harcèlement ou cyberharcèlement" in html
    assert html.count("<legend>Centre PMS (CPMS)</legend>") == 1  # one kind of help, listed once
    assert html.count("Avec l'accord</strong> du jeune") == 1  # the shared school-link block once


def test_suicide_risk_and_maltreatment_together(client, pathways):
    response = client.get("/orientation/medecins/etape/", {"a": ["1", "2"], "cp": "4000"}, follow=True)
    html = unescape(response.content.decode())
    assert "Urgence psychique + Maltraitance suspectée" in html
    assert "orientation-safety" in html and not TICKED.findall(html)  # nothing ticked: maltreatment is possible
    emergency = html[html.index("orientation-emergency") :]
    assert emergency.index("0800 32 123") < emergency.index("tel:112")  # suicide line first


def test_none_is_ignored_when_a_danger_is_ticked(client, seed_pathways):
    response = client.get("/orientation/medecins/etape/", {"a": ["0", "1"]})
    assert "r=1" in response["Location"] and "r=0" not in response["Location"]


def test_emergency_block_is_ordered_by_the_situation(client, pathways):
    maltreatment = unescape(client.get("/orientation/medecins/etape/", {"r": "2", "cp": "4800"}).content.decode())
    block = maltreatment[maltreatment.index("orientation-emergency") :]
    assert block.index('href="tel:103"') < block.index("SOS Enfants") < block.index('href="tel:112"')
    assert "0800 32 123" not in block[: block.index("</section>")]
    suicide = unescape(client.get("/orientation/medecins/etape/", {"r": "1", "cp": "4800"}).content.decode())
    block = suicide[suicide.index("orientation-emergency") :]
    assert block.index("tel:080032123") < block.index("tel:112") < block.index("tel:103")


def test_stale_or_broken_link_resumes_at_last_valid_step(client, seed_pathways):
    html = client.get("/orientation/medecins/etape/", {"r": "0.9.1"}).content.decode()
    assert title(html) == "Que constatez-vous pour la période demandée ?"
    assert "dernière étape valable" in html
    html = client.get("/orientation/medecins/etape/", {"r": "0.x"}).content.decode()
    assert "dernière étape valable" in html


def test_unknown_postal_code_is_said(client, pathways):
    html = client.get("/orientation/medecins/etape/", {"r": "0.4.1", "cp": "9999"}).content.decode()
    assert "non reconnu" in html


def test_outcome_opens_with_the_summary_and_the_sheet_button(client, pathways):
    html = client.get("/orientation/medecins/etape/", {"r": "0.4.1", "cp": "4800"}).content.decode()
    summary, button = html.index("L’essentiel"), html.index("Préparer la fiche")
    assert summary < button < html.index("Qui appeler près de")
    assert "<summary>Le certificat : ce qu’on peut écrire, ou non</summary>" in html  # explanations collapsed
    assert '<h2 id="sources-titre">Sources</h2>' in html and 'id="source-S14"' in html
    assert '<a href="#source-S14"' in html  # each statement still links to its source
    assert "[S14]" not in html.replace('id="source-S14"', "")


def test_parents_read_no_source_markers_and_tappable_numbers(client, pathways):
    html = client.get("/orientation/parents/etape/", {"r": "0.2", "cp": "4800"}).content.decode()
    body = html[: html.index('id="sources-titre"')]
    assert "[S" not in body and "orientation-ref" not in body
    assert "fiche remise à la famille" not in html and "médecin traitant" not in html


def test_young_people_have_their_own_pathway(client, pathways):
    html = client.get("/orientation/jeunes/").content.decode()
    assert 'data-review-state="source"' in html and "103" in html
    outcome = unescape(client.get("/orientation/jeunes/etape/", {"r": "0.6", "cp": "4800"}).content.decode())
    assert "l'école ne peut pas appeler ton médecin" in outcome
    assert "Préparer ma fiche" in outcome


def test_unpublished_pathway_is_not_served(client, seed_pathways):
    Pathway.objects.filter(slug="parents").update(live=False)
    assert client.get("/orientation/parents/").status_code == 404
    assert "Mon enfant ne va plus" not in client.get("/orientation/").content.decode()


def test_pathway_says_it_is_not_yet_reviewed_by_a_named_person(client, seed_pathways):
    html = client.get("/orientation/medecins/").content.decode()
    assert 'data-review-state="source"' in html and "Pas encore relu par une personne nommée" in html
    assert "Historique des modifications" in html
