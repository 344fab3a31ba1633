"""Doctors' pathway, part 2: the outcomes (draft leaves U1, U2, L2-L10, with N5 and N6 folded in)."""

from .build import outcome, src

# N5 (link with the school) and N6 (follow-up), shared by the outcomes — see decision 0050.
SCHOOL_LINK = """
<p><strong>Avec l'accord</strong> du jeune et/ou des parents (noté au dossier) : contacter le <strong>CPMS</strong> (ou
le <strong>médecin PSE</strong>) de l'école <em>(synthèse)</em>. Partager ce qui est nécessaire à l'aide (ex. « un suivi
est en place », « besoin d'un retour progressif ou d'aménagements »), <strong>pas le diagnostic</strong> aux
enseignants. [S21][S23][S4]</p>
<p><strong>Sans accord</strong> : respecter le refus ; encourager la famille à contacter elle-même le CPMS ;
lui remettre
la fiche des services ; maintenir le suivi. Exceptions au secret seulement en cas de danger (art. 458bis, 422bis du Code
pénal). [S22][S24]</p>
<p>L'école ne peut pas appeler le médecin pour « vérifier » un certificat ; c'est l'Ordre qui contrôle. [S5]</p>
<p><strong>Suivi</strong> : revoir le jeune ; si les absences persistent malgré la première ligne, passer à la deuxième
ligne (SSM, pédopsychiatrie, REALiSM, SAS, SAJ) en concertation <em>(synthèse)</em>. La prolongation de l'évitement
aggrave le pronostic. [S16][S15] L'école peut, de son côté, mobiliser les équipes mobiles de la DGEO (à la demande de la
direction uniquement) et un DIAS (secondaire). [S52][S60]</p>
"""
LINK_SOURCES = ("S21", "S23", "S4", "S22", "S24", "S5", "S16", "S15", "S52", "S60")

FAMILY_SCHOOL = (
    "<li>Gardez le lien avec l'école. Le centre PMS de l'école est gratuit, indépendant de l'école et tenu "
    "au secret : il peut vous aider à préparer le retour.</li>"
)

