"""The columns of the coordinators' spreadsheet: header, help text, and the words that map a file's own headers."""

from dataclasses import dataclass

from django.utils.text import slugify


@dataclass(frozen=True)
class Column:
    key: str  # the template's header
    label: str
    help: str
    required: bool = False
    aliases: tuple[str, ...] = ()


COLUMNS = [
    Column(
        "identifiant",
        "Identifiant",
        "Facultatif. Identifiant stable du service (minuscules, chiffres, tirets) : "
        "le même identifiant met à jour la même fiche. Vide : calculé à partir du nom et de la commune.",
        aliases=("id", "code", "reference", "ref"),
    ),
    Column("nom", "Nom du service", "Obligatoire.", True, aliases=("name", "nom-du-service", "service", "intitule")),
    Column(
        "organisation",
        "Organisation",
        "Facultatif : l'asbl ou l'institution (sinon le nom du service).",
        aliases=("organization", "pouvoir-organisateur", "asbl", "institution"),
    ),
    Column(
        "type",
        "Type de service",
        "Obligatoire : un code ou un nom de la liste « Types » (ex. amo, cpms, ssm).",
        True,
        aliases=("type-de-service", "categorie", "secteur"),
    ),
    Column(
        "publics",
        "Publics",
        "Codes ou noms séparés par « ; » : jeunes ; familles ; ecoles ; medecins ; professionnels.",
        aliases=("public", "audiences", "public-cible", "pour-qui"),
    ),
    Column(
        "besoins",
        "Besoins",
        "Facultatif : codes ou noms de la liste « Besoins », séparés par « ; » (sinon ceux du type de service).",
        aliases=("besoin", "problematiques", "thematiques"),
    ),
    Column(
        "description",
        "Description",
        "Ce que fait le service, en quelques phrases.",
        aliases=("description-fr", "presentation", "missions"),
    ),
    Column("adresse", "Rue et numéro", "Facultatif.", aliases=("rue", "street-address", "adresse-1", "address")),
    Column(
        "code_postal",
        "Code postal",
        "Code postal belge (4 chiffres) : place le service sur la carte.",
        aliases=("cp", "postal-code", "code-postal", "zip"),
    ),
    Column(
        "commune",
        "Commune",
        "Commune ou localité (si pas de code postal).",
        aliases=("localite", "ville", "city", "locality"),
    ),
    Column(
        "telephone",
        "Téléphone",
        "Un ou plusieurs numéros séparés par « ; ».",
        aliases=("tel", "phone", "telephones", "gsm"),
    ),
    Column("email", "E-mail", "Adresse e-mail de contact.", aliases=("e-mail", "courriel", "mail")),
    Column(
        "site_web", "Site web", "Adresse complète (https://…).", aliases=("site", "website", "url", "site-internet")
    ),
    Column("ages", "Âges", "Tranche d'âge, ex. « 12-18 ».", aliases=("age", "tranche-d-age", "age-range")),
    Column("gratuit", "Gratuit", "oui, non, partiel ou inconnu.", aliases=("free", "gratuite")),
    Column("anonyme", "Anonyme", "oui, non, partiel ou inconnu.", aliases=("anonymous", "anonymat")),
    Column(
        "mandat",
        "Mandat",
        "libre_acces, aide_consentie, aide_contrainte, mixte ou inconnu.",
        aliases=("mandate", "mandated", "acces"),
    ),
    Column("ligne", "Ligne", "premiere_ligne, deuxieme_ligne ou mixte.", aliases=("line",)),
    Column(
        "plateforme",
        "Plateforme",
        "Identifiant de la plateforme (sinon déduite de la commune).",
        aliases=("arrondissement", "zone"),
    ),
    Column("territoire", "Territoire", "local (défaut), plateforme, province ou fwb.", aliases=("scope", "portee")),
    Column("source", "Source", "Adresse web d'où viennent les informations.", aliases=("source-url", "sources")),
    Column(
        "verifie_le",
        "Vérifié le",
        "Date de vérification avec le service (JJ/MM/AAAA).",
        aliases=("verifie", "date-de-verification", "assured-date", "mise-a-jour"),
    ),
]
COLUMN_KEYS = [c.key for c in COLUMNS]
REQUIRED = [c.key for c in COLUMNS if c.required]


def normalise(header: str) -> str:
    return slugify(str(header or "").replace("_", "-"))


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Returns {our column: the file's header} for every column whose header or alias the file uses."""
    by_norm = {}
    for header in headers:
        by_norm.setdefault(normalise(header), header)
    mapping = {}
    for column in COLUMNS:
        for word in (column.key, column.label, *column.aliases):
            if normalise(word) in by_norm:
                mapping[column.key] = by_norm[normalise(word)]
                break
    return mapping
