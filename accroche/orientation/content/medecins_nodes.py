"""Doctors' pathway, part 1: the entry and the questions (draft tree N0-N4, L1), every statement sourced."""

from .build import information, question, src

INTRO = """
<p><strong>Brouillon de travail à valider</strong> par des médecins généralistes et pédiatres, le Conseil provincial de
l'Ordre des médecins de Liège, des CPMS/PSE et REALiSM. Ce n'est ni un avis juridique ni une recommandation officielle ;
il ne remplace pas le jugement clinique. Les éléments marqués <em>(synthèse)</em> sont des propositions de mise en forme
dérivées des sources ; les éléments <em>[À VÉRIFIER]</em> sont incertains.</p>
<ol>
<li>Le certificat d'incapacité scolaire ne se délivre que s'il est <strong>indispensable sur le plan médical</strong> ;
le médecin tient compte de l'intérêt de l'enfant à ce que sa scolarité ne soit pas interrompue. [S1]</li>
<li>Il <strong>constate un fait médical</strong> (examen clinique ou éléments objectifs du dossier),
identifie le médecin
(nom, prénom, spécialité, n° INAMI, coordonnées) et l'élève, précise la date de début et de fin, est daté du jour de sa
rédaction et signé. [S1] Pas d'antidate ; pas de période antérieure à la consultation, sauf cas particulier. [S3]</li>
<li><strong>Pas de diagnostic</strong> sur un certificat destiné à l'école (secret médical). [S4]</li>
<li><strong>Pas de motif non médical</strong> (raisons familiales, vacances, transport) : ces motifs relèvent de
l'appréciation de la direction d'école. [S8][S9][S45][S47]</li>
<li><strong>Attester faussement est punissable</strong>, quelle qu'en soit la raison ; le patient qui utilise un faux
l'est aussi. [S2][S6][S7]</li>
<li><strong>Secret</strong> : l'école ne peut pas appeler le médecin pour « vérifier » un certificat ; c'est l'Ordre qui
contrôle. [S5] Le partage d'informations utiles se fait dans l'intérêt du jeune et avec son accord ou celui des parents,
de préférence via le CPMS ou le PSE. [S21][S23]</li>
<li><strong>Une absence est un signal</strong> : « même ponctuel, l'absentéisme n'est pas normal » ; le certificat peut
rendre l'élève « invisible » pour l'école. [S17][S44]</li>
<li>En cas de refus scolaire anxieux, <strong>ne pas rédiger de certificat attestant de la
non-reprise</strong>. [S14]</li>
</ol>
<p><strong>Repères légaux pour expliquer la situation à la famille</strong> : 1 période de cours manquée = 1 demi-jour
d'absence [S10] ; justificatifs des parents appréciés par la direction dans la limite du ROI (secondaire : 8 à 16
demi-jours par an) [S9] ; 9 demi-jours injustifiés → signalement obligatoire à la DGEO et convocation des
parents, le CPMS
étant le premier service mobilisé [S10][S11][S12] ; plus de 20 demi-jours injustifiés dès la 3e secondaire → perte de la
qualité d'élève régulier, sauf dérogation. [S13]</p>
"""

