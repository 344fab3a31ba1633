# ruff: noqa: E501  (French prose: lines wrap where the sentence reads best)
"""Doctors' pathway, part 2: the outcomes (draft leaves U1, U2, L1-L10; N5 and N6 only where they apply).

Each outcome opens with « L'essentiel » (at most ~120 words); the explanations follow, collapsed. Shared blocks appear
only where they apply (no avoidance advice on an acute illness, no consent boilerplate on child protection).
"""

from .build import outcome, src
from .facts import (
    ART_458BIS,
    CERTIFICATE_TABLE,
    CIRCULAR_4104,
    FALSE_CERTIFICATE,
    PARENT_NOTES,
    REALISM_MOBILE,
    SAJ_CONSENT,
    SIGNAL_9,
    TWENTY,
)

# N5 (link with the school), for the outcomes where a contact with the school helps the young person.
SCHOOL_LINK = """<p><strong>Avec l'accord</strong> du jeune et/ou des parents (noté au dossier) : contacter le
<strong>CPMS</strong> ou le <strong>médecin PSE</strong> de l'école, de médecin à médecin si possible. Partager ce qui
est nécessaire à l'aide (« un suivi est en place », « besoin d'un retour progressif »), <strong>pas le
diagnostic</strong>. [S21][S23][S4][S24][S25]</p>
<p><strong>Sans accord</strong> : respecter le refus ; encourager la famille à contacter elle-même le CPMS ; maintenir le
suivi. [S24]</p>"""
LINK_SOURCES = ("S21", "S23", "S4", "S24", "S25")

# N6 (follow-up and escalation), for the outcomes of a psychological difficulty.
FOLLOW_UP = """<p><strong>Suivi</strong> : revoir le jeune ; si les absences persistent malgré la première ligne, passer
à la deuxième ligne (SSM, pédopsychiatrie, REALiSM) en concertation. La prolongation de l'évitement aggrave le pronostic.
[S16][S15] L'école peut, de son côté, mobiliser les équipes mobiles de la DGEO (à la demande de la direction) et un DIAS
(secondaire). [S52][S60]</p>"""
FOLLOW_UP_SOURCES = ("S16", "S15", "S52", "S60")

PMS = "<li>Le centre PMS de l'école est gratuit, indépendant de l'école et tenu au secret.</li>"

