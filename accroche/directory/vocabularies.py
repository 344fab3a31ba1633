# ruff: noqa: E501  (vocabulary tables: one term per line reads better than wrapped tuples)
"""The network's controlled vocabularies (HSDS taxonomies): service types, needs, audiences.

Labels and definitions follow ../shared/reference/glossaire.md (acronyms of the Wallonia-Brussels Federation field).
`TYPE_NEEDS` links each service type to the needs it typically answers; it is the curated default used when a
listing names no need of its own (see docs/decisions/0010-needs-from-service-types.md).
"""

from .choices import Vocabulary

TAXONOMIES = {
    Vocabulary.SERVICE_TYPE: ("Types de service", "Les types de services du secteur en Fédération Wallonie-Bruxelles."),
    Vocabulary.NEED: ("Besoins et problématiques", "Ce qui se cache derrière les absences et le décrochage scolaire."),
    Vocabulary.AUDIENCE: ("Publics", "À qui le service s'adresse."),
}

# code: (name, description, synonyms)
SERVICE_TYPES = {
    "amo": (
        "Service d'Action en Milieu Ouvert (AMO)",
        "Service de prévention de l'aide à la jeunesse, gratuit, confidentiel, sans mandat, à la demande du jeune ou de la famille.",
        ["amo", "aide en milieu ouvert", "aide jeunesse", "educateur de rue"],
    ),
    "cpms": (
        "Centre psycho-médico-social (CPMS)",
        "Service gratuit, indépendant de l'école, soumis au secret : psychologues, assistants sociaux, infirmiers.",
        ["pms", "cpms", "centre pms", "psychologue de l'ecole"],
    ),
    "pse": (
        "Promotion de la santé à l'école (PSE)",
        "Médecine scolaire préventive, gratuite et obligatoire.",
        ["pse", "spse", "medecine scolaire", "infirmiere scolaire"],
    ),
    "sas": (
        "Service d'accrochage scolaire (SAS)",
        "Accueille des mineurs exclus ou en décrochage ; satisfait à l'obligation scolaire.",
        ["sas", "accrochage", "exclu de l'ecole"],
    ),
    "saj": (
        "Service de l'aide à la jeunesse (SAJ)",
        "Service public par arrondissement : aide volontaire négociée avec la famille.",
        ["saj", "aide a la jeunesse", "conseiller"],
    ),
    "spj": (
        "Service de protection de la jeunesse (SPJ)",
        "Met en œuvre l'aide contrainte décidée par le tribunal de la jeunesse.",
        ["spj", "protection de la jeunesse", "juge de la jeunesse", "tribunal"],
    ),
    "ssm": (
        "Service de santé mentale (SSM)",
        "Service ambulatoire agréé, pluridisciplinaire (psychologues, psychiatres, logopèdes), tarifs adaptés possibles.",
        ["ssm", "sante mentale", "psy", "psychologue", "pedopsychiatre"],
    ),
    "ligne_ecoute": (
        "Ligne d'écoute",
        "Écoute par téléphone ou en ligne, souvent gratuite et anonyme.",
        ["ecoute", "telephone", "numero gratuit", "chat", "ligne d'aide"],
    ),
    "info_jeunes": (
        "Information jeunesse",
        "Information des jeunes sur leurs droits, les études, le travail, la santé.",
        ["infor jeunes", "information jeunesse"],
    ),
    "planning_familial": (
        "Centre de planning familial",
        "Accueil, consultations psychologiques, médicales, juridiques ; vie affective et sexuelle.",
        ["planning", "planning familial", "contraception", "vie affective"],
    ),
    "droit_des_jeunes": (
        "Droit des jeunes",
        "Aide juridique et sociale gratuite pour les jeunes et les familles.",
        ["sdj", "droit des jeunes", "avocat", "juridique", "recours"],
    ),
    "assuetudes": (
        "Assuétudes",
        "Prévention et accompagnement des consommations et dépendances (alcool, drogues, écrans, jeux).",
        ["drogue", "cannabis", "alcool", "addiction", "dependance", "ecrans"],
    ),
    "psychiatrie": (
        "Psychiatrie infanto-juvénile",
        "Consultations et hospitalisation pédopsychiatriques.",
        ["pedopsychiatrie", "psychiatre", "hopital", "lits k"],
    ),
    "clps": (
        "Centre local de promotion de la santé (CLPS)",
        "Service de deuxième ligne qui accompagne les projets de promotion de la santé.",
        ["clps", "promotion de la sante"],
    ),
    "cpas": (
        "Centre public d'action sociale (CPAS)",
        "Aide sociale de la commune, après enquête sociale.",
        ["cpas", "aide sociale", "revenu"],
    ),
    "ecole_de_devoirs": (
        "École de devoirs",
        "Soutien scolaire et activités extrascolaires (6-18 ans), soutenue par l'ONE.",
        ["edd", "devoirs", "soutien scolaire", "remediation"],
    ),
    "accrochage_scolaire": (
        "Projet d'accrochage scolaire",
        "Dispositif ou projet qui aide les élèves à rester à l'école.",
        ["accrochage", "decrochage", "dias"],
    ),
    "maison_ado": (
        "Maison de l'adolescent",
        "Lieu d'accueil et d'orientation pour adolescents.",
        ["mado", "maison ado", "openado", "centre j"],
    ),
    "reseau_sante_mentale": (
        "Réseau de santé mentale",
        "Réseau de la politique de santé mentale pour enfants et adolescents (REALiSM).",
        ["realism", "reseau", "sante mentale"],
    ),
    "maltraitance": (
        "Maltraitance et violences",
        "Équipes SOS Enfants et services spécialisés dans la maltraitance.",
        ["sos enfants", "maltraitance", "abus", "violence"],
    ),
    "mediation_scolaire": (
        "Médiation scolaire",
        "Médiateurs de la DGEO pour les conflits et le décrochage.",
        ["sms", "mediation", "mediateur", "conflit ecole"],
    ),
    "equipe_mobile": (
        "Équipes mobiles",
        "Agents de la DGEO intervenant à la demande d'une direction d'école.",
        ["equipes mobiles", "em", "crise"],
    ),
    "orientation": (
        "Orientation scolaire et professionnelle",
        "Information et orientation sur les études et les métiers.",
        ["siep", "orientation", "etudes", "metier"],
    ),
    "ppl": (
        "Psychologue de première ligne (PPL)",
        "Soins psychologiques de première ligne, gratuits jusqu'à 23 ans, sans prescription.",
        ["ppl", "psy", "psychologue", "psychologue gratuit"],
    ),
    "plateforme_concertation": (
        "Plateforme de concertation Enseignement–Aide à la jeunesse",
        "Lieu de concertation entre écoles, CPMS et services de l'aide à la jeunesse.",
        ["plateforme", "concertation", "reseau"],
    ),
    "autre": ("Autre service", "Autre service utile aux jeunes et aux familles.", []),
}

