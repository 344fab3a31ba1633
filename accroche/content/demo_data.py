"""Texts of the demo site. Real, sourced facts carry their source; invented items are flagged as examples."""

import datetime

SEED = "https://accrochaje.cfwb.be/productions/ensemble-accrochons-nous"
ENS = "http://enseignement.be/index.php?navi=4997&page=28581"
SOS = "https://sos-ecole.be/absence-de-leleve"
ORDRE_2025 = "https://ordomedic.be/fr/case-law-articles/beslissing-van-de-provinciale-raad-27-februari-2025"
ORDRE_PAGE = (
    "https://accrochaje.cfwb.be/ressources/fiche/accrochaje-fiche/"
    "les-regles-relatives-a-letablissement-dun-certificat-medical-dincapacite-scolaire"
)
BXL_J = "http://bruxelles-j.be/etudier-se-former/enseignement-secondaire/labsenteisme-scolaire/"
SSMG = "https://www.ssmg.be/les-certificats-medicaux-de-complaisance/"
ENS_20 = "http://enseignement.be/index.php?page=25089"
OMBBW = "https://www.ombbw.be/en/l-ordre/online-library/item/156-a-propos-des-certificats"
# Date of the research dossier the statements were taken from (../shared/reference/domain-facts.md).
CHECKED = datetime.date(2026, 11, 25)


def statement(text, label, url, *, to_verify=False):
    return (
        "statement",
        {
            "text": f"<p>{text}</p>",
            "source_label": label,
            "source_url": url,
            "verified_on": CHECKED,
            "to_verify": to_verify,
        },
    )


def links(*items):
    return ("links", [{"label": label, "url": url, "description": hint} for label, url, hint in items])


HOME_INTRO = (
    "<p>Le réseau liégeois contre le décrochage scolaire : des ressources pour les jeunes, leurs familles, "
    "les médecins et tous ceux qui travaillent avec eux, dans la province de Liège.</p>"
)

RULES_SLUG = "absences-et-certificats"

