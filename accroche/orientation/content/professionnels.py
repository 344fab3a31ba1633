"""Professionals' pathway: a school, CPMS or youth worker worried about a pupil (sourced facts)."""

from .build import information, outcome, question, src

TITLE = "Je m'inquiète pour un élève"
SUMMARY = (
    "Pour les écoles, les CPMS et les travailleurs jeunesse : repérer, respecter le secret, mobiliser les bons "
    "services."
)
INTRO = """<p>Pour les directions, enseignants, éducateurs, agents PMS et travailleurs de la jeunesse. Les réponses ne
sont pas enregistrées ; n'y mettez rien qui identifie l'élève.</p>"""

SECRET = (
    "<p>Les agents PMS sont soumis au secret professionnel, l'équipe éducative à un devoir de discrétion ; le PMS "
    "peut servir d'intermédiaire. [S23] Le partage d'informations se fait dans l'intérêt du jeune et avec son "
    "accord ou celui des parents. [S21] L'école ne peut pas appeler un médecin pour vérifier un certificat. "
    "[S5]</p>"
)
SECRET_SOURCES = ("S23", "S21", "S5")

NODES = [
    information(
        "R0",
        "Un élève s'absente, décroche ou vous inquiète",
        "<p>Une absence est un signal : le repérage précoce est la clé, et le CPMS est l'interlocuteur privilégié de "
        "l'école pour le décrochage. [S17][S24] Le certificat médical couvre l'absence mais peut rendre l'élève "
        "« invisible ». [S44]</p>" + SECRET,
        "R1",
        src("S17", "S24", "S44", *SECRET_SOURCES),
    ),
    question(
        "R1",
        "Y a-t-il un danger immédiat pour l'élève ?",
        "",
        [
            ("Oui : idées suicidaires, automutilation, état psychique aigu", "RU1"),
            ("Oui : maltraitance, violences, négligence grave suspectées", "RU2"),
            ("Non", "R2"),
        ],
        src("S20"),
    ),
    question(
        "R2",
        "Où en sont les absences ?",
        "<p>1 période de cours manquée = 1 demi-jour d'absence. [S10]</p>",
        [
            ("Quelques absences ou retards, aucun seuil atteint", "R3"),
            ("9 demi-jours injustifiés ou plus", "RI-seuil"),
            ("Élève exclu, ou plus de 20 demi-jours injustifiés", "RO-sas"),
        ],
        src("S10"),
    ),
    information(
        "RI-seuil",
        "9 demi-jours injustifiés : les obligations de l'école",
        "<ul><li>L'école doit signaler l'élève mineur à la DGEO au plus tard le 5e jour ouvrable scolaire et "
        "convoquer les représentants légaux. [S10][S12] (Convocation au 9e ou au 10e demi-jour : sources "
        "divergentes <em>[À VÉRIFIER]</em>.)</li><li>Si les parents ne viennent pas : visite d'un membre du "
        "personnel, médiation scolaire s'il y a des éléments relationnels, CPMS d'abord en cas de difficultés "
        "sociales ou familiales. [S11]</li></ul>",
        "R3",
        src("S10", "S12", "S11"),
    ),
    question(
        "R3",
        "Qu'observez-vous surtout ?",
        "",
        [
            ("Anxiété, plaintes physiques le matin, peur de l'école", "RO-anxiete"),
            ("Harcèlement ou cyberharcèlement", "RO-harcelement"),
            ("Difficultés familiales, sociales ou économiques", "RO-famille"),
            ("Difficultés d'apprentissage ou d'orientation", "RO-apprentissage"),
            ("Désengagement, consommations, conduites à risque", "RO-decrochage"),
            ("Le contact avec la famille est rompu", "RO-contact"),
        ],
        src("S15", "S36", "S42", "S55"),
    ),
    outcome(
        "RU1",
        "Danger psychique : urgence",
        "<p>Danger immédiat : 112 ou urgences. Conseil possible auprès du Centre "
        "de prévention du suicide (0800 32 123, 24 h/24). Une crise non urgente relève d'une équipe mobile du réseau "
        "de santé mentale. [S20][S53]</p>",
        urgent=True,
        consent=SECRET,
        contacts="<ul><li>Urgences, pédopsychiatrie. [S20]</li><li>Réseau REALiSM <em>[À VÉRIFIER : équipes mobiles "
        "à Liège]</em>. [S27]</li></ul>",
        family_steps="<ul><li>112 en cas de danger.</li><li>0800 32 123 et 103 : gratuits et anonymes.</li></ul>",
        types=("psychiatrie", "reseau_sante_mentale", "ssm", "ligne_ecoute"),
        sources=src("S20", "S53", "S27", *SECRET_SOURCES),
    ),
    outcome(
        "RU2",
        "Suspicion de maltraitance : protéger l'enfant",
        "<p>Les équipes SOS Enfants s'adressent à tout professionnel en difficulté face à une suspicion ; elles "
        "travaillent hors du cadre judiciaire. [S31] Le SAJ peut recevoir les inquiétudes d'une école ou d'un service "
        "de première ligne. [S30] En cas de danger grave et imminent, l'art. 458bis permet, sous conditions, "
        "d'informer le procureur du Roi. [S22]</p>",
        urgent=True,
        consent=SECRET,
        contacts="<ul><li>Équipe SOS Enfants. [S31]</li><li>SAJ de l'arrondissement. [S30]</li></ul>",
        family_steps="<ul><li>112 ou 101 en cas de danger.</li><li>103 : écoute gratuite et anonyme.</li></ul>",
        types=("maltraitance", "saj"),
        sources=src("S31", "S30", "S22", *SECRET_SOURCES),
    ),
    outcome(
        "RO-sas",
        "Exclusion ou décrochage installé",
        "<p>Au-delà de 20 demi-jours dès la 3e secondaire, l'élève perd la qualité d'élève régulier, sauf "
        "dérogation. [S13] Le SAS accueille les mineurs exclus, en décrochage ou en crise ; il satisfait à "
        "l'obligation scolaire (3 mois renouvelable une fois, max 6 mois par an). [S32]</p>",
        consent=SECRET,
        contacts="<ul><li>SAS. [S32]</li><li>CPMS. [S24]</li><li>Service Droit des Jeunes pour l'exclusion et les "
        "recours. [S39]</li></ul>",
        family_steps="<ul><li>Un service d'accrochage scolaire peut accueillir votre enfant.</li><li>En cas "
        "d'exclusion, un Service Droit des Jeunes conseille gratuitement.</li></ul>",
        types=("sas", "cpms", "droit_des_jeunes", "amo"),
        sources=src("S13", "S32", "S24", "S39", *SECRET_SOURCES),
    ),
    outcome(
        "RO-anxiete",
        "Anxiété et refus scolaire",
        "<p>Le refus scolaire anxieux est un symptôme ; l'objectif est une reprise précoce avec des aménagements et "
        "un soin de l'anxiété, en réseau. [S16][S15][S14] Les CPMS peuvent organiser à l'école des séances gratuites "
        "avec un psychologue de première ligne. [S26]</p>",
        consent=SECRET,
        contacts="<ul><li>CPMS : plan de retour progressif. [S24]</li><li>PPL (gratuit jusqu'à 23 ans). [S26]</li>"
        "<li>SSM. [S28]</li></ul>",
        family_steps="<ul><li>Le centre PMS est gratuit et tenu au secret.</li><li>Psychologue de première ligne : "
        "gratuit jusqu'à 23 ans, sans prescription.</li></ul>",
        types=("cpms", "ppl", "ssm", "maison_ado"),
        sources=src("S16", "S15", "S14", "S26", "S24", "S28", *SECRET_SOURCES),
    ),
    outcome(
        "RO-harcelement",
        "Harcèlement",
        "<p>Appliquer la procédure interne de signalement et de prise en charge prévue par le ROI. [S56] Ressources : "
        "CPMS, médiation scolaire, AMO, Openado, 103 ; la direction peut solliciter les équipes mobiles de la DGEO. "
        "[S36][S35][S52]</p>",
        consent=SECRET,
        contacts="<ul><li>CPMS. [S24]</li><li>Médiation scolaire. [S33]</li><li>Équipes mobiles (à la demande de la "
        "direction). [S52]</li><li>AMO, Openado. [S29][S35]</li></ul>",
        family_steps="<ul><li>L'école a une procédure contre le harcèlement : elle s'en occupe.</li><li>103 : "
        "écoute gratuite et anonyme.</li></ul>",
        types=("cpms", "mediation_scolaire", "equipe_mobile", "amo", "maison_ado"),
        sources=src("S56", "S36", "S35", "S52", "S24", "S33", "S29", *SECRET_SOURCES),
    ),
    outcome(
        "RO-famille",
        "Difficultés familiales ou sociales",
        "<p>Quand des facteurs économiques, sociaux ou familiaux sont à l'origine de l'absentéisme, le CPMS est le "
        "premier service à contacter ; il relaie vers d'autres services. [S11] L'AMO intervient à la demande du jeune "
        "ou de la famille, sans mandat. [S29] Le SAJ peut recevoir les inquiétudes si la première ligne ne suffit "
        "pas. [S30]</p>",
        consent=SECRET,
        contacts="<ul><li>CPMS. [S11]</li><li>AMO. [S29]</li><li>CPAS. [S38]</li><li>SAJ. [S30]</li></ul>",
        family_steps="<ul><li>Le centre PMS et les AMO aident gratuitement, sans dossier ni mandat.</li></ul>",
        types=("cpms", "amo", "cpas", "saj"),
        sources=src("S11", "S29", "S30", "S38", *SECRET_SOURCES),
    ),
    outcome(
        "RO-apprentissage",
        "Difficultés d'apprentissage ou d'orientation",
        "<p>Le CPMS est la porte d'entrée pour reconnaître des besoins spécifiques et formaliser des aménagements "
        "raisonnables. [S41][S24] Les écoles de devoirs offrent un soutien scolaire de proximité. [S57]</p>",
        consent=SECRET,
        contacts="<ul><li>CPMS. [S24]</li><li>Écoles de devoirs. [S57]</li><li>Orientation (SIEP…). [S58]</li></ul>",
        family_steps="<ul><li>Le centre PMS peut demander des aménagements à l'école.</li><li>Une école de devoirs "
        "peut aider près de chez vous.</li></ul>",
        types=("cpms", "ecole_de_devoirs", "orientation"),
        sources=src("S41", "S24", "S57", "S58", *SECRET_SOURCES),
    ),
    outcome(
        "RO-decrochage",
        "Désengagement et conduites à risque",
        "<p>L'absentéisme délibéré peut coexister avec une anxiété ou une dépression. [S55] Dans le secondaire, un "
        "DIAS peut être mis en place (le conseil de classe décide). [S60]</p>",
        consent=SECRET,
        contacts="<ul><li>CPMS. [S24]</li><li>AMO. [S29]</li><li>Médiation scolaire. [S33]</li>"
        "<li>Services assuétudes.</li></ul>",
        family_steps="<ul><li>Une AMO aide les jeunes et les familles, gratuitement et sans mandat.</li></ul>",
        types=("cpms", "amo", "mediation_scolaire", "assuetudes"),
        sources=src("S55", "S60", "S24", "S29", "S33", *SECRET_SOURCES),
    ),
    outcome(
        "RO-contact",
        "Le contact avec la famille est rompu",
        "<p>La direction peut envoyer un membre du personnel au domicile, solliciter la médiation "
        "scolaire ou un membre "
        "du CPMS. [S11] En cas d'absentéisme persistant, la direction peut faire appel aux équipes mobiles de la DGEO. "
        "[S52]</p>",
        consent=SECRET,
        contacts="<ul><li>CPMS. [S11]</li><li>Médiation scolaire. [S33]</li><li>Équipes mobiles. [S52]</li></ul>",
        family_steps="<ul><li>L'école et le centre PMS veulent vous rencontrer pour aider votre enfant.</li></ul>",
        types=("cpms", "mediation_scolaire", "equipe_mobile"),
        sources=src("S11", "S33", "S52", *SECRET_SOURCES),
    ),
]