NODES = [
    information(
        "N0",
        "On vous demande un certificat pour couvrir une absence scolaire",
        """<p>Un parent, un jeune, ou l'école via la famille demande un certificat couvrant une absence passée, en cours
        ou à venir.</p>
        <ul><li>Voir le jeune en consultation : un certificat sans examen expose le médecin (plaintes d'écoles pour
        certificats « rédigés sans examen »). [S4][S2]</li>
        <li>La demande de certificat est fréquente chez les adolescents et peut être une <strong>porte d'entrée</strong>
        pour parler de ce qui ne va pas ; le motif initial peut être un « faux-ami ». [S48]</li>
        <li>Proposer un temps seul avec l'adolescent <em>(synthèse)</em>.</li></ul>""",
        "N1",
        src("S4", "S2", "S48"),
    ),
    question(
        "N1",
        "Y a-t-il un danger immédiat ?",
        """<p>Avant tout : la sécurité du jeune. Une <strong>urgence</strong> demande une intervention immédiate ; une
        <strong>crise</strong> demande une aide rapide mais non urgente. [S20]</p>""",
        [
            ("Oui : idées suicidaires avec projet, tentative récente, auto-agression grave, état psychique aigu", "U1"),
            ("Oui : signes ou récit de maltraitance, violence intrafamiliale, négligence grave", "U2"),
            ("Affection somatique aiguë grave (prise en charge médicale habituelle d'abord)", "N3"),
            ("Non, pas de danger immédiat", "N2"),
        ],
        src("S20"),
    ),
    question(
        "N2",
        "Pour quelle période ? Qui exige le certificat, et pourquoi ?",
        """<ul><li><strong>Pour quelle période ?</strong> Avez-vous pu constater l'état de santé pendant cette période
        (consultation, éléments objectifs : rapport d'hospitalisation, consultation d'un confrère) ? [S1]</li>
        <li><strong>Qui l'exige et pourquoi ?</strong> ROI de l'école (certificat exigé à partir d'un certain nombre de
        jours), quota de « mots des parents » épuisé, période d'examens, doute de l'école… [S9][S50]</li>
        <li>Une demande motivée par « le quota est épuisé » signale des absences répétées : pensez au repérage même si
        une maladie bénigne est présente <em>(synthèse)</em>.</li></ul>""",
        [
            ("Période passée, sans constat médical ni élément objectif", "L1"),
            ("Période passée, avec éléments objectifs (hospitalisation, urgences…)", "N3"),
            ("Période en cours ou à venir", "N3"),
        ],
        src("S1", "S8", "S9", "S50"),
    ),
    question(
        "N3",
        "L'examen montre-t-il un problème de santé qui rend l'élève incapable de suivre les cours ?",
        """<p>Un certificat est possible sur base d'éléments objectifs du dossier [S1] ; une attestation hospitalière
        justifie aussi l'absence. [S8]</p>
        <p>En cas de doute : bilans proportionnés, revoir rapidement, <strong>et</strong> explorer ce que cache
        l'absence en parallèle (une pathologie organique peut être « enjolivée » par une composante psychologique).
        [S49]</p>""",
        [
            ("Oui — affection aiguë, durée prévisible courte", "L2"),
            ("Oui — affection longue ou chronique, hospitalisation, convalescence, traitement lourd", "L3"),
            (
                "Non ; ou plaintes fonctionnelles récurrentes sans substrat (céphalées, douleurs abdominales, nausées, "
                "fatigue), surtout les jours d'école ; ou absences répétées",
                "N4",
            ),
            ("Doute", "N4"),
        ],
        src("S1", "S8", "S49"),
    ),
    information(
        "L1",
        "Période passée non constatée : ne pas certifier ce qui n'a pas été constaté",
        """<ul><li><strong>Ne pas antidater</strong> et <strong>ne pas certifier</strong> une incapacité que vous n'avez
        pas constatée (sauf cas particulier fondé sur des éléments objectifs). [S3][S1][S2]</li>
        <li>Expliquer à la famille : pour des jours passés, la voie normale est le <strong>justificatif des
        parents</strong>, apprécié par la direction (force majeure, circonstances exceptionnelles liées à des problèmes
        familiaux, de santé mentale ou physique, transports), dans la limite du ROI. [S9][S8]</li>
        <li><strong>Attestation « dixit »</strong> (« X déclare… ») : position de l'Ordre ambiguë dans les sources
        (refusée en 1989 ; admise dans le cadre d'un protocole flamand pour des raisons de santé non objectivables).
        <em>[À VÉRIFIER auprès de l'Ordre avant de la proposer]</em> [S45][S46]</li>
        <li>Une demande rétroactive est souvent le signe d'absences répétées : explorons ce que cache l'absence
        <em>(synthèse)</em>.</li></ul>""",
        "N4",
        src("S3", "S1", "S2", "S9", "S8", "S45", "S46"),
    ),
    question(
        "N4",
        "Repérage : que cache l'absence ?",
        """<p>Questions à poser au jeune (en partie seul) et aux parents :</p>
        <ol><li><strong>Depuis quand, combien, quand ?</strong> Début progressif ou brutal, après vacances, maladie,
        transition, redoublement ? Absences ciblées (certaines matières, jours de contrôle) ? Retards, passages à
        l'infirmerie ? Symptômes qui disparaissent le week-end ou en vacances ? [S14][S49][S43]</li>
        <li><strong>BITS (13-18 ans)</strong> — Brimé à l'école ? / en dehors ? ; Insomnies ? / cauchemars ? ;
        Tabac ? / tous les jours ? ; Stress scolaire ? / en famille ? (1 point pour la 1re question, 2 pour la 2e ;
        max 8). <strong>Score ≥ 3 → poser la question des idées suicidaires.</strong> [S18][S19]</li>
        <li><strong>Anxiété</strong> : difficulté à quitter la maison ou les parents, peur des pairs, du regard, des
        évaluations ? Panique quand on force ? [S15][S54]</li>
        <li><strong>Humeur</strong> : tristesse, perte d'intérêt, repli, idées noires ? [S15]</li>
        <li><strong>Harcèlement, cyberharcèlement</strong> : insultes, exclusion, coups, messages, peur d'aller à
        l'école, chute des résultats. [S36]</li>
        <li><strong>Apprentissages, orientation</strong> : difficultés scolaires, troubles non identifiés, orientation
        mal choisie ? [S42][S41]</li>
        <li><strong>Famille, social</strong> : conflits, séparation, maladie d'un parent, précarité, rôle d'aidant,
        enfant gardé à la maison ; anxiété ou dépression chez un parent ? [S15][S42]</li>
        <li><strong>Désengagement, conduites</strong> : perte d'intérêt, « école buissonnière », consommations,
        exclusion ? Ces formes peuvent coexister avec un refus anxieux. [S55]</li>
        <li><strong>Convenance</strong> : vacances, voyage, événement, examen à éviter sans maladie ? [S8]</li></ol>
        <p>Si plusieurs tableaux : traiter d'abord la sécurité, puis combiner les orientations <em>(synthèse)</em>.
        Choisissez le tableau dominant.</p>""",
        [
            ("Anxiété liée à l'école ou à la séparation", "L4"),
            ("Humeur dépressive, BITS ≥ 3, idées suicidaires sans danger immédiat", "L5"),
            ("Harcèlement ou cyberharcèlement", "L6"),
            ("Difficultés d'apprentissage, d'orientation, besoins spécifiques", "L7"),
            ("Difficultés familiales, sociales ou économiques", "L8"),
            ("Désengagement, absentéisme délibéré, exclusion, conduites à risque", "L9"),
            ("Demande de pure convenance (vacances, voyage, examen à éviter)", "L10"),
        ],
        src("S14", "S15", "S18", "S19", "S36", "S41", "S42", "S43", "S49", "S54", "S55", "S8"),
    ),
]
