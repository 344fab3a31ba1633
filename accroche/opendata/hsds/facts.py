"""Model fields without an HSDS column, exchanged as HSDS attributes (decision 0081).

The service facts (line, free, mandate…) are the directory's « faits-du-service » vocabulary (real terms, see
accroche/directory/attributes.py). The few fields it leaves out (slug, source id, commune code, position precision…)
go through this app's taxonomy « accroche-complements », whose terms are not database rows: their UUIDs are derived
(uuid5) so every export gives the same ids.
"""

import uuid
from dataclasses import dataclass

NAMESPACE = uuid.UUID("0b6c5a52-6f0e-4b8e-9a55-1f4d7f1f8a80")
FACTS_TAXONOMY_CODE = "accroche-complements"
FACTS_TAXONOMY_ID = uuid.uuid5(NAMESPACE, f"taxonomy:{FACTS_TAXONOMY_CODE}")
FACT_LINK_TYPE = "fact"


@dataclass(frozen=True)
class Fact:
    entity: str  # HSDS link_entity: service, organization, location, service_area
    code: str  # term code (without the taxonomy prefix)
    field: str  # model field name
    kind: str  # str | bool | int | fk (foreign key column `<field>_id`)
    name: str
    description: str

    @property
    def term_id(self) -> uuid.UUID:
        return uuid.uuid5(NAMESPACE, f"fact:{self.entity}:{self.code}")


# The directory's own facts vocabulary (« faits-du-service », accroche/directory/attributes.py) exports the
# service facts; on import each of its codes goes back to its typed field (ages come from the service columns).
SERVICE_FACT_FIELDS = {
    "ligne": ("line", "str"),
    "gratuit": ("free", "str"),
    "anonyme": ("anonymous", "str"),
    "mandat": ("mandate", "str"),
    "plateforme": ("plateforme", "str"),
    "territoire": ("scope", "str"),
    "ligne-d-aide": ("is_helpline", "bool"),
    "source": ("source_url", "str"),
    "fiabilite": ("confidence", "str"),
    "donnee-de-demonstration": ("is_demo", "bool"),
}

# The fields the facts vocabulary leaves out, exchanged through this app's own taxonomy (never stored as rows).
FACTS = [
    Fact(
        "service", "ages-texte", "age_description", "str", "Âges (texte)", "Tranche d'âge telle que la source l'écrit."
    ),
    Fact("service", "autres-sources", "extra_sources", "str", "Autres sources", "Autres sources consultées."),
    Fact("service", "annee-source", "source_year", "int", "Année de la source", "Année de publication de la source."),
    Fact("service", "identifiant-source", "external_id", "str", "Identifiant source", "Identifiant stable d'import."),
    Fact("service", "page", "slug", "str", "Adresse de la page", "Dernier segment de l'adresse de la fiche."),
    Fact("organization", "page", "slug", "str", "Adresse de la page", "Dernier segment de l'adresse."),
    Fact(
        "location",
        "precision-position",
        "geo_precision",
        "str",
        "Précision de la position",
        "adresse, localite (centre du code postal) ou commune (centre de la commune).",
    ),
    Fact("location", "code-ins", "commune", "fk", "Commune (code INS)", "Code INS (Statbel) de la commune."),
    Fact("service_area", "code-ins", "commune", "fk", "Commune (code INS)", "Code INS (Statbel) de la commune."),
]
FACTS_BY_TERM = {f.term_id: f for f in FACTS}


def facts_for(entity: str) -> list[Fact]:
    return [f for f in FACTS if f.entity == entity]


def attribute_id(*, entity: str, link_id, code: str) -> uuid.UUID:
    """Returns the stable id of one attribute row (same record, same fact → same id)."""
    return uuid.uuid5(NAMESPACE, f"attribute:{entity}:{link_id}:{code}")


def fact_value(fact: Fact, obj) -> str:
    """Returns the attribute value of one fact of a model instance ('' when it carries no information)."""
    if fact.kind == "fk":
        value = getattr(obj, f"{fact.field}_id")
    else:
        value = getattr(obj, fact.field)
    if value in (None, "", False):
        return ""
    if value is True:
        return "true"
    return str(value)


def parse_fact(kind: str, value: str):
    """Returns the model value of an attribute value; raises ValueError when it does not fit the field's kind."""
    value = (value or "").strip()
    if kind == "bool":
        if value.lower() not in ("true", "false", "1", "0", "oui", "non"):
            raise ValueError(f"valeur booléenne attendue (true/false), reçu « {value} »")
        return value.lower() in ("true", "1", "oui")
    if kind == "int":
        if not value.isdigit():
            raise ValueError(f"nombre entier attendu, reçu « {value} »")
        return int(value)
    return value
