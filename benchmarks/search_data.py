"""Synthetic directory for the search benchmark: realistic French services spread over the province of Liège."""

import random
import uuid

from django.db import transaction

NAMES = [
    "Les Passerelles",
    "La Boussole",
    "Le Tremplin",
    "Horizon Jeunes",
    "L'Escale",
    "Le Phare",
    "Trait d'Union",
    "La Courte Échelle",
    "Point Virgule",
    "Les Cerfs-Volants",
    "L'Envol",
    "La Clairière",
    "Dynamo",
    "Carrefour J",
    "Le Relais",
    "Arc-en-ciel",
    "Le Chêne",
    "L'Étincelle",
    "Cap Avenir",
    "La Source",
    "Le Fil d'Ariane",
    "Entre-Deux",
    "La Maison Verte",
    "Le Pont",
    "L'Archipel",
    "Les Tilleuls",
    "Saint-Vincent",
    "Le Mascaret",
]
NETWORKS = ["libre", "provincial", "communal", "de la Fédération Wallonie-Bruxelles"]
SENTENCES = {
    "refus-scolaire-anxieux": [
        "Nous accompagnons les enfants et adolescents qui ont peur d'aller à l'école ou qui "
        "refusent d'y retourner après une absence.",
        "Le refus scolaire anxieux est travaillé avec le jeune, ses parents et l'école.",
    ],
    "harcelement": [
        "L'équipe intervient en cas de harcèlement, de moqueries ou de cyberharcèlement entre élèves.",
        "Des animations de prévention du harcèlement sont proposées aux classes.",
    ],
    "decrochage-scolaire": [
        "Nous soutenons les élèves en décrochage et leurs familles pour renouer avec l'école.",
        "Un accompagnement individuel est possible après des absences répétées.",
    ],
    "conflits-familiaux": [
        "Les parents peuvent être reçus seuls ou en famille lorsque les tensions deviennent difficiles à vivre.",
        "Médiation familiale et soutien à la parentalité.",
    ],
    "souffrance-psychique": [
        "Psychologues et assistants sociaux reçoivent les jeunes en souffrance : anxiété, tristesse, mal-être.",
        "Des consultations psychologiques sont proposées.",
    ],
    "risque-suicidaire": ["En cas d'idées suicidaires, un premier entretien est proposé rapidement."],
    "maltraitance": ["Une équipe pluridisciplinaire évalue les situations de maltraitance et de négligence."],
    "assuetudes": ["Information et accompagnement des consommations : alcool, cannabis, écrans et jeux vidéo."],
    "orientation-scolaire": ["Aide au choix des études, réorientation et information sur les métiers."],
    "difficultes-apprentissage": ["Soutien scolaire, aide aux devoirs et remédiation en petits groupes."],
    "sante-physique": ["Suivi de la santé des élèves, bilans de santé et vaccinations."],
    "droits-et-recours": ["Information juridique sur les droits des jeunes, les exclusions et les recours."],
    "precarite": ["Aide sociale, aide financière et accompagnement pour le logement."],
    "vie-affective": ["Consultations sur la vie affective et sexuelle, contraception et grossesse."],
    "lien-ecole-famille": ["Nous facilitons le dialogue entre l'école et la famille."],
}
GENERAL = [
    "L'accueil se fait sur rendez-vous ou lors des permanences du mercredi après-midi.",
    "Le service travaille en réseau avec les écoles, les centres PMS et les services de la commune.",
    "Les entretiens sont confidentiels.",
    "Une participation financière modeste peut être demandée.",
    "L'équipe se déplace aussi à domicile ou à l'école si nécessaire.",
    "Le service est accessible aux personnes à mobilité réduite.",
]
EVERYDAY_QUERIES = [
    "harcèlement",
    "harcelement",
    "phobie scolaire",
    "refus scolaire anxieux",
    "psy gratuit ado",
    "mon fils ne veut plus aller à l'école",
    "aide jeunesse",
    "décrochage scolaire",
    "amo",
    "centre pms",
    "psychologue",
    "santé mentale ado",
    "drogue",
    "cannabis",
    "idées noires",
    "maltraitance",
    "planning familial",
    "aide aux devoirs",
    "orientation études",
    "cpas",
    "médiation scolaire",
    "exclu de l'école",
    "ma fille est harcelée",
    "ecoute",
    "dyslexie",
    "parents divorce",
    "juge de la jeunesse",
    "infor jeunes",
    "pedopsychiatre",
    "sos enfants",
]
TYPOS = ["harcelment", "psycologue", "decrochaje", "pedopsichiatre", "maltraitnce", "orientasion"]
POSTAL_CODES = ["4000", "4020", "4100", "4800", "4500", "4300", "4650", "4960", "4400", "4280", "4600", "4845"]