# code: (name, description, synonyms — the everyday words people type)
NEEDS = {
    "refus-scolaire-anxieux": (
        "Refus scolaire anxieux",
        "Absentéisme d'origine anxieuse (ex-« phobie scolaire ») : un symptôme, pas un diagnostic.",
        [
            "phobie scolaire",
            "rsa",
            "peur de l'ecole",
            "angoisse",
            "ne veut plus aller a l'ecole",
            "mal au ventre le matin",
        ],
    ),
    "harcelement": (
        "Harcèlement",
        "Harcèlement scolaire ou en ligne, brimades, exclusion par les pairs.",
        ["harcele", "harcelement", "cyberharcelement", "moqueries", "brimades", "racket"],
    ),
    "conflits-familiaux": (
        "Conflits familiaux",
        "Tensions, séparation des parents, ruptures de lien dans la famille.",
        ["dispute", "divorce", "separation", "parents", "fugue"],
    ),
    "decrochage-scolaire": (
        "Décrochage et absentéisme",
        "Absences répétées, démotivation, risque d'abandon de la scolarité.",
        ["decrochage", "absences", "absenteisme", "brossage", "bross", "ne va plus a l'ecole", "exclusion"],
    ),
    "souffrance-psychique": (
        "Souffrance psychique",
        "Mal-être, anxiété, dépression, troubles du comportement.",
        ["depression", "mal etre", "anxiete", "stress", "tristesse", "idees noires"],
    ),
    "risque-suicidaire": (
        "Idées suicidaires",
        "Idées ou gestes suicidaires : une urgence.",
        ["suicide", "idees suicidaires", "envie de mourir", "scarification", "automutilation"],
    ),
    "maltraitance": (
        "Maltraitance et violences",
        "Violences physiques, psychologiques, sexuelles, négligence.",
        ["abus", "violence", "negligence", "coups", "inceste"],
    ),
    "assuetudes": (
        "Consommations et écrans",
        "Alcool, cannabis, autres drogues, jeux et écrans.",
        ["drogue", "cannabis", "alcool", "jeux video", "ecrans", "addiction"],
    ),
    "orientation-scolaire": (
        "Orientation et projet scolaire",
        "Choix d'études, réorientation, sens de l'école.",
        ["orientation", "changer d'ecole", "filiere", "alternance", "cefa"],
    ),
    "difficultes-apprentissage": (
        "Difficultés d'apprentissage",
        "Troubles des apprentissages, échecs, besoin de soutien scolaire.",
        ["dyslexie", "dys", "echec", "devoirs", "remediation", "tdah"],
    ),
    "sante-physique": (
        "Santé physique et maladie",
        "Maladie chronique, hospitalisation, suivi médical qui affecte la scolarité.",
        ["maladie", "hopital", "douleurs", "fatigue"],
    ),
    "droits-et-recours": (
        "Droits et recours",
        "Exclusion, recours, droits du jeune et de la famille face à l'école ou à l'aide.",
        ["droit", "recours", "exclusion definitive", "avocat"],
    ),
    "precarite": (
        "Précarité et difficultés sociales",
        "Difficultés financières, logement, aide sociale.",
        ["argent", "pauvrete", "logement", "aide sociale"],
    ),
    "vie-affective": (
        "Vie affective et sexuelle",
        "Relations, contraception, grossesse, identité.",
        ["sexualite", "grossesse", "contraception", "identite de genre"],
    ),
    "lien-ecole-famille": (
        "Lien école–famille",
        "Dialogue avec l'école, médiation, concertation entre professionnels.",
        ["mediation", "dialogue", "rencontre ecole", "concertation"],
    ),
}

