"""Reference content of the site: real, sourced texts only (invented examples live in example_data.py)."""

import datetime

from django.urls import reverse

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
LAVENIR = (
    "https://www.lavenir.net/actu/societe/2023/06/13/partir-en-vacances-plus-tot-et-brosser-lecole-gare-aux-"
    "controles-renforces-FFDOVUEMLRCQ3L2HE7UWAGS53I/"
)
RTL_2015 = (
    "http://www.rtl.be/info/regions/bruxelles/90-secondes-pour-comprendre-que-risque-un-eleve-qui-ne-se-rend-pas-a-"
    "l-ecole-en-raison-du-niveau-d-alerte-maximal--774066.aspx"
)
LEXGO = "https://www.lexgo.be/en/news-and-articles/1065-fake-certificates"
EI_SHAPE = "https://www.ei-shape.be/index.php/en/practical/absences"
SAJ = "https://accrochagescolaire.brussels/node/13603"
ORDRE_FAQ = "https://ordomedic.be/fr/faq"
ORDRE_FAMILY = "https://ordomedic.be/fr/avis/attestations-certificats/certificat/certificat-medical-en-matiere-scolaire"
RTBF_2019 = (
    "https://www.rtbf.be/info/regions/liege/detail_seraing-l-ecole-peut-elle-verifier-la-validite-d-un-certificat-"
    "aupres-d-un-medecin?id=10213536"
)
# Date the sources of the research dossier were consulted (../shared/reference/domain-facts.md): a consultation date,
# never a review — nobody named has reviewed these texts yet (decision 0110).
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
        "pathway_url": reverse("orientation:pathway", args=["medecins"]),
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
        "pathway_url": reverse("orientation:pathway", args=["professionnels"]),
        "pathway_label": "Que faire si je suis inquiet pour un jeune ?",
        "directory_query": "public=professionnels",
        "intro": "<p>Enseignant, éducateur, agent CPMS, travailleur social : vous voyez un jeune s’absenter, décrocher "
        "ou aller mal. Voici les étapes, les seuils à connaître et les partenaires du réseau.</p>",
        "body": [
            ("heading", "Les seuils à connaître"),
            statement(
                "Dès le 9e demi-jour d’absence injustifiée, l’école doit signaler l’élève mineur à la "
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
                ("L’agenda du réseau", reverse("network:agenda"), "séminaires, concertations locales"),
            ),
        ],
    },
    {
        "door": "familles",
        "slug": "je-suis-parent",
        "title": "Vous êtes parent",
        "door_hint": "Votre enfant ne va plus à l’école ? Vous n’êtes pas seul·e.",
        "pathway_url": reverse("orientation:pathway", args=["parents"]),
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
        "pathway_url": reverse("orientation:pathway", args=["jeunes"]),
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
                (
                    "Les services pour les jeunes",
                    reverse("search:directory") + "?public=jeunes",
                    "chaque fiche dit à qui s’adresser",
                ),
                ("Voir sur la carte", reverse("maps:map"), ""),
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
        ("Les outils produits", reverse("content:library"), "affiches, flyers, répertoires, webinaires"),
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
]

