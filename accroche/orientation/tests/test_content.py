"""The seeded pathways: every step asks something, short summaries, sources complete, corrected facts pinned."""

import re

import pytest

from accroche.orientation.choices import NodeKind
from accroche.orientation.content import facts
from accroche.orientation.demo import SEED_PATHWAYS
from accroche.orientation.tree import all_paths, validate_tree

TEXT_FIELDS = (
    "body",
    "summary",
    "certificate",
    "contacts",
    "consent",
    "family_steps",
    "professional_steps",
    "youth_steps",
)


def nodes_of(spec):
    from accroche.orientation.models import Pathway, node_from_block

    pathway = Pathway(nodes=spec["nodes"])
    return [node_from_block(child.block_type, child.value) for child in pathway.nodes]


def words(html):
    return len(re.sub(r"<[^>]+>|\[S\d+\]", " ", html).split())


@pytest.fixture(params=[s["slug"] for s in SEED_PATHWAYS])
def spec(request, db):
    return next(s for s in SEED_PATHWAYS if s["slug"] == request.param)


def test_tree_is_complete_and_every_step_asks_something(spec):
    nodes = nodes_of(spec)
    assert validate_tree(nodes) == []
    assert all(n.kind != NodeKind.INFORMATION for n in nodes)
    lengths = sorted(len(p) - 1 for p in all_paths(nodes))
    assert lengths[len(lengths) // 2] <= 3 and max(lengths) <= 5


def test_outcomes_open_with_a_short_summary(spec):
    for node in nodes_of(spec):
        if node.is_outcome:
            assert node.summary, node.key
            assert words(node.summary) <= 120, (node.key, words(node.summary))


def test_every_marker_is_in_the_steps_sources(spec):
    for node in nodes_of(spec):
        cited = {c.citation.split("]")[0].strip("[") for c in node.sources}
        for field in TEXT_FIELDS:
            for code in re.findall(r"\[(S\d+)\]", getattr(node, field)):
                assert code in cited, (spec["slug"], node.key, field, code)


def test_uncertain_facts_are_flagged_everywhere(spec):
    texts = [spec["intro"]] + [getattr(n, f) for n in nodes_of(spec) for f in TEXT_FIELDS]
    uncertain = [r"458bis", r"art\. 196", r"4104", r"9e ou 10e", r"équipe mobile de crise", r"dès 14 ans", r"dixit"]
    for text in texts:
        for sentence in re.split(r"(?<=</li>)|(?<=</p>)", text):
            for pattern in uncertain:
                if re.search(pattern, sentence):
                    assert facts.FLAG in sentence, (spec["slug"], pattern, sentence[:120])


def test_no_step_claims_a_review_by_nobody(spec):
    assert all(not n.reviewer for n in nodes_of(spec))


def test_wording_of_thresholds_and_ages():
    assert "<strong>5 à 18 ans</strong>" in facts.SCHOOL_AGE
    assert "Dans le <strong>secondaire</strong>, une période de cours manquée sans justification" in facts.PERIOD_RULE
    assert "Dès le <strong>9e demi-jour</strong>" in facts.SIGNAL_9 and "au-delà de 9" not in facts.SIGNAL_9.lower()
    assert "<strong>8 à 16 demi-jours</strong>" in facts.PARENT_NOTES and "fondamental" in facts.PARENT_NOTES
    assert "Au-delà de <strong>20 demi-jours</strong>" in facts.TWENTY and "3e secondaire" in facts.TWENTY
    assert "0800 32 123" not in facts.SIGNAL_9


def test_no_unsourced_claims_left():
    every = " ".join(str(s) for s in SEED_PATHWAYS)
    assert "sans rendez-vous" not in every
    assert "Services assuétudes" not in every
    assert "mieux vaut agir avant" not in every  # nothing advises acting before a threshold long passed


def test_doctors_pathway_has_the_can_and_cannot_write_table():
    doctors = next(s for s in SEED_PATHWAYS if s["slug"] == "medecins")
    assert any(facts.CERTIFICATE_TABLE in n["value"].get("certificate", "") for n in doctors["nodes"])