AUDIENCES = [
    {
        "door": "medecins",
        "slug": "je-suis-medecin",
        "title": "Vous êtes médecin",
        "door_hint": "Un certificat pour des absences scolaires ? Comprendre, écrire juste, orienter.",
        "pathway_url": "/orientation/medecins/",
        "pathway_label": "L’arbre d’aide à l’orientation pour les médecins",
        "directory_query": "public=medecins",
        "intro": "<p>Un parent vous demande un certificat qui couvre des absences scolaires ? Derrière l’absence, "
        "il peut y avoir de l’anxiété, du harcèlement, des difficultés familiales ou d’apprentissage. "
        "Quelques repères, puis les services vers qui orienter la famille près de chez elle.</p>",
        "body": [
            ("heading", "Ce qu’un certificat peut et ne peut pas dire"),
            statement(
                "Pour être valable, le certificat médical doit attester de la maladie de l’élève (pas de "
                "raisons familiales, personnelles, de vacances ou d’autres motifs).",
                "enseignement.be",
                ENS,
            ),
            statement(
                "Le certificat destiné à l’école ne mentionne pas le diagnostic : un médecin a été poursuivi "
                "pour des certificats d’incapacité scolaire qui le mentionnaient.",
                "Ordre des médecins, décision du 27 février 2025",
                ORDRE_2025,
            ),
            links(
                (
                    "Absences scolaires et certificats médicaux : ce que dit la règle",
                    f"/{RULES_SLUG}/",
                    "chaque point avec sa source",
                )
            ),
        ],
    },
    {
        "door": "professionnels",
        "slug": "je-travaille-avec-des-jeunes",
        "title": "Vous travaillez avec des jeunes",
        "door_hint": "École, CPMS, AMO, éducateur : repérer, agir, passer le relais.",
        "pathway_url": "/orientation/professionnels/",
        "pathway_label": "Que faire si je suis inquiet pour un jeune ?",
        "directory_query": "public=professionnels",
        "intro": "<p>Enseignant, éducateur, agent CPMS, travailleur social : vous voyez un jeune s’absenter, décrocher "
        "ou aller mal. Voici les étapes, les seuils à connaître et les partenaires du réseau.</p>",
        "body": [
            ("heading", "Les seuils à connaître"),
            statement(
                "À partir de 9 demi-jours d’absence injustifiée, l’école doit signaler l’élève mineur à la "
                "DGEO (service du droit à l’instruction) et convoque les responsables légaux.",
                "sos-ecole.be — absence de l’élève",
                SOS,
            ),
            statement(
                "Au-delà de 20 demi-jours d’absence injustifiée (dès la 3e secondaire), l’élève perd la qualité "
                "d’élève régulier, sauf dérogation.",
                "enseignement.be",
                ENS_20,
            ),
            links(
                ("Absences scolaires et certificats médicaux : ce que dit la règle", f"/{RULES_SLUG}/", ""),
                ("L’agenda du réseau", "/agenda/", "séminaires, concertations locales"),
            ),
        ],
    },
    {
        "door": "familles",
        "slug": "je-suis-parent",
        "title": "Vous êtes parent",
        "door_hint": "Votre enfant ne va plus à l’école ? Vous n’êtes pas seul·e.",
        "pathway_url": "/orientation/parents/",
        "pathway_label": "Mon enfant ne va plus à l’école : le guide",
        "directory_query": "public=familles",
        "intro": "<p>Maux de ventre le matin, refus de partir, absences qui s’accumulent : parlez-en tôt. L’école, "
        "le centre PMS (gratuit) et des services près de chez vous peuvent vous aider, sans jugement.</p>",
        "body": [
            ("heading", "Justifier une absence"),
            statement(
                "Une absence d’un ou deux jours se justifie par écrit le lendemain ; à partir de trois jours, "
                "au plus tard le quatrième jour.",
                "enseignement.be",
                ENS,
            ),
            (
                "notice",
                {
                    "kind": "warn",
                    "text": "<p>En cas d’urgence : 112. Écoute-Enfants : 103. "
                    "Centre de prévention du suicide : 0800 32 123.</p>",
                },
            ),
        ],
    },
    {
        "door": "jeunes",
        "slug": "je-suis-jeune",
        "title": "Tu es jeune",
        "door_hint": "L’école, c’est trop dur en ce moment ? Des gens peuvent t’écouter.",
        "pathway_url": "/orientation/jeunes/",
        "pathway_label": "Un parcours pour toi, sans donner ton nom",
        "directory_query": "public=jeunes",
        "intro": "<p>Tu n’as plus envie d’aller à l’école, tu as peur d’y aller, ou il se passe quelque chose de "
        "difficile ? Tu peux en parler, gratuitement, parfois sans donner ton nom.</p>",
        "body": [
            (
                "notice",
                {
                    "kind": "info",
                    "text": "<p>Écoute-Enfants : <strong>103</strong> (gratuit). En danger : <strong>112</strong>.</p>",
                },
            ),
            links(
                ("Les services pour les jeunes", "/annuaire/?public=jeunes", ""),
                ("Voir sur la carte", "/carte/", ""),
            ),
        ],
    },
]

