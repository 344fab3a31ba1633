# ruff: noqa: E501  (French prose: lines wrap where the sentence reads best)
"""Doctors' pathway, part 1: the start page and the three questions (draft tree N0-N4), every statement sourced.

N0 (what only informs) moved to the start page; N2 and N3 are one question; N1 and N4 take several answers.
"""

from .build import question, src
from .facts import FALSE_CERTIFICATE, PARENT_NOTES, PERIOD_RULE, SCHOOL_AGE, SIGNAL_9, TWENTY

INTRO = f"""
<p><strong>Brouillon de travail à valider</strong> par des médecins généralistes et pédiatres, le Conseil provincial de
l'Ordre des médecins de Liège, des CPMS/PSE et REALiSM. Ce n'est ni un avis juridique ni une recommandation officielle ;
il ne remplace pas le jugement clinique.</p>
<ol>
<li>Voir le jeune en consultation : un certificat sans examen expose le médecin. [S4][S2] La demande de certificat peut
être une <strong>porte d'entrée</strong> pour parler de ce qui ne va pas. [S48]</li>
<li>Le certificat d'incapacité scolaire ne se délivre que s'il est <strong>indispensable sur le plan médical</strong> ;
le médecin tient compte de l'intérêt de l'enfant à ce que sa scolarité ne soit pas interrompue. [S1]</li>
<li>Il <strong>constate un fait médical</strong>, précise la date de début et de fin, est daté du jour et signé ; pas
d'antidate. [S1][S3]</li>
<li><strong>Pas de diagnostic</strong> sur un certificat destiné à l'école. [S4]</li>
<li><strong>Pas de motif non médical</strong> : ces motifs relèvent de la direction d'école. [S8][S9][S45][S47]</li>
<li>{FALSE_CERTIFICATE}</li>
<li>L'école ne peut pas appeler le médecin pour « vérifier » un certificat ; c'est l'Ordre qui contrôle. [S5]</li>
<li>Une absence est un signal : le certificat peut rendre l'élève « invisible » pour l'école. [S17][S44]</li>
</ol>
<p><strong>Repères légaux pour la famille</strong> : {SCHOOL_AGE} {PERIOD_RULE} {PARENT_NOTES} {SIGNAL_9} {TWENTY}</p>
"""

NODES = [
    question(
        "N1",
        "Y a-t-il un danger immédiat ?",
        """<p>Avant tout : la sécurité du jeune. Une <strong>urgence</strong> demande une intervention immédiate ; une
        <strong>crise</strong>, une aide rapide mais non urgente. [S20]</p>
        <p>Affection somatique aiguë grave : prise en charge médicale habituelle d'abord, puis « pas de danger ».</p>""",
        [
            ("Idées suicidaires avec projet, tentative récente, auto-agression grave, état psychique aigu", "U1"),
            ("Signes ou récit de maltraitance, violence intrafamiliale, négligence grave", "U2"),
        ],
        src("S20"),
        multiple=True,
        none_label="Non, pas de danger immédiat",
        none_next="N2",
    ),
    question(
        "N2",
        "Que constatez-vous pour la période demandée ?",
        """<ul><li>Avez-vous pu constater l'état de santé pendant cette période (consultation, éléments objectifs :
        rapport d'hospitalisation, consultation d'un confrère) ? [S1] Une attestation hospitalière justifie aussi
        l'absence. [S8]</li>
        <li>Qui exige le certificat et pourquoi : ROI de l'école, quota de « mots des parents » épuisé, examens… [S9][S50]
        Un quota épuisé signale des absences répétées.</li>
        <li>En cas de doute : bilans proportionnés, revoir rapidement, et explorer ce que cache l'absence en parallèle.
        [S49]</li></ul>""",
        [
            ("Une affection aiguë que je constate, de courte durée", "L2"),
            ("Une maladie longue ou chronique, une hospitalisation, une convalescence", "L3"),
            ("Des jours passés que je n'ai pas pu constater", "L1"),
            ("Rien qui empêche d'aller à l'école : plaintes sans substrat, absences répétées, ou doute", "N4"),
        ],
        src("S1", "S8", "S9", "S50", "S49"),
    ),
    question(
        "N4",
        "Que cache l'absence ?",
        """<p>Questions à poser au jeune (en partie seul) et aux parents :</p>
        <ol><li><strong>Depuis quand, combien, quand ?</strong> Début progressif ou brutal, après vacances, maladie,
        transition ? Absences ciblées (certaines matières, jours de contrôle) ? Symptômes qui disparaissent le week-end ?
        [S14][S49][S43]</li>
        <li><strong>BITS (13-18 ans)</strong> — Brimé à l'école ? / en dehors ? ; Insomnies ? / cauchemars ? ;
        Tabac ? / tous les jours ? ; Stress scolaire ? / en famille ? (1 point pour la 1re question, 2 pour la 2e ;
        max 8). <strong>Score ≥ 3 → poser la question des idées suicidaires.</strong> [S18][S19]</li>
        <li><strong>Anxiété</strong> : difficulté à quitter la maison ou les parents, peur des pairs, du regard, des
        évaluations ? [S15][S54]</li>
        <li><strong>Humeur</strong> : tristesse, perte d'intérêt, repli, idées noires ? [S15]</li>
        <li><strong>Harcèlement</strong> : insultes, exclusion, coups, messages, chute des résultats. [S36]</li>
        <li><strong>Apprentissages, orientation</strong> : troubles non identifiés, orientation mal choisie ? [S42][S41]</li>
        <li><strong>Famille, social</strong> : conflits, maladie d'un parent, précarité, rôle d'aidant ? [S15][S42]</li>
        <li><strong>Désengagement</strong> : « école buissonnière », consommations, exclusion ? Peut coexister avec un
        refus anxieux. [S55]</li>
        <li><strong>Convenance</strong> : vacances, voyage, examen à éviter sans maladie ? [S8]</li></ol>""",
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
        multiple=True,
    ),
]