RULES_INTRO = (
    "<p>Ce que disent les textes et les pages officielles sur les absences à l’école et le certificat "
    "médical, en Fédération Wallonie-Bruxelles. Chaque point renvoie à sa source.</p>"
)
RULES_BODY = [
    ("heading", "L’obligation scolaire"),
    statement(
        "L’obligation scolaire concerne les mineurs de <strong>5 à 18 ans</strong> (depuis la rentrée 2020). Elle "
        "comprend l’obligation de fréquenter l’école où l’élève est inscrit.",
        "L’Avenir, 13 juin 2023",
        LAVENIR,
    ),
    ("heading", "Comment les absences sont comptées"),
    statement(
        "En secondaire, les présences sont relevées à chaque heure de cours : <strong>1 période de cours non "
        "justifiée = 1 demi-jour</strong> d’absence injustifiée (moins d’une période est un retard). En fondamental, "
        "les présences sont relevées dans la première demi-heure de chaque demi-jour.",
        "sos-ecole.be — absence de l’élève (AGCF du 22 mai 2014, art. 8 et 10)",
        SOS,
    ),
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
        "Les autres motifs (le « mot des parents ») sont laissés à l’appréciation de la direction : force majeure ou "
        "circonstances exceptionnelles liées à des problèmes familiaux, de santé mentale ou physique de l’élève, ou "
        "de transports. Des vacances n’en font pas partie.",
        "bruxelles-j.be",
        BXL_J,
    ),
    statement(
        "En secondaire, le règlement d’ordre intérieur fixe le nombre de demi-jours que les parents peuvent "
        "justifier eux-mêmes, <strong>entre 8 et 16 demi-jours</strong> par année.",
        "bruxelles-j.be",
        BXL_J,
    ),
    statement(
        "En fondamental (maternelle et primaire), la SSMG écrit que le nombre de demi-jours justifiés par un mot des "
        "parents est illimité ; certains règlements d’ordre intérieur d’écoles fixent pourtant une limite.",
        "SSMG",
        SSMG,
        to_verify=True,
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
        "Côté école, des règlements citent la circulaire n° 4104 du 16 août 2012 pour les mentions attendues : nom du "
        "médecin et de l’élève, date de début et durée de l’incapacité, signature et cachet, date de l’examen. "
        "Circulaire ancienne : la version en vigueur est à vérifier.",
        "École européenne SHAPE (règlement citant la circulaire 4104)",
        EI_SHAPE,
        to_verify=True,
    ),
    statement(
        "Le certificat de complaisance expose le médecin à des sanctions disciplinaires et pénales ; il est du "
        "devoir du médecin généraliste de le refuser.",
        "SSMG",
        SSMG,
    ),
    statement(
        "Un faux certificat peut constituer un faux en écritures, un faux certificat ou un usage de faux "
        "(articles 196, 197, 204 et 207 du Code pénal cités par la source ; numérotation à vérifier depuis la "
        "réforme du Code pénal) ; le patient qui en fait usage est aussi punissable.",
        "Lexgo, faux certificats",
        LEXGO,
        to_verify=True,
    ),
    (
        "can_cannot",
        {
            "title": "Ce que le médecin peut / ne peut pas écrire",
            "can_heading": "Peut écrire (si constaté)",
            "can": [
                {
                    "text": "L’identification complète du médecin (n° INAMI) et de l’élève",
                    "source_label": "Ordre des médecins (2024)",
                    "source_url": ORDRE_PAGE,
                },
                {
                    "text": "La date de début et de fin de l’incapacité",
                    "source_label": "Ordre des médecins (2024)",
                    "source_url": ORDRE_PAGE,
                },
                {
                    "text": "La date du jour et sa signature (le cachet est attendu par l’école)",
                    "source_label": "Ordre des médecins (2024)",
                    "source_url": ORDRE_PAGE,
                },
                {
                    "text": "Qu’il s’agit d’une consultation à distance ou du dossier, à défaut d’examen",
                    "source_label": "Ordre des médecins, FAQ (art. 26)",
                    "source_url": ORDRE_FAQ,
                },
            ],
            "cannot_heading": "Ne peut pas",
            "cannot": [
                {
                    "text": "Antidater, couvrir des jours non constatés",
                    "source_label": "Conseil provincial du Brabant wallon",
                    "source_url": OMBBW,
                },
                {
                    "text": "Mentionner le diagnostic à l’école",
                    "source_label": "Ordre, décision du 27/02/2025",
                    "source_url": ORDRE_2025,
                },
                {
                    "text": "Invoquer des raisons familiales, des vacances, le transport",
                    "source_label": "enseignement.be",
                    "source_url": ENS,
                },
                {
                    "text": "Utiliser un formulaire d’ordonnance INAMI comme certificat",
                    "source_label": "Ordre des médecins (avis)",
                    "source_url": ORDRE_FAMILY,
                },
                {
                    "text": "Répondre à une école qui « vérifie » un certificat",
                    "source_label": "RTBF, 2019",
                    "source_url": RTBF_2019,
                },
            ],
        },
    ),
    ("heading", "Quand les absences s’accumulent"),
    statement(
        "Dès le <strong>9e demi-jour</strong> d’absence injustifiée, l’école signale l’élève mineur à la DGEO "
        "(service du droit à l’instruction) au plus tard le 5e jour ouvrable scolaire suivant ; chaque demi-jour "
        "injustifié supplémentaire est signalé en fin de mois.",
        "sos-ecole.be",
        SOS,
    ),
    statement(
        "L’école convoque les responsables légaux. Les sources divergent sur le moment : au <strong>9e</strong> "
        "demi-jour selon sos-ecole.be, à partir du <strong>10e</strong> selon un article de RTL (2015).",
        "RTL, 2015",
        RTL_2015,
        to_verify=True,
    ),
    statement(
        "Au-delà de <strong>20 demi-jours</strong> d’absence injustifiée, dès la 3e secondaire, l’élève perd la "
        "qualité d’élève régulier, sauf dérogation demandée par le chef d’établissement.",
        "enseignement.be",
        ENS_20,
    ),
    statement(
        "Le service de l’aide à la jeunesse (SAJ) ne décide rien sans l’accord des parents et du jeune "
        "<strong>dès 14 ans</strong> (une autre source cite 12 ans : âge à vérifier).",
        "accrochagescolaire.brussels — le SAJ",
        SAJ,
        to_verify=True,
    ),
]