AUDIENCES = {
    "jeunes": ("Jeunes", "Enfants et adolescents eux-mêmes.", ["jeune", "ado", "adolescent", "enfant", "eleve"]),
    "familles": ("Parents et familles", "Parents, familles, proches.", ["parent", "famille", "mere", "pere"]),
    "ecoles": (
        "Écoles",
        "Directions, enseignants, éducateurs des écoles.",
        ["ecole", "enseignant", "professeur", "direction", "educateur"],
    ),
    "medecins": (
        "Médecins",
        "Médecins généralistes, pédiatres et autres soignants.",
        ["medecin", "generaliste", "pediatre", "docteur", "soignant"],
    ),
    "professionnels": (
        "Professionnels",
        "Travailleurs sociaux et de la jeunesse, services partenaires.",
        ["professionnel", "travailleur social", "intervenant", "educateur"],
    ),
}

# The CSV's audience words (../shared/data/PROVENANCE.md) → audience codes.
AUDIENCE_ALIASES = {
    "jeunes": "jeunes",
    "familles": "familles",
    "écoles": "ecoles",
    "médecins": "medecins",
    "professionnels": "professionnels",
}

TYPE_NEEDS = {
    "amo": ["decrochage-scolaire", "conflits-familiaux", "harcelement", "lien-ecole-famille", "droits-et-recours"],
    "cpms": [
        "decrochage-scolaire",
        "refus-scolaire-anxieux",
        "harcelement",
        "orientation-scolaire",
        "difficultes-apprentissage",
        "lien-ecole-famille",
    ],
    "pse": ["sante-physique", "lien-ecole-famille"],
    "sas": ["decrochage-scolaire"],
    "saj": ["conflits-familiaux", "maltraitance"],
    "spj": ["maltraitance"],
    "ssm": ["refus-scolaire-anxieux", "souffrance-psychique", "risque-suicidaire", "conflits-familiaux"],
    "ligne_ecoute": ["souffrance-psychique", "risque-suicidaire", "maltraitance", "harcelement"],
    "info_jeunes": ["droits-et-recours", "orientation-scolaire"],
    "planning_familial": ["vie-affective", "souffrance-psychique", "conflits-familiaux"],
    "droit_des_jeunes": ["droits-et-recours"],
    "assuetudes": ["assuetudes"],
    "psychiatrie": ["refus-scolaire-anxieux", "souffrance-psychique", "risque-suicidaire"],
    "cpas": ["precarite"],
    "ecole_de_devoirs": ["difficultes-apprentissage"],
    "accrochage_scolaire": ["decrochage-scolaire"],
    "maison_ado": ["souffrance-psychique", "conflits-familiaux", "decrochage-scolaire"],
    "reseau_sante_mentale": ["souffrance-psychique", "refus-scolaire-anxieux"],
    "maltraitance": ["maltraitance"],
    "mediation_scolaire": ["decrochage-scolaire", "lien-ecole-famille", "harcelement"],
    "equipe_mobile": ["decrochage-scolaire", "harcelement", "lien-ecole-famille"],
    "orientation": ["orientation-scolaire"],
    "ppl": ["souffrance-psychique", "refus-scolaire-anxieux"],
    "plateforme_concertation": ["lien-ecole-famille", "decrochage-scolaire"],
    "clps": [],
    "autre": [],
}