PROJECT_INTRO = (
    "<p>Porté par les trois plateformes Enseignement–Aide à la jeunesse liégeoises (Huy-Waremme, Verviers et Liège), "
    "les CLPS et des agents de liaison du réseau REALiSM (réseau Enfants-Adolescents en province de Liège en Santé "
    "Mentale).</p>"
)
PROJECT_BODY = [
    ("heading", "Les objectifs"),
    (
        "paragraph",
        "<ul><li>Donner des informations sur les ressources existantes pour soutenir les jeunes en "
        "décrochage.</li><li>Favoriser la mise en réseau entre les partenaires de première et deuxième "
        "lignes.</li></ul>",
    ),
    ("heading", "Les partenaires"),
    (
        "paragraph",
        "<ul><li>Les plateformes Enseignement–Aide à la jeunesse de <b>Liège</b>, de <b>Verviers</b> et de "
        "<b>Huy-Waremme</b>.</li><li>Les <b>CLPS</b> (centres locaux de promotion de la santé).</li><li>Le "
        "réseau <b>REALiSM</b>, santé mentale des enfants et adolescents en province de Liège.</li></ul>",
    ),
    (
        "paragraph",
        "<p>Actif depuis 2019, le groupe a basé ses travaux sur la relation entre les médecins et les "
        "acteurs de terrain, autour des certificats médicaux dits « de complaisance ».</p>",
    ),
    links(
        ("La ligne du temps du projet", "/le-projet/ligne-du-temps/", "depuis 2019"),
        ("Les outils produits", "/outils/", "affiches, flyers, répertoires, webinaires"),
    ),
    (
        "notice",
        {"kind": "info", "text": f'<p>Source : <a href="{SEED}">présentation du projet sur AccrochAJE</a>.</p>'},
    ),
]

TIMELINE = [
    (
        datetime.date(2019, 1, 1),
        "year",
        "Naissance du groupe « Ensemble accrochons-nous »",
        "Les trois plateformes, les CLPS et REALiSM travaillent sur la relation entre médecins et acteurs de terrain "
        "autour des certificats dits « de complaisance ».",
        False,
    ),
    (
        datetime.date(2020, 1, 1),
        "year",
        "Trois webinaires au lieu des colloques",
        "Pendant la crise sanitaire : un webinaire pour les médecins, un pour les intervenants sociaux, un pour les "
        "familles.",
        False,
    ),
    (
        datetime.date(2021, 1, 1),
        "year",
        "Diffusion des outils (2021-2022)",
        "Répertoires, affiches et flyers diffusés dans l’enseignement, l’aide à la jeunesse et auprès des médecins.",
        False,
    ),
    (
        datetime.date(2023, 1, 1),
        "year",
        "Vers les médecins, localement",
        "Projet de séminaire de sensibilisation et de rencontres dans les GLEM ; vidéos de présentation de services "
        "et arbre d’aide à l’orientation en construction.",
        False,
    ),
    (
        datetime.date(2026, 11, 1),
        "month",
        "Mise en ligne de la plateforme (exemple)",
        "Annuaire, carte, parcours d’orientation et outils réunis sur un seul site.",
        True,
    ),
]

NEWS = [
    (
        datetime.date(2026, 11, 20),
        "La plateforme en ligne ouvre ses portes",
        "Annuaire, carte, parcours pour les médecins et les familles : un seul site pour tout le réseau.",
        "plateforme-en-ligne",
    ),
    (
        datetime.date(2026, 10, 15),
        "Rencontre avec les médecins d’un GLEM de Verviers",
        "Présentation de l’arbre d’aide à l’orientation et échanges avec le centre PMS.",
        "rencontre-glem-verviers",
    ),
    (
        datetime.date(2026, 9, 1),
        "Rentrée : nos affiches pour les salles d’attente",
        "Les affiches « certificat et absences scolaires » sont disponibles en téléchargement.",
        "affiches-rentree",
    ),
]