NODES = [
    outcome(
        "U1",
        "Urgence psychique",
        """<p><strong>Urgence</strong> (danger immédiat) : 112 ou service d'urgences ; conseil possible auprès du Centre
        de prévention du suicide (0800 32 123, gratuit, anonyme, 24 h/24). Une <strong>crise</strong> (aide rapide mais
        non urgente) relève plutôt d'une équipe mobile de crise du réseau de santé mentale. [S20][S53]</p>""",
        urgent=True,
        contacts="""<ul><li>Urgences hospitalières, pédopsychiatrie. [S20]</li>
        <li>Équipe mobile de crise enfants-adolescents du réseau REALiSM <em>[À VÉRIFIER : modalités de demande à
        Liège]</em>. [S27]</li><li>Ligne 103 (Écoute-Enfants) pour le jeune. [S20]</li></ul>""",
        certificate="""<p>Uniquement pour une incapacité médicale constatée (hospitalisation, soins) ; sans diagnostic.
        [S1][S4]</p>""",
        consent=SCHOOL_LINK,
        family_steps="""<ul><li>En cas de danger, appelez le 112 ou rendez-vous aux urgences.</li>
        <li>Vous pouvez appeler le 0800 32 123 à toute heure : c'est gratuit et anonyme.</li>
        <li>Votre enfant peut appeler le 103 pour parler à quelqu'un.</li>
        <li>Ne restez pas seuls : reprenez rendez-vous avec votre médecin très vite.</li></ul>""",
        types=("psychiatrie", "reseau_sante_mentale", "ssm", "ligne_ecoute"),
        sources=src("S20", "S53", "S27", "S1", "S4", *LINK_SOURCES),
    ),
    outcome(
        "U2",
        "Protection de l'enfant (maltraitance, violence, négligence grave)",
        """<ul><li>Les équipes <strong>SOS Enfants</strong> (ONE) reçoivent les inquiétudes des professionnels,
        évaluent et traitent hors du cadre judiciaire. [S31]</li>
        <li>Le <strong>SAJ</strong> peut être saisi d'inquiétudes par un professionnel ; aide négociée avec l'accord des
        parents et du jeune dès 14 ans. [S30]</li>
        <li>En cas de danger grave et imminent, l'art. 458bis du Code pénal permet, sous conditions, d'informer le
        procureur du Roi ; l'art. 422bis impose de porter assistance. [S22]</li></ul>""",
        urgent=True,
        contacts="""<ul><li>Équipe SOS Enfants (conseil possible pour le médecin). [S31]</li>
        <li>Service de l'aide à la jeunesse (SAJ) de l'arrondissement. [S30]</li>
        <li>Procureur du Roi en cas de danger grave et imminent (art. 458bis). [S22]</li></ul>""",
        certificate="""<p>Seulement si une incapacité médicale est constatée ; aucune mention des faits ni du diagnostic
        vers l'école. [S4]</p>""",
        consent=SCHOOL_LINK,
        family_steps="""<ul><li>En cas de danger, appelez le 112 (ou le 101, police).</li>
        <li>Le 103 (Écoute-Enfants) écoute les enfants, les jeunes et les adultes inquiets, gratuitement et
        anonymement.</li><li>Les services ci-dessous peuvent vous aider et vous conseiller.</li></ul>""",
        types=("maltraitance", "saj", "ligne_ecoute"),
        sources=src("S31", "S30", "S22", "S4", *LINK_SOURCES),
    ),
    outcome(
        "L2",
        "Affection aiguë objectivée : un certificat conforme",
        """<p>Délivrer un <strong>certificat d'incapacité scolaire conforme</strong> pour la durée médicalement
        justifiée. [S1][S4]</p><p>Si ce n'est pas la première demande de l'année : prévoir un temps de repérage lors
        d'une prochaine consultation <em>(synthèse)</em>.</p>""",
        certificate="""<ul><li>Identification complète du médecin (dont n° INAMI) et de l'élève, date de
        début et de fin,
        daté du jour, signé, <strong>sans diagnostic</strong>. [S1][S4]</li>
        <li>L'école vérifiera notamment que la date de rédaction coïncide avec le début de l'absence et la présence des
        mentions (date d'examen, signature, cachet). [S50]</li></ul>""",
        consent=SCHOOL_LINK,
        family_steps="""<ul><li>Remettez le certificat à l'école dans les délais prévus par le règlement.</li>
        <li>Si les absences se répètent, parlez-en à votre médecin ou au centre PMS de l'école.</li></ul>""",
        types=("cpms", "pse"),
        sources=src("S1", "S4", "S50", *LINK_SOURCES),
    ),
    outcome(
        "L3",
        "Maladie longue, chronique ou récidivante : certificat et continuité scolaire",
        """<p><strong>Continuité scolaire</strong> : École à l'hôpital et à domicile (EHD, gratuit) ; enseignement de
        type 5 à l'hôpital (admission sur attestation du médecin) ; l'école doit assurer notes de cours, adaptation
        des conditions de réussite, <strong>aménagements raisonnables</strong>. [S34][S44]</p>
        <p>Besoins spécifiques et aménagements raisonnables : reconnus via le <strong>CPMS</strong> (ou un centre
        agréé), formalisés dans un protocole. [S41][S24]</p>""",
        certificate="<p>Certificat conforme, sans diagnostic. [S1][S4]</p>",
        contacts="""<p>Avec accord : contact <strong>de médecin à médecin</strong> avec le PSE (médecin scolaire) ou le
        médecin du CPMS pour organiser l'accueil, sans transmettre le diagnostic aux enseignants.
        [S21][S23][S25] <em>(synthèse)</em></p>""",
        consent=SCHOOL_LINK,
        family_steps=f"""<ul><li>Votre enfant peut garder le contact avec sa classe : cours à l'hôpital ou à la maison
        (École à l'hôpital et à domicile, gratuit).</li><li>L'école peut adapter l'organisation (aménagements
        raisonnables) : demandez-le au centre PMS.</li>{FAMILY_SCHOOL}</ul>""",
        types=("cpms", "pse"),
        sources=src("S1", "S4", "S34", "S44", "S41", "S24", "S25", *LINK_SOURCES),
    ),
    outcome(
        "L4",
        "Refus scolaire anxieux probable",
        """<p>Expliquer : le refus scolaire est un <strong>symptôme</strong> ; la prolongation de l'absence et la
        chronicisation aggravent le tableau ; l'objectif est une <strong>reprise scolaire précoce</strong>, avec
        traitement de l'anxiété. [S16][S15]</p><p>Prise en charge globale, pluridisciplinaire, en réseau ;
        aménagements scolaires. [S14][S15] Revoir rapidement (ex. 1 à 2 semaines) <em>(synthèse)</em>.</p>""",
        certificate="""<p><strong>Ne pas rédiger de certificat attestant de la non-reprise</strong> ; pas de « scolarité
        à distance » prolongée. [S14][S17] Si une incapacité courte est médicalement indispensable (crise aiguë,
        hospitalisation), la limiter et l'accompagner d'un plan de reprise et d'une orientation <em>(synthèse —
        [À VALIDER] par le groupe et l'Ordre)</em>.</p>""",
        contacts="""<ul><li><strong>CPMS</strong> de l'école : lien école-famille, plan de retour progressif,
        aménagements. [S24]</li><li><strong>Psychologue de première ligne conventionné</strong> (gratuit jusqu'à 23 ans,
        sans prescription ; aussi à l'école via le CPMS). [S26]</li><li><strong>Service de santé mentale</strong>
        (consultation enfants-ados ; tarifs adaptés). [S28]</li><li><strong>Pédopsychiatre</strong>, consultation
        spécialisée ; formes sévères : hospitalisation de jour ou résidentielle (lits K). [S15][S27]</li>
        <li><strong>Réseau REALiSM</strong> : liaison intersectorielle, équipe mobile en cas de crise. [S27][S53]</li>
        <li>Pour les ados et parents qui ne savent pas où aller : <strong>Openado / Maison de l'adolescent</strong>.
        [S35]</li></ul>""",
        consent=SCHOOL_LINK,
        family_steps=f"""<ul><li>Un retour à l'école rapide, même progressif, aide votre enfant : plus l'absence dure,
        plus le retour devient difficile.</li>{FAMILY_SCHOOL}<li>Un psychologue de première ligne est gratuit jusqu'à
        23 ans, sans prescription.</li><li>Revoyez votre médecin dans une à deux semaines.</li></ul>""",
        types=("cpms", "ppl", "ssm", "psychiatrie", "reseau_sante_mentale", "maison_ado"),
        sources=src("S16", "S15", "S14", "S17", "S24", "S26", "S28", "S27", "S53", "S35", *LINK_SOURCES),
    ),
    outcome(
        "L5",
        "Humeur dépressive ou suicidalité, sans danger immédiat",
        """<p>BITS ≥ 3 : aborder explicitement idées suicidaires et automutilations ; en parler n'augmente pas le
        risque. [S18][S19] Si le risque est élevé : urgence psychique (112, urgences, 0800 32 123). [S20]</p>""",
        contacts="""<p>Orientation rapide : <strong>service de santé mentale</strong>, <strong>pédopsychiatre</strong>,
        <strong>psychologue de première ligne</strong> ; conseil possible du Centre de prévention du suicide
        (0800 32 123) ; 103 pour le jeune. [S20][S26][S28]</p>""",
        certificate="""<p>Seulement si l'état constaté rend l'élève incapable de suivre les cours : durée courte, sans
        diagnostic, réévaluée. [S1][S4]</p>""",
        consent=SCHOOL_LINK,
        family_steps=f"""<ul><li>Prenez vite rendez-vous avec un des services ci-dessous.</li><li>Le 0800 32 123 répond
        à toute heure, gratuitement et anonymement ; votre enfant peut appeler le 103.</li>{FAMILY_SCHOOL}
        <li>En cas de danger, appelez le 112.</li></ul>""",
        types=("ssm", "psychiatrie", "ppl", "ligne_ecoute"),
        sources=src("S18", "S19", "S20", "S26", "S28", "S1", "S4", *LINK_SOURCES),
    ),
    outcome(
        "L6",
        "Harcèlement ou cyberharcèlement",
        """<p>Prendre au sérieux ; signes : peur d'aller à l'école, chute des résultats, troubles du sommeil, maux de
        ventre. [S36] Chaque école doit disposer d'une <strong>procédure interne de signalement</strong> et de prise en
        charge du harcèlement. [S56]</p>""",
        contacts="""<p>Direction et éducateurs, <strong>CPMS</strong>, <strong>médiation scolaire</strong> (éléments
        relationnels), <strong>AMO</strong>, <strong>Openado</strong> (prévention du harcèlement en province de
        Liège), <strong>103</strong> ; soutien psychologique (PPL, SSM) pour le retentissement.
        [S36][S11][S33][S29][S35]</p>""",
        certificate="""<p>Seulement pour une incapacité médicale constatée ; préférer des mesures de
        protection à l'école
        qui permettent la reprise <em>(synthèse)</em>.</p>""",
        consent=SCHOOL_LINK,
        family_steps=f"""<ul><li>Demandez à l'école d'appliquer sa procédure contre le harcèlement : chaque école doit
        en avoir une.</li>{FAMILY_SCHOOL}<li>Votre enfant peut appeler le 103, gratuit et anonyme.</li></ul>""",
        types=("cpms", "mediation_scolaire", "amo", "maison_ado", "ppl", "ligne_ecoute"),
        sources=src("S36", "S56", "S11", "S33", "S29", "S35", *LINK_SOURCES),
    ),
    outcome(
        "L7",
        "Difficultés d'apprentissage, d'orientation ou besoins spécifiques",
        """<p>Troubles des apprentissages non identifiés et autisme peuvent sous-tendre un refus scolaire. [S42] Bilans
        spécialisés selon le cas (logopédie, neuropsychologie) <em>(synthèse)</em>. Exemple : un SAJ a réorienté une
        jeune en absentéisme dont l'orientation était inadaptée vers un service d'information sur les études et
        professions. [S58]</p>""",
        contacts="""<ul><li><strong>CPMS</strong> : évaluation, orientation, reconnaissance de besoins spécifiques,
        protocole d'aménagements raisonnables. [S41][S24]</li><li>Soutien scolaire de proximité : <strong>écoles de
        devoirs</strong>. [S57]</li></ul>""",
        certificate="<p>Pas de certificat sans incapacité médicale. [S1]</p>",
        consent=SCHOOL_LINK,
        family_steps=f"""<ul>{FAMILY_SCHOOL}<li>Le centre PMS peut faire reconnaître des besoins spécifiques et
        demander des aménagements à l'école.</li><li>Une école de devoirs peut aider votre enfant près de chez
        vous.</li></ul>""",
        types=("cpms", "ecole_de_devoirs", "orientation"),
        sources=src("S41", "S24", "S42", "S57", "S58", "S1", *LINK_SOURCES),
    ),
    outcome(
        "L8",
        "Difficultés familiales, sociales ou économiques (sans danger)",
        """<p>Ce n'est <strong>pas un motif médical</strong> : ces situations relèvent de l'appréciation de la direction
        (circonstances exceptionnelles liées à des problèmes familiaux). [S8][S9][S47] S'il y a danger : protection de
        l'enfant (SOS Enfants, SAJ). [S31][S30]</p>""",
        certificate="<p>Pas de certificat (motif non médical). [S8][S9][S47]</p>",
        contacts="""<ul><li><strong>CPMS</strong> : premier service à contacter quand des facteurs économiques, sociaux
        ou familiaux sont à l'origine de l'absentéisme ; il relaie vers d'autres services. [S11]</li>
        <li><strong>AMO</strong> (gratuit, confidentiel, à la demande du jeune ou de la famille, sans
        mandat). [S29]</li>
        <li><strong>CPAS</strong> (aide sociale, y compris psychologique selon les CPAS). [S38]</li>
        <li><strong>Centre de planning familial</strong> (mineur reçu sans accord parental). [S37]</li>
        <li><strong>Service Droit des Jeunes</strong> (questions juridiques, scolaires). [S39]</li>
        <li><strong>SAJ</strong> si difficultés graves et première ligne insuffisante (aide volontaire).
        [S30]</li></ul>""",
        consent=SCHOOL_LINK,
        family_steps=f"""<ul><li>Expliquez la situation à la direction de l'école : c'est elle qui apprécie les
        absences pour raisons familiales.</li>{FAMILY_SCHOOL}<li>Une AMO vous aide gratuitement, sans dossier
        ni mandat.</li></ul>""",
        types=("cpms", "amo", "cpas", "planning_familial", "droit_des_jeunes", "saj"),
        sources=src("S8", "S9", "S47", "S31", "S30", "S11", "S29", "S38", "S37", "S39", *LINK_SOURCES),
    ),
    outcome(
        "L9",
        "Décrochage, absentéisme « délibéré », exclusion, conduites à risque",
        """<p>Expliquer les conséquences : signalement à 9 demi-jours injustifiés, perte du statut d'élève régulier
        au-delà de 20 demi-jours dès la 3e secondaire. [S10][S13] Rechercher quand même une anxiété ou une dépression
        associée (coexistence fréquente). [S55]</p>""",
        certificate="<p>Pas de certificat. [S10][S13]</p>",
        contacts="""<ul><li><strong>CPMS</strong> [S24] ; <strong>AMO</strong> [S29] ; <strong>médiation
        scolaire</strong> si conflit ou tensions [S33].</li><li><strong>SAS</strong> : jeunes exclus, en décrochage
        (plus de 20 demi-jours) ou en crise ; satisfait à l'obligation scolaire, max 6 mois par an. [S32]</li>
        <li><strong>Service Droit des Jeunes</strong> ou <strong>Délégué général aux droits de l'enfant</strong> pour
        les questions de droits (exclusion, recours). [S39][S40]</li></ul>""",
        consent=SCHOOL_LINK,
        family_steps=f"""<ul><li>Au-delà de 9 demi-journées d'absence injustifiée, l'école doit signaler la situation :
        mieux vaut agir avant.</li>{FAMILY_SCHOOL}<li>Une AMO aide les jeunes et les familles gratuitement, sans
        mandat.</li></ul>""",
        types=("cpms", "amo", "mediation_scolaire", "sas", "droit_des_jeunes"),
        sources=src("S10", "S13", "S55", "S24", "S29", "S33", "S32", "S39", "S40", *LINK_SOURCES),
    ),
    outcome(
        "L10",
        "Demande de complaisance (vacances, voyage, événement, examen à éviter)",
        """<p><strong>Refuser</strong>, en expliquant : un certificat atteste un fait médical ; un faux
        certificat expose
        le médecin et le patient à des sanctions ; l'Ordre encourage l'affichage « un certificat non justifié sera
        toujours refusé ». [S2][S6][S7][S59]</p><p>Garder la porte ouverte : proposer d'explorer une éventuelle
        difficulté sous-jacente (reprendre le repérage) <em>(synthèse)</em>.</p>""",
        certificate="""<p>Refus. Les vacances ne sont pas un motif valable ; la famille peut s'adresser à la direction,
        qui apprécie les circonstances exceptionnelles. [S8][S9]</p>""",
        consent=SCHOOL_LINK,
        family_steps="""<ul><li>Un certificat médical ne peut attester qu'un problème de santé constaté.</li>
        <li>Pour une autre raison, adressez-vous à la direction de l'école, qui apprécie les circonstances
        exceptionnelles.</li><li>Si quelque chose ne va pas à l'école, le centre PMS peut vous écouter,
        gratuitement.</li></ul>""",
        types=("cpms",),
        sources=src("S2", "S6", "S7", "S59", "S8", "S9", *LINK_SOURCES),
    ),
]