def _name(rng, code: str, type_name: str, commune: str, number: int) -> str:
    nom = rng.choice(NAMES)
    patterns = {
        "amo": f"AMO {nom} ({commune})",
        "cpms": f"Centre PMS {rng.choice(NETWORKS)} de {commune} {number % 7 + 1}",
        "ssm": f"Service de santé mentale {nom} – {commune}",
        "pse": f"Service PSE {rng.choice(NETWORKS)} de {commune}",
        "ecole_de_devoirs": f"École de devoirs {nom} ({commune})",
        "planning_familial": f"Centre de planning familial {nom} de {commune}",
        "cpas": f"CPAS de {commune} – {rng.choice(['service jeunesse', 'antenne sociale', 'accueil'])}",
    }
    return patterns.get(code, f"{type_name.split(' (')[0]} {nom} – {commune}")


@transaction.atomic
def generate_directory(*, count: int, seed: int = 42) -> None:
    """Creates `count` services (organizations, locations, areas, phones, terms) with bulk inserts."""
    from accroche.directory.choices import GeoPrecision, Line, Mandate, Scope, Tristate, Vocabulary
    from accroche.directory.models.core import Location, Organization, Service, ServiceAtLocation
    from accroche.directory.models.details import Address, Phone, ServiceArea
    from accroche.directory.services import taxonomy_ensure_vocabularies
    from accroche.directory.vocabularies import SERVICE_TYPES, TYPE_NEEDS
    from accroche.geo.models import Commune
    from accroche.geo.services import geo_load_reference

    rng = random.Random(seed)
    geo_load_reference()
    terms = taxonomy_ensure_vocabularies()
    communes = list(Commune.objects.exclude(plateforme=""))  # the communes of the instance's plateformes
    by_plateforme = {}
    for commune in communes:
        by_plateforme.setdefault(commune.plateforme, []).append(commune)
    type_codes = list(SERVICE_TYPES)
    orgs, services, locations, addresses, sals, areas, phones, links = [], [], [], [], [], [], [], []
    through = Service.terms.through
    for n in range(count):
        code = rng.choice(type_codes)
        commune = rng.choice(communes)
        type_name, type_description, _ = SERVICE_TYPES[code]
        needs = list(TYPE_NEEDS.get(code, [])) or rng.sample(list(SENTENCES), 2)
        audiences = rng.sample(["jeunes", "familles", "ecoles", "medecins", "professionnels"], rng.randint(1, 4))
        text = [type_description] + [rng.choice(SENTENCES[need]) for need in needs[:3]] + rng.sample(GENERAL, 2)
        name = _name(rng, code, type_name, commune.name, n)
        org = Organization(id=uuid.uuid4(), name=name, slug=f"bench-org-{n}")
        low = rng.choice([0, 3, 6, 12, 12, 15, None])
        wide = rng.random()
        service = Service(
            id=uuid.uuid4(),
            organization=org,
            name=name,
            slug=f"bench-{n}",
            description=" ".join(text),
            line=rng.choice([Line.FIRST, Line.FIRST, Line.SECOND, Line.MIXED]),
            free=rng.choice([Tristate.YES, Tristate.YES, Tristate.NO, Tristate.UNKNOWN]),
            anonymous=rng.choice([Tristate.YES, Tristate.UNKNOWN, Tristate.UNKNOWN]),
            mandate=rng.choice([Mandate.FREE_ACCESS, Mandate.FREE_ACCESS, Mandate.CONSENTED, Mandate.UNKNOWN]),
            plateforme="" if wide < 0.02 else commune.plateforme,
            scope=Scope.PROVINCE if wide < 0.02 else Scope.LOCAL,
            is_helpline=code == "ligne_ecoute" and wide < 0.1,
            minimum_age=low,
            maximum_age=None if low is None else low + rng.choice([6, 10, 13]),
            source_url="https://example.org/source",
            is_demo=True,
        )
        lat = commune.latitude + rng.uniform(-0.02, 0.02)
        lon = commune.longitude + rng.uniform(-0.03, 0.03)
        location = Location(
            id=uuid.uuid4(),
            organization=org,
            name=name,
            latitude=lat,
            longitude=lon,
            geo_precision=GeoPrecision.ADDRESS,
            commune=commune,
        )
        addresses.append(
            Address(id=uuid.uuid4(), location=location, address_1=f"Rue de l'École {n % 200 + 1}", city=commune.name)
        )
        sals.append(ServiceAtLocation(id=uuid.uuid4(), service=service, location=location))
        covered = by_plateforme[commune.plateforme] if 0.02 <= wide < 0.07 else [commune]
        if service.scope == Scope.LOCAL:
            areas += [ServiceArea(id=uuid.uuid4(), service=service, commune=c, name=c.name) for c in covered]
        phones.append(Phone(id=uuid.uuid4(), service=service, number=f"04 {rng.randint(200, 999)} {n % 100:02d} 00"))
        chosen = [terms[Vocabulary.SERVICE_TYPE.value][code]]
        chosen += [terms[Vocabulary.NEED.value][need] for need in needs]
        chosen += [terms[Vocabulary.AUDIENCE.value][a] for a in audiences]
        links += [through(service_id=service.id, taxonomyterm_id=t.id) for t in chosen]
        orgs.append(org)
        services.append(service)
        locations.append(location)
    for model, rows in (
        (Organization, orgs),
        (Service, services),
        (Location, locations),
        (Address, addresses),
        (ServiceAtLocation, sals),
        (ServiceArea, areas),
        (Phone, phones),
        (through, links),
    ):
        model.objects.bulk_create(rows, batch_size=2000)


