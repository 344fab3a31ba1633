"""Seed content: the four pathways, published but « brouillon à valider » (idempotent)."""

from django.db import transaction

from .choices import Audience
from .content import jeunes, medecins_nodes, medecins_outcomes, parents, professionnels
from .models import Pathway

SEED_PATHWAYS = [
    {
        "slug": "medecins",
        "title": "On me demande un certificat pour couvrir une absence scolaire",
        "audience": Audience.DOCTORS,
        "sort_order": 1,
        "summary": "Pour les médecins généralistes et pédiatres : ce que cache l'absence, ce qu'on peut écrire ou non, "
        "vers qui orienter près de chez la famille.",
        "intro": medecins_nodes.INTRO,
        "nodes": medecins_nodes.NODES + medecins_outcomes.NODES,
    },
    {
        "slug": "parents",
        "title": parents.TITLE,
        "audience": Audience.FAMILIES,
        "sort_order": 2,
        "summary": parents.SUMMARY,
        "intro": parents.INTRO,
        "nodes": parents.NODES,
    },
    {
        "slug": "professionnels",
        "title": professionnels.TITLE,
        "audience": Audience.PROFESSIONALS,
        "sort_order": 3,
        "summary": professionnels.SUMMARY,
        "intro": professionnels.INTRO,
        "nodes": professionnels.NODES,
    },
    {
        "slug": "jeunes",
        "title": jeunes.TITLE,
        "audience": Audience.YOUTH,
        "sort_order": 4,
        "summary": jeunes.SUMMARY,
        "intro": jeunes.INTRO,
        "nodes": jeunes.NODES,
    },
]


@transaction.atomic
def create_seed_pathway(spec: dict) -> Pathway:
    """Creates and publishes one seed pathway (publishing validates the tree)."""
    pathway = Pathway(
        slug=spec["slug"],
        title=spec["title"],
        audience=spec["audience"],
        summary=spec["summary"],
        intro=spec["intro"],
        nodes=spec["nodes"],
        sort_order=spec["sort_order"],
        live=False,
    )
    pathway.full_clean()
    pathway.save()
    pathway.save_revision().publish()
    return pathway


@transaction.atomic
def replace_seed_pathway(spec: dict) -> Pathway:
    """Publishes the current seed content as a new revision of an existing pathway (its history is kept)."""
    pathway = Pathway.objects.get(slug=spec["slug"])
    for name in ("title", "audience", "summary", "intro", "nodes", "sort_order"):
        setattr(pathway, name, spec[name])
    pathway.full_clean()
    pathway.save_revision().publish()
    return pathway


def load_demo(*, stdout=None, replace: bool = False) -> None:
    """Creates the seed pathways that do not exist yet; `replace` republishes the seed over existing ones."""
    for spec in SEED_PATHWAYS:
        if Pathway.objects.filter(slug=spec["slug"]).exists():
            if replace:
                replace_seed_pathway(spec)
                if stdout is not None:
                    stdout.write(f"Parcours « {spec['title']} » remplacé par le contenu de départ.")
            continue
        create_seed_pathway(spec)
        if stdout is not None:
            stdout.write(f"Parcours « {spec['title']} » chargé (brouillon à valider).")