VOCABULARY_TERMS = {Vocabulary.SERVICE_TYPE: SERVICE_TYPES, Vocabulary.NEED: NEEDS, Vocabulary.AUDIENCE: AUDIENCES}

# The field's own facts, kept as typed fields on Service and exported as HSDS attributes (docs/data-model.md).
# code: (name, description, synonyms)
FACTS = {
    "ligne": (
        "Ligne",
        "Première ligne (accessible à tous) ou deuxième ligne (spécialisée, souvent sur orientation). Valeurs : premiere_ligne, deuxieme_ligne, mixte.",
        [],
    ),
    "gratuit": ("Gratuit", "Le service est-il gratuit ? Valeurs : oui, non, partiel, inconnu.", []),
    "anonyme": (
        "Anonyme",
        "Peut-on s'adresser au service sans donner son nom ? Valeurs : oui, non, partiel, inconnu.",
        [],
    ),
    "mandat": (
        "Mandat",
        "Libre accès, aide consentie ou aide contrainte. Valeurs : libre_acces, aide_consentie, aide_contrainte, mixte, inconnu.",
        [],
    ),
    "plateforme": (
        "Plateforme",
        "Plateforme Enseignement–Aide à la jeunesse du service : son identifiant (liste des plateformes de l’instance).",
        [],
    ),
    "territoire": ("Territoire", "Étendue du service. Valeurs : local, plateforme, province, fwb.", []),
    "age-minimum": ("Âge minimum", "Âge minimum en années.", []),
    "age-maximum": ("Âge maximum", "Âge maximum en années.", []),
    "ligne-d-aide": (
        "Ligne d'aide",
        "Ligne d'aide toujours utile (montrée quand une recherche ne donne rien). Valeur : oui.",
        [],
    ),
    "source": ("Source", "Adresse de la page publique d'où viennent les informations.", []),
    "fiabilite": ("Fiabilité", "Fiabilité de la source. Valeurs : high, medium, low.", []),
    "donnee-de-demonstration": (
        "Donnée de démonstration",
        "Compilée de sources publiques, à vérifier par le service. Valeur : oui.",
        [],
    ),
}

VOCABULARY_TERMS[Vocabulary.FACT] = FACTS
TAXONOMIES[Vocabulary.FACT] = (
    "Faits du service",
    "Les faits propres au secteur (ligne, gratuité, anonymat, mandat, âges, plateforme, source, fiabilité), exportés comme attributs HSDS.",
)