def mixed_queries(*, count: int, seed: int = 7) -> list[str]:
    """Returns URL query strings: everyday text, typos, filters, postal codes, positions, sorts and pages."""
    from urllib.parse import urlencode

    from accroche.directory.vocabularies import AUDIENCES, NEEDS, SERVICE_TYPES

    rng = random.Random(seed)
    queries = []
    for n in range(count):
        kind = n % 10
        params: list[tuple[str, str]] = []
        if kind in (0, 1, 2, 3):
            params.append(("q", rng.choice(EVERYDAY_QUERIES)))
        if kind == 4:
            params.append(("q", rng.choice(TYPOS)))
        if kind in (1, 5, 6):
            params.append(("lieu", rng.choice(POSTAL_CODES)))
        if kind in (2, 5, 7):
            params.append(
                rng.choice(
                    [
                        ("type", rng.choice(list(SERVICE_TYPES))),
                        ("besoin", rng.choice(list(NEEDS))),
                        ("public", rng.choice(list(AUDIENCES))),
                        ("gratuit", "1"),
                        ("sans_mandat", "1"),
                        ("plateforme", rng.choice(["liege", "verviers"])),
                    ]
                )
            )
        if kind == 6:
            params.append(("tri", "distance"))
        if kind == 8:
            params += [
                ("lat", f"{rng.uniform(50.3, 50.7):.4f}"),
                ("lon", f"{rng.uniform(5.2, 6.1):.4f}"),
                ("tri", "distance"),
            ]
        if kind == 9:
            params += [("page", str(rng.randint(2, 8))), ("age", str(rng.randint(6, 18)))]
        queries.append(urlencode(params))
    return queries