NODES = [
    outcome(
        "U1",
        "Urgence psychique",
        "",
        urgent=True,
        emergency="suicide",
        summary=f"""<ul><li><strong>Danger immédiat</strong> : 112 ou service d'urgences. Conseil possible du Centre de
        prévention du suicide, 0800 32 123 (gratuit, anonyme, 24 h/24). [S20]</li>
        <li>{REALISM_MOBILE}</li>
        <li>Le jeune peut appeler le 103 (Écoute-Enfants). [S20]</li>
        <li>Certificat : seulement pour une incapacité constatée (hospitalisation, soins), sans diagnostic. [S1][S4]</li>
        </ul>""",
        family_steps="""<ul><li>En cas de danger, appelez le 112 ou rendez-vous aux urgences.</li>
        <li>Le 0800 32 123 répond à toute heure, gratuitement et anonymement.</li>
        <li>Votre enfant peut appeler le 103 pour parler à quelqu'un.</li>
        <li>Revoyez votre médecin très vite.</li></ul>""",
        kinds=("crise", "sante_mentale", "ecoute"),
        sources=src("S20", "S27", "S53", "S1", "S4"),
    ),
    outcome(
        "U2",
        "Maltraitance suspectée : protéger l'enfant",
        "",
        urgent=True,
        safety=True,
        emergency="maltraitance",
        summary=f"""<ul><li>Appelez une <strong>équipe SOS Enfants</strong> : elle conseille les professionnels, évalue et traite hors du
        cadre judiciaire. [S31]</li>
        <li>{SAJ_CONSENT}</li>
        <li>{ART_458BIS}</li>
        <li>Certificat : seulement si une incapacité est constatée, sans les faits ni le diagnostic. [S4]</li></ul>""",
        professional_steps=f"""<ul><li>Équipe SOS Enfants : conseil pour le professionnel, évaluation et traitement
        hors du cadre judiciaire. [S31]</li>
        <li>{SAJ_CONSENT}</li>
        <li>{ART_458BIS}</li>
        <li>Secret professionnel (art. 458 du Code pénal) ; les équipes SOS Enfants sont tenues à la confidentialité,
        avec les exceptions des art. 458bis et 422bis <em>[À VÉRIFIER : numérotation après la réforme du Code
        pénal]</em>. [S31][S22]</li>
        <li>Certificat : seulement si une incapacité est constatée ; aucune mention des faits ni du diagnostic vers
        l'école. [S4]</li></ul>""",
        youth_steps="""<ul><li>Tu peux appeler le <strong>103</strong> : c'est gratuit et anonyme, tu n'as pas besoin de
        dire ton nom.</li>
        <li>En cas de danger, appelle le <strong>112</strong> ou le <strong>101</strong> (police).</li>
        <li>Garde cette feuille pour toi, ou retiens les numéros.</li>
        <li>Tu peux en parler à un adulte de confiance : ton médecin, le centre PMS de ton école.</li></ul>""",
        kinds=("maltraitance", "saj"),
        sources=src("S31", "S30", "S22", "S4", "S20"),
    ),
    outcome(
        "L1",
        "Jours passés non constatés : ne pas certifier",
        """<ul><li><strong>Attestation « dixit »</strong> (« X déclare… ») : position de l'Ordre ambiguë dans les sources
        (refusée en 1989 ; admise dans le cadre d'un protocole flamand pour des raisons de santé non objectivables)
        <em>[À VÉRIFIER : position de l'Ordre en FWB avant de la proposer]</em>. [S45][S46]</li>
        <li>Une demande rétroactive est souvent le signe d'absences répétées : explorez ce que cache l'absence.</li>
        </ul>""",
        summary=f"""<ul><li><strong>Ne pas antidater</strong> ni certifier une incapacité que vous n'avez pas
        constatée, sauf éléments objectifs du dossier. [S3][S1][S2]</li>
        <li>À dire à la famille : pour des jours passés, la voie normale est le <strong>justificatif des parents</strong>,
        apprécié par la direction. [S9][S8] {PARENT_NOTES}</li>
        <li>Puis explorez ce que cache l'absence (bouton ci-dessous).</li></ul>""",
        family_steps="""<ul><li>Pour des jours passés que le médecin n'a pas constatés, c'est un justificatif des
        parents qu'il faut remettre à la direction de l'école : elle apprécie les raisons.</li>
        <li>Si les absences se répètent, parlez-en au centre PMS de l'école : il est gratuit et tenu au secret.</li>
        </ul>""",
        kinds=("cpms",),
        next_key="N4",
        sources=src("S3", "S1", "S2", "S9", "S8", "S6", "S45", "S46"),
    ),
    outcome(
        "L2",
        "Affection aiguë constatée : un certificat conforme",
        "",
        summary="""<ul><li>Délivrez un <strong>certificat d'incapacité scolaire conforme</strong> pour la durée
        médicalement justifiée : identification du médecin (n° INAMI) et de l'élève, dates de début et de fin, daté du
        jour, signé, <strong>sans diagnostic</strong>. [S1][S4]</li>
        <li>Si ce n'est pas la première demande de l'année, prévoyez de parler de l'école lors d'une prochaine
        consultation.</li></ul>""",
        certificate=f"{CERTIFICATE_TABLE}<p>{CIRCULAR_4104}</p>",
        family_steps="""<ul><li>Remettez le certificat à l'école dans les délais prévus par son règlement.</li>
        <li>Si les absences se répètent, parlez-en à votre médecin.</li></ul>""",
        sources=src("S1", "S2", "S3", "S4", "S5", "S8", "S47", "S50"),
    ),
    outcome(
        "L3",
        "Maladie longue ou chronique : certificat et continuité scolaire",
        """<p>Besoins spécifiques et aménagements raisonnables : reconnus via le CPMS (ou un centre agréé), formalisés
        dans un protocole. [S41][S24]</p>""",
        summary="""<ul><li>Certificat conforme, <strong>sans diagnostic</strong>. [S1][S4]</li>
        <li><strong>Continuité scolaire</strong> : École à l'hôpital et à domicile (gratuit), enseignement de type 5 à
        l'hôpital ; l'école assure notes de cours et <strong>aménagements raisonnables</strong>. [S34][S44]</li>
        <li>Avec accord : contact de médecin à médecin avec le PSE ou le médecin du CPMS, sans transmettre le
        diagnostic aux enseignants. [S21][S23][S25]</li></ul>""",
        certificate=CERTIFICATE_TABLE,
        consent=SCHOOL_LINK,
        family_steps=f"""<ul><li>Votre enfant peut garder le contact avec sa classe : cours à l'hôpital ou à la maison
        (École à l'hôpital et à domicile, gratuit).</li><li>L'école peut adapter l'organisation (aménagements
        raisonnables) : demandez-le au centre PMS.</li>{PMS}</ul>""",
        kinds=("pse", "cpms"),
        sources=src("S1", "S2", "S3", "S4", "S5", "S8", "S47", "S50", "S34", "S44", "S41", *LINK_SOURCES),
    ),
    outcome(
        "L4",
        "Refus scolaire anxieux probable",
        f"""<p>Prise en charge globale, pluridisciplinaire, en réseau ; aménagements scolaires. [S14][S15] Formes
        sévères : pédopsychiatrie, hospitalisation de jour ou résidentielle (lits K). [S15][S27] {REALISM_MOBILE}
        Pour les ados et parents qui ne savent pas où aller : Openado / Maison de l'adolescent. [S35]</p>""",
        summary="""<ul><li><strong>Pas de certificat attestant de la non-reprise</strong>, pas de scolarité à distance
        prolongée. [S14][S17]</li>
        <li>À dire : c'est un <strong>symptôme</strong> ; plus l'absence dure, plus le retour est dur ; visez une
        <strong>reprise précoce</strong>, même progressive. [S16][S15]</li>
        <li>Appeler : le <strong>CPMS</strong> (plan de retour) [S24] ; un <strong>psychologue de première
        ligne</strong>, gratuit jusqu'à 23 ans, sans prescription [S26], ou un service de santé mentale. [S28]</li>
        <li>Revoir dans une à deux semaines (proposition du groupe de travail).</li></ul>""",
        certificate="""<p>Si une incapacité courte est médicalement indispensable (crise aiguë, hospitalisation), la
        limiter et l'accompagner d'un plan de reprise et d'une orientation <em>[À VÉRIFIER : proposition à valider par
        le groupe et l'Ordre]</em>. [S14]</p>""",
        consent=SCHOOL_LINK + FOLLOW_UP,
        family_steps=f"""<ul><li>Un retour à l'école rapide, même progressif, aide votre enfant : plus l'absence dure,
        plus le retour devient difficile.</li>{PMS}<li>Un psychologue de première ligne est gratuit jusqu'à 23 ans,
        sans prescription.</li><li>Revoyez votre médecin dans une à deux semaines.</li></ul>""",
        kinds=("cpms", "sante_mentale", "ado"),
        sources=src(
            "S14", "S15", "S16", "S17", "S24", "S26", "S28", "S27", "S53", "S35", *LINK_SOURCES, *FOLLOW_UP_SOURCES
        ),
    ),
    outcome(
        "L5",
        "Humeur dépressive ou idées suicidaires, sans danger immédiat",
        "",
        emergency="suicide",
        summary="""<ul><li>Abordez explicitement idées suicidaires et automutilations : en parler n'augmente pas le
        risque. [S18][S19] Risque élevé : 112, urgences, 0800 32 123. [S20]</li>
        <li>Orientez vite : service de santé mentale, pédopsychiatre, psychologue de première ligne ; le jeune peut
        appeler le 103. [S20][S26][S28]</li>
        <li>Certificat : seulement si l'état constaté empêche de suivre les cours ; durée courte, sans diagnostic,
        réévaluée. [S1][S4]</li></ul>""",
        consent=SCHOOL_LINK + FOLLOW_UP,
        family_steps=f"""<ul><li>Prenez vite rendez-vous avec un des services ci-dessous.</li><li>Le 0800 32 123
        répond à toute heure, gratuitement et anonymement ; votre enfant peut appeler le 103.</li>{PMS}
        <li>En cas de danger, appelez le 112.</li></ul>""",
        kinds=("sante_mentale", "ecoute", "cpms"),
        sources=src("S18", "S19", "S20", "S26", "S28", "S1", "S4", *LINK_SOURCES, *FOLLOW_UP_SOURCES),
    ),
    outcome(
        "L6",
        "Harcèlement ou cyberharcèlement",
        """<p>Signes : peur d'aller à l'école, chute des résultats, troubles du sommeil, maux de ventre. [S36] Soutien
        psychologique (psychologue de première ligne, SSM) pour le retentissement. [S26][S28]</p>""",
        summary="""<ul><li>Prenez-le au sérieux. Chaque école doit avoir une <strong>procédure interne</strong> de
        signalement et de prise en charge du harcèlement : la famille peut la demander. [S36][S56]</li>
        <li>Appeler : le <strong>CPMS</strong>, la <strong>médiation scolaire</strong>, une <strong>AMO</strong>,
        Openado ; le jeune peut appeler le <strong>103</strong>. [S11][S33][S29][S35][S36]</li>
        <li>Certificat : seulement pour une incapacité constatée ; préférez des mesures de protection à l'école qui
        permettent la reprise.</li></ul>""",
        consent=SCHOOL_LINK,
        family_steps=f"""<ul><li>Demandez à l'école d'appliquer sa procédure contre le harcèlement : chaque école doit
        en avoir une.</li>{PMS}<li>Votre enfant peut appeler le 103, gratuit et anonyme.</li></ul>""",
        kinds=("cpms", "mediation", "amo", "ecoute"),
        sources=src("S36", "S56", "S11", "S33", "S29", "S35", "S26", "S28", *LINK_SOURCES),
    ),
    outcome(
        "L7",
        "Difficultés d'apprentissage, d'orientation ou besoins spécifiques",
        """<p>Troubles des apprentissages non identifiés et autisme peuvent sous-tendre un refus scolaire. [S42] Bilans
        spécialisés selon le cas (logopédie, neuropsychologie). Exemple : un SAJ a réorienté une jeune dont l'orientation
        était inadaptée vers un service d'information sur les études. [S58]</p>""",
        summary="""<ul><li>Pas de certificat sans incapacité médicale. [S1]</li>
        <li>Le <strong>CPMS</strong> évalue, oriente, fait reconnaître des besoins spécifiques et formalise des
        aménagements raisonnables. [S41][S24]</li>
        <li>Soutien scolaire de proximité : les <strong>écoles de devoirs</strong>. [S57]</li></ul>""",
        consent=SCHOOL_LINK,
        family_steps=f"""<ul>{PMS}<li>Le centre PMS peut faire reconnaître des besoins spécifiques et demander des
        aménagements à l'école.</li><li>Une école de devoirs peut aider votre enfant près de chez vous.</li></ul>""",
        kinds=("cpms", "devoirs", "orientation"),
        sources=src("S41", "S24", "S42", "S57", "S58", "S1", *LINK_SOURCES),
    ),
    outcome(
        "L8",
        "Difficultés familiales, sociales ou économiques (sans danger)",
        """<ul><li>Centre de planning familial : un mineur y est reçu sans accord parental. [S37]</li>
        <li>Service Droit des Jeunes : questions juridiques et scolaires. [S39]</li></ul>""",
        summary=f"""<ul><li><strong>Pas de certificat</strong> : ce n'est pas un motif médical ; la direction apprécie
        les circonstances exceptionnelles liées à des problèmes familiaux. [S8][S9][S47]</li>
        <li>Appeler : le <strong>CPMS</strong>, premier service quand des facteurs sociaux ou familiaux sont en cause
        [S11] ; une <strong>AMO</strong> (gratuite, sans mandat) [S29] ; le <strong>CPAS</strong>. [S38]</li>
        <li>{SAJ_CONSENT} S'il y a danger : SOS Enfants. [S31]</li></ul>""",
        consent=SCHOOL_LINK,
        family_steps=f"""<ul><li>Expliquez la situation à la direction de l'école : c'est elle qui apprécie les
        absences pour raisons familiales.</li>{PMS}<li>Une AMO vous aide gratuitement, sans dossier ni mandat.</li>
        </ul>""",
        kinds=("cpms", "amo", "cpas", "planning"),
        sources=src("S8", "S9", "S47", "S31", "S30", "S11", "S29", "S38", "S37", "S39", *LINK_SOURCES),
    ),
    outcome(
        "L9",
        "Décrochage, absentéisme « délibéré », exclusion",
        f"""<p>{SIGNAL_9} {TWENTY}</p><p>SAS : jeunes exclus, en décrochage (plus de 20 demi-jours) ou en crise ;
        satisfait à l'obligation scolaire, 6 mois par an au plus. [S32] Droits (exclusion, recours) : Service Droit des
        Jeunes, Délégué général aux droits de l'enfant. [S39][S40]</p>""",
        summary="""<ul><li><strong>Pas de certificat.</strong> [S10][S13]</li>
        <li>Cherchez quand même une anxiété ou une dépression associée (coexistence fréquente). [S55]</li>
        <li>Appeler : le <strong>CPMS</strong> [S24], une <strong>AMO</strong> [S29], l'<strong>information
        jeunesse</strong>, un <strong>service d'accrochage scolaire</strong> (SAS) [S32], un <strong>Service Droit des
        Jeunes</strong> en cas d'exclusion. [S39]</li></ul>""",
        consent=SCHOOL_LINK,
        family_steps=f"""<ul><li>Il n'est jamais trop tard pour demander de l'aide, même après une longue
        absence.</li>{PMS}<li>Une AMO aide les jeunes et les familles gratuitement, sans mandat.</li><li>En cas
        d'exclusion, un Service Droit des Jeunes conseille gratuitement.</li></ul>""",
        kinds=("cpms", "amo", "info_jeunes", "sas", "droit"),
        sources=src("S10", "S12", "S13", "S55", "S24", "S29", "S32", "S39", "S40", *LINK_SOURCES),
    ),
    outcome(
        "L10",
        "Demande de complaisance (vacances, voyage, examen à éviter)",
        f"""<p>{FALSE_CERTIFICATE}</p>""",
        summary="""<ul><li><strong>Refusez</strong>, en expliquant : un certificat atteste un fait médical ; un faux
        expose le médecin et le patient à des sanctions. L'Ordre encourage l'affichage « un certificat non justifié sera
        toujours refusé ». [S2][S6][S59]</li>
        <li>Les vacances ne sont pas un motif valable ; la famille peut s'adresser à la direction, qui apprécie les
        circonstances exceptionnelles. [S8][S9]</li>
        <li>Gardez la porte ouverte à une difficulté sous-jacente.</li></ul>""",
        family_steps="""<ul><li>Un certificat médical ne peut attester qu'un problème de santé constaté.</li>
        <li>Pour une autre raison, adressez-vous à la direction de l'école, qui apprécie les circonstances
        exceptionnelles.</li></ul>""",
        sources=src("S2", "S6", "S7", "S59", "S8", "S9"),
    ),
]
