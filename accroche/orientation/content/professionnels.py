# ruff: noqa: E501  (French prose: lines wrap where the sentence reads best)
"""Professionals' pathway: a school, CPMS or youth worker worried about a pupil (sourced facts).

The old information steps (R0, the 9 half-days) moved to the start page and to the outcomes where they apply.
"""

from .build import outcome, question, src
from .facts import ART_458BIS, CONVOCATION, PERIOD_RULE, REALISM_MOBILE, SAJ_CONSENT, SIGNAL_9, TWENTY

TITLE = "Je m'inquiète pour un élève"
SUMMARY = (
    "Pour les écoles, les CPMS et les travailleurs jeunesse : repérer, respecter le secret, mobiliser les bons "
    "services."
)
INTRO = f"""<p>Pour les directions, enseignants, éducateurs, agents PMS et travailleurs de la jeunesse. Les réponses ne
sont pas enregistrées ; n'y mettez rien qui identifie l'élève.</p>
<p>Une absence est un signal : le repérage précoce est la clé, et le CPMS est l'interlocuteur privilégié de l'école pour
le décrochage. [S17][S24] Le certificat médical couvre l'absence mais peut rendre l'élève « invisible ». [S44]</p>
<ul><li>{PERIOD_RULE}</li><li>{SIGNAL_9}</li><li>{CONVOCATION}</li><li>{TWENTY}</li></ul>"""

SECRET = (
    "<p>Les agents PMS sont soumis au secret professionnel, l'équipe éducative à un devoir de discrétion ; le PMS "
    "peut servir d'intermédiaire. [S23] Le partage d'informations se fait dans l'intérêt du jeune et avec son "
    "accord ou celui des parents. [S21] L'école ne peut pas appeler un médecin pour vérifier un certificat. "
    "[S5]</p>"
)
SECRET_SOURCES = ("S23", "S21", "S5")