RULES_INTRO = (
    "<p>Ce que disent les textes et les pages officielles sur les absences à l’école et le certificat "
    "médical, en Fédération Wallonie-Bruxelles. Chaque point renvoie à sa source.</p>"
)
RULES_BODY = [
    ("heading", "Justifier une absence"),
    statement(
        "Une absence de un ou deux jours doit être justifiée par écrit le lendemain ; une absence de trois jours "
        "ou plus, au plus tard le quatrième jour.",
        "enseignement.be",
        ENS,
    ),
    statement(
        "Sont justifiées d’office notamment l’indisposition ou la maladie de l’élève couverte par un certificat "
        "médical ou une attestation d’un centre hospitalier, et la convocation par une autorité publique.",
        "enseignement.be",
        ENS,
    ),
    statement(
        "En secondaire, le règlement d’ordre intérieur fixe le nombre de demi-jours que les parents peuvent "
        "justifier eux-mêmes, entre 8 et 16 demi-jours par année.",
        "bruxelles-j.be",
        BXL_J,
    ),
    statement(
        "Exiger un certificat après un certain nombre de jours consécutifs est une règle du règlement d’ordre "
        "intérieur de l’école, pas une obligation légale générale trouvée dans les sources.",
        "Écoles communales de Marche (exemple de ROI)",
        "https://ecolescommunales.marche.be/frequentation-scolaire-et-absences/",
        to_verify=True,
    ),
    ("heading", "Le certificat médical"),
    statement(
        "Pour être valable, le certificat médical doit attester de la maladie de l’élève, pas de raisons "
        "familiales, personnelles, de vacances ou d’autres motifs.",
        "enseignement.be",
        ENS,
    ),
    statement(
        "Le médecin ne délivre un certificat d’incapacité scolaire que si cela s’avère indispensable sur le plan "
        "médical ; le certificat identifie le médecin et l’élève, donne la durée (début et fin), est daté du jour "
        "de sa rédaction et signé.",
        "Ordre des médecins, repris par AccrochAJE (mise à jour du 10/04/2024)",
        ORDRE_PAGE,
    ),
    statement(
        "Un certificat ne peut jamais être antidaté ni couvrir, sauf cas particulier, une période antérieure à "
        "sa délivrance.",
        "Ordre des médecins — conseil provincial du Brabant wallon",
        OMBBW,
    ),
    statement(
        "Le certificat destiné à l’école ne mentionne pas le diagnostic (secret médical).",
        "Ordre des médecins, décision du 27 février 2025",
        ORDRE_2025,
    ),
    statement(
        "Le certificat de complaisance expose le médecin à des sanctions disciplinaires et pénales ; il est du "
        "devoir du médecin généraliste de le refuser.",
        "SSMG",
        SSMG,
    ),
    ("heading", "Quand les absences s’accumulent"),
    statement(
        "À 9 demi-jours d’absence injustifiée, l’école signale l’élève mineur à la DGEO au plus tard le "
        "5e jour ouvrable scolaire suivant et convoque les responsables légaux.",
        "sos-ecole.be",
        SOS,
    ),
    statement(
        "Au-delà de 20 demi-jours d’absence injustifiée, dès la 3e secondaire, l’élève perd la qualité d’élève "
        "régulier, sauf dérogation demandée par le chef d’établissement.",
        "enseignement.be",
        ENS_20,
    ),
]

LEGAL_BODY = [
    ("heading", "Éditeur"),
    (
        "paragraph",
        "<p>Groupe « Ensemble accrochons-nous » : plateformes Enseignement–Aide à la jeunesse de Liège, "
        "Verviers et Huy-Waremme, CLPS et réseau REALiSM. Coordonnées de l’éditeur responsable : à "
        "compléter (exemple).</p>",
    ),
    ("heading", "Vie privée"),
    (
        "paragraph",
        "<p>Ce site ne dépose <b>aucun cookie de suivi ni de mesure d’audience</b>. Les recherches dans "
        "l’annuaire et les parcours d’orientation ne demandent ni nom ni donnée sur un patient ou un "
        "jeune ; rien de tel n’est enregistré.</p><p>Les vidéos hébergées par des tiers (YouTube, Vimeo) ne "
        "sont chargées que si vous cliquez sur « Lancer la vidéo » ; ces services peuvent alors déposer "
        "leurs propres cookies.</p><p>L’espace partenaires utilise un cookie de session, strictement "
        "nécessaire à la connexion.</p>",
    ),
    ("heading", "Données de l’annuaire"),
    (
        "paragraph",
        '<p>Chaque fiche indique sa source et sa date de vérification. Voir <a href="/a-propos-des-donnees/">'
        'à propos des données</a> et les <a href="/donnees/">données ouvertes</a>.</p>',
    ),
]