LEGAL_BODY = [
    ("heading", "Éditeur et contacts"),
    (
        "paragraph",
        "<p>Site du projet « Ensemble accrochons-nous » : plateformes Enseignement–Aide à la jeunesse de Liège, "
        "Verviers et Huy-Waremme, CLPS et réseau REALiSM.</p>",
    ),
    ("legal_details", None),
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
        f'<p>Chaque fiche indique sa source et son état de vérification. Voir <a href="{reverse("core:about_data")}">'
        f'à propos des données</a> et les <a href="{reverse("opendata:index")}">données ouvertes</a>.</p>',
    ),
]

SEED_NOTE = "Décrit d’après la présentation du projet sur AccrochAJE : date exacte, licence et fichier à vérifier."

# The seed's real tools, described as the seed describes them (slug, title, kind, format, period, audiences, text).
TOOLS = [
    (
        "webinaire-medecins-2020",
        "Webinaire 2020 pour les médecins",
        "video",
        "web",
        "2020",
        ["medecins"],
        "Un des trois webinaires organisés en 2020, pendant la crise sanitaire, à la place des colloques : celui-ci "
        "à destination des médecins.",
    ),
    (
        "webinaire-intervenants-2020",
        "Webinaire 2020 pour les intervenants sociaux",
        "video",
        "web",
        "2020",
        ["professionnels", "ecoles"],
        "Un des trois webinaires organisés en 2020 à la place des colloques : celui-ci à destination des "
        "intervenants sociaux.",
    ),
    (
        "webinaire-familles-2020",
        "Webinaire 2020 pour les familles",
        "video",
        "web",
        "2020",
        ["familles"],
        "Un des trois webinaires organisés en 2020 à la place des colloques : celui-ci à destination des familles.",
    ),
    (
        "affiches-du-groupe",
        "Les affiches du groupe « Ensemble accrochons-nous »",
        "affiche",
        "web",
        "",
        ["medecins", "professionnels", "familles"],
        "Les affiches produites par le groupe depuis 2019, autour des certificats médicaux dits « de complaisance » "
        "et des ressources pour les jeunes en décrochage.",
    ),
    (
        "flyers-du-groupe",
        "Les flyers du groupe « Ensemble accrochons-nous »",
        "flyer",
        "web",
        "",
        ["medecins", "professionnels", "familles"],
        "Les flyers produits par le groupe et diffusés en 2021 et 2022 dans l’enseignement, l’aide à la jeunesse et "
        "auprès des médecins.",
    ),
    (
        "repertoires-du-groupe",
        "Les répertoires des ressources",
        "repertoire",
        "web",
        "",
        ["professionnels", "medecins", "ecoles"],
        "Les répertoires des ressources existantes pour soutenir les jeunes en décrochage, produits par le groupe.",
    ),
    (
        "ligne-du-temps-document",
        "La ligne du temps du projet (document)",
        "autre",
        "web",
        "",
        ["professionnels"],
        "Le document qui retrace les étapes du projet depuis 2019, publié avec la présentation du projet.",
    ),
]