NODES = [
    question(
        "R1",
        "Y a-t-il un danger immédiat pour l'élève ?",
        "",
        [
            ("Idées suicidaires, automutilation, état psychique aigu", "RU1"),
            ("Maltraitance, violences, négligence grave suspectées", "RU2"),
        ],
        src("S20"),
        multiple=True,
        none_label="Non, pas de danger immédiat",
        none_next="R2",
    ),
    question(
        "R2",
        "Qu'observez-vous ?",
        "",
        [
            ("Anxiété, plaintes physiques le matin, peur de l'école", "RO-anxiete"),
            ("Harcèlement ou cyberharcèlement", "RO-harcelement"),
            ("Difficultés familiales, sociales ou économiques", "RO-famille"),
            ("Difficultés d'apprentissage ou d'orientation", "RO-apprentissage"),
            ("Désengagement, consommations, conduites à risque", "RO-decrochage"),
            ("Le contact avec la famille est rompu", "RO-contact"),
            ("Élève exclu, ou plus de 20 demi-jours injustifiés", "RO-sas"),
        ],
        src("S15", "S36", "S42", "S55", "S13"),
        multiple=True,
    ),
    outcome(
        "RU1",
        "Danger psychique : urgence",
        "",
        urgent=True,
        emergency="suicide",
        summary=f"<ul><li>Danger immédiat : 112 ou urgences. Conseil possible du Centre de prévention du suicide "
        f"(0800 32 123, 24 h/24). [S20]</li><li>{REALISM_MOBILE}</li><li>Prévenez la famille, sauf si elle est la "
        "source du danger.</li></ul>",
        consent=SECRET,
        family_steps="<ul><li>112 en cas de danger.</li><li>0800 32 123 et 103 : gratuits et anonymes.</li></ul>",
        kinds=("crise", "sante_mentale", "ecoute"),
        sources=src("S20", "S53", "S27", *SECRET_SOURCES),
    ),
    outcome(
        "RU2",
        "Suspicion de maltraitance : protéger l'enfant",
        "",
        urgent=True,
        safety=True,
        emergency="maltraitance",
        summary="<ul><li>Les équipes <strong>SOS Enfants</strong> s'adressent à tout professionnel en "
        f"difficulté face à une suspicion ; elles travaillent hors du cadre judiciaire. [S31]</li><li>{SAJ_CONSENT}"
        f"</li><li>{ART_458BIS}</li></ul>",
        professional_steps=f"<ul><li>Équipe SOS Enfants : conseil, évaluation, hors du cadre judiciaire. [S31]</li>"
        f"<li>{SAJ_CONSENT}</li><li>{ART_458BIS}</li>"
        "<li>Les agents PMS sont soumis au secret professionnel, l'équipe éducative à un devoir de discrétion. "
        "[S23]</li></ul>",
        youth_steps="<ul><li>Tu peux appeler le <strong>103</strong> : c'est gratuit et anonyme.</li><li>En cas de "
        "danger : <strong>112</strong> ou <strong>101</strong>.</li><li>Garde cette feuille pour toi, ou retiens les "
        "numéros.</li></ul>",
        kinds=("maltraitance", "saj"),
        sources=src("S31", "S30", "S22", "S23", "S20"),
    ),
    outcome(
        "RO-sas",
        "Exclusion ou décrochage installé",
        "",
        summary=f"<p>{TWENTY} Le <strong>SAS</strong> accueille les mineurs exclus, en décrochage ou en crise ; il "
        "satisfait à l'obligation scolaire (3 mois renouvelable une fois, 6 mois par an au plus). [S32] Exclusion, "
        "recours : Service Droit des Jeunes. [S39]</p>",
        consent=SECRET,
        family_steps="<ul><li>Un service d'accrochage scolaire peut accueillir votre enfant.</li><li>En cas "
        "d'exclusion, un Service Droit des Jeunes conseille gratuitement.</li></ul>",
        kinds=("sas", "cpms", "info_jeunes", "droit", "amo"),
        sources=src("S13", "S32", "S24", "S39", *SECRET_SOURCES),
    ),
    outcome(
        "RO-anxiete",
        "Anxiété et refus scolaire",
        "",
        summary="<p>Le refus scolaire anxieux est un symptôme ; le but est une reprise précoce, avec des aménagements "
        "et un soin de l'anxiété, en réseau. [S16][S15][S14] Le CPMS prépare un retour progressif [S24] et peut "
        "organiser à l'école des séances gratuites avec un psychologue de première ligne. [S26]</p>",
        consent=SECRET,
        family_steps="<ul><li>Le centre PMS est gratuit et tenu au secret.</li><li>Psychologue de première ligne : "
        "gratuit jusqu'à 23 ans, sans prescription.</li></ul>",
        kinds=("cpms", "sante_mentale", "ado"),
        sources=src("S16", "S15", "S14", "S26", "S24", *SECRET_SOURCES),
    ),
    outcome(
        "RO-harcelement",
        "Harcèlement",
        "",
        summary="<p>Appliquez la procédure interne de signalement et de prise en charge prévue par le ROI. [S56] "
        "Ressources : CPMS, médiation scolaire, AMO, Openado ; le jeune peut appeler le 103 ; la direction peut "
        "solliciter les équipes mobiles de la DGEO. [S24][S33][S29][S35][S36][S52]</p>",
        consent=SECRET,
        family_steps="<ul><li>L'école a une procédure contre le harcèlement : elle s'en occupe.</li><li>103 : "
        "écoute gratuite et anonyme.</li></ul>",
        kinds=("cpms", "mediation", "amo", "equipe_mobile", "ecoute"),
        sources=src("S56", "S36", "S35", "S52", "S24", "S33", "S29", *SECRET_SOURCES),
    ),
    outcome(
        "RO-famille",
        "Difficultés familiales ou sociales",
        "",
        summary=f"<p>Quand des facteurs économiques, sociaux ou familiaux sont en cause, le CPMS est le premier service "
        "à contacter ; il relaie vers d'autres services. [S11] L'AMO intervient à la demande du jeune ou de la famille, "
        f"sans mandat. [S29] {SAJ_CONSENT}</p>",
        consent=SECRET,
        family_steps="<ul><li>Le centre PMS et les AMO aident gratuitement, sans dossier ni mandat.</li></ul>",
        kinds=("cpms", "amo", "cpas", "saj"),
        sources=src("S11", "S29", "S30", "S38", *SECRET_SOURCES),
    ),
    outcome(
        "RO-apprentissage",
        "Difficultés d'apprentissage ou d'orientation",
        "",
        summary="<p>Le CPMS est la porte d'entrée pour reconnaître des besoins spécifiques et formaliser des "
        "aménagements raisonnables. [S41][S24] Les écoles de devoirs offrent un soutien scolaire de proximité. [S57] "
        "Une orientation inadaptée peut être revue avec un service d'information sur les études. [S58]</p>",
        consent=SECRET,
        family_steps="<ul><li>Le centre PMS peut demander des aménagements à l'école.</li><li>Une école de devoirs "
        "peut aider près de chez vous.</li></ul>",
        kinds=("cpms", "devoirs", "orientation"),
        sources=src("S41", "S24", "S57", "S58", *SECRET_SOURCES),
    ),
    outcome(
        "RO-decrochage",
        "Désengagement et conduites à risque",
        "",
        summary="<p>L'absentéisme délibéré peut coexister avec une anxiété ou une dépression. [S55] Dans le "
        "secondaire, un DIAS peut être mis en place (le conseil de classe décide). [S60] Ressources : CPMS, AMO, "
        "médiation scolaire. [S24][S29][S33]</p>",
        consent=SECRET,
        family_steps="<ul><li>Une AMO aide les jeunes et les familles, gratuitement et sans mandat.</li></ul>",
        kinds=("cpms", "amo", "mediation", "info_jeunes"),
        sources=src("S55", "S60", "S24", "S29", "S33", *SECRET_SOURCES),
    ),
    outcome(
        "RO-contact",
        "Le contact avec la famille est rompu",
        "",
        summary=f"<p>{SIGNAL_9} {CONVOCATION} Si les parents ne viennent pas, la direction peut envoyer un membre du "
        "personnel au domicile, solliciter la médiation scolaire ou un membre du CPMS (d'abord le CPMS en cas de "
        "difficultés sociales ou familiales). [S11] En cas d'absentéisme persistant, la direction peut faire appel aux "
        "équipes mobiles de la DGEO. [S52]</p>",
        consent=SECRET,
        family_steps="<ul><li>L'école et le centre PMS veulent vous rencontrer pour aider votre enfant.</li></ul>",
        kinds=("cpms", "mediation", "equipe_mobile"),
        sources=src("S10", "S12", "S11", "S33", "S52", *SECRET_SOURCES),
    ),
]