RESOURCES = [
    # slug, title, kind, format, language, date, audiences, description, licence, file?, url
    (
        "webinaire-medecins-2020",
        "Webinaire pour les médecins (2020)",
        "video",
        "video",
        "fr",
        datetime.date(2020, 11, 1),
        ["medecins"],
        "Certificats médicaux et absences scolaires : le rôle du médecin et le travail en réseau. Un des trois "
        "webinaires organisés en 2020 à la place des colloques.",
        "a-verifier",
        False,
        SEED,
    ),
    (
        "webinaire-intervenants-2020",
        "Webinaire pour les intervenants sociaux (2020)",
        "video",
        "video",
        "fr",
        datetime.date(2020, 11, 1),
        ["professionnels", "ecoles"],
        "Le décrochage scolaire et le lien avec les médecins, pour les intervenants de l’enseignement et de l’aide à "
        "la jeunesse.",
        "a-verifier",
        False,
        SEED,
    ),
    (
        "webinaire-familles-2020",
        "Webinaire pour les familles (2020)",
        "video",
        "video",
        "fr",
        datetime.date(2020, 11, 1),
        ["familles"],
        "Quand mon enfant ne va plus à l’école : comprendre et trouver de l’aide.",
        "a-verifier",
        False,
        SEED,
    ),
    (
        "affiche-salle-attente",
        "Affiche « Certificat et absences scolaires » pour la salle d’attente",
        "affiche",
        "pdf",
        "fr",
        datetime.date(2021, 9, 1),
        ["medecins"],
        "Une affiche A3 pour rappeler qu’un certificat atteste d’un fait médical, et où orienter la famille.",
        "cc-by-nc-nd-4.0",
        True,
        "",
    ),
    (
        "flyer-parents",
        "Flyer « Mon enfant ne va plus à l’école : à qui m’adresser ? »",
        "flyer",
        "pdf",
        "fr",
        datetime.date(2021, 9, 1),
        ["familles"],
        "Un flyer pour les parents : les premiers interlocuteurs (école, centre PMS) et les services gratuits.",
        "cc-by-nc-nd-4.0",
        True,
        "",
    ),
    (
        "flyer-jeunes",
        "Flyer « Tu décroches ? Parles-en »",
        "flyer",
        "pdf",
        "fr",
        datetime.date(2022, 3, 1),
        ["jeunes"],
        "Pour les jeunes : à qui parler, gratuitement et parfois anonymement.",
        "cc-by-nc-nd-4.0",
        True,
        "",
    ),
    (
        "flyer-parents-de",
        "Flyer für Eltern (deutsche Fassung)",
        "flyer",
        "pdf",
        "de",
        datetime.date(2022, 3, 1),
        ["familles"],
        "Version allemande du flyer pour les parents.",
        "cc-by-nc-nd-4.0",
        True,
        "",
    ),
    (
        "repertoire-services",
        "Répertoire des services de la province de Liège",
        "repertoire",
        "pdf",
        "fr",
        datetime.date(2022, 6, 1),
        ["professionnels", "medecins", "ecoles"],
        "Les services d’aide aux jeunes et aux familles, par plateforme (Liège, Verviers, Huy-Waremme).",
        "cc-by-4.0",
        True,
        "",
    ),
    (
        "fiche-regle-absences",
        "Fiche « Absences scolaires : les seuils à connaître »",
        "fiche",
        "pdf",
        "fr",
        datetime.date(2023, 9, 1),
        ["professionnels", "ecoles", "familles"],
        "Les délais de justification et les seuils de 9 et 20 demi-jours, avec leurs sources.",
        "cc-by-4.0",
        True,
        "",
    ),
]
