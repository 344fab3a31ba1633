"""Parents' pathway « Mon enfant ne va plus à l'école » (plain French; facts of domain-facts.md, sourced)."""

from .build import information, outcome, question, src

TITLE = "Mon enfant ne va plus à l'école"
SUMMARY = "Pour les parents : comprendre ce qui se passe, savoir à qui parler, trouver de l'aide près de chez vous."
INTRO = """<p>Quelques questions simples pour vous orienter. Vos réponses ne sont pas enregistrées. Ce guide ne
remplace pas l'avis de votre médecin ni celui de l'école.</p>"""

PMS = (
    "<li>Le <strong>centre PMS</strong> de l'école est gratuit, indépendant de l'école et tenu au secret : "
    "vous pouvez l'appeler vous-même. [S24]</li>"
)

NODES = [
    information(
        "P0",
        "Votre enfant manque l'école ou refuse d'y aller",
        """<p>Vous n'êtes pas seuls. Une absence, même courte, est un signal à prendre au sérieux : plus elle dure, plus
        le retour est difficile. [S17][S16]</p><ul><li>À l'école, une heure de cours manquée compte pour une
        demi-journée
        d'absence. [S10]</li><li>Après 9 demi-journées d'absence non justifiée, l'école doit signaler la situation et
        vous convoquer. [S10]</li><li>Un certificat médical ne vaut que pour une maladie de votre enfant ; pour d'autres
        raisons, c'est la direction qui apprécie votre justificatif. [S8][S9]</li></ul>""",
        "P1",
        src("S17", "S16", "S10", "S8", "S9"),
    ),
    question(
        "P1",
        "Votre enfant est-il en danger en ce moment ?",
        "",
        [
            ("Oui : il parle de mourir, se fait du mal, ou va très mal", "PU1"),
            ("Oui : il subit des violences, ou je crains pour sa sécurité", "PU2"),
            ("Non, pas de danger immédiat", "P2"),
        ],
        src("S20"),
    ),
    question(
        "P2",
        "Qu'est-ce qui se passe surtout ?",
        "<p>Choisissez ce qui ressemble le plus à votre situation. Vous pourrez revenir en arrière.</p>",
        [
            ("Il est malade, ou a une maladie qui dure", "PO-sante"),
            ("Il a peur d'aller à l'école, a mal au ventre ou à la tête le matin", "PO-anxiete"),
            ("Il est triste, se renferme, dort mal", "PO-humeur"),
            ("Il se fait harceler ou embêter, à l'école ou en ligne", "PO-harcelement"),
            ("Il a du mal avec les cours, ou n'aime pas son orientation", "PO-apprentissage"),
            ("Nous traversons des difficultés à la maison (argent, séparation, conflits)", "PO-famille"),
            ("Il ne veut plus y aller, traîne dehors, ou a été exclu", "PO-decrochage"),
            ("Je ne sais pas", "PO-ecoute"),
        ],
        src("S15", "S36", "S42", "S55"),
    ),
    outcome(
        "PU1",
        "Votre enfant va très mal : appelez maintenant",
        "<p>Si sa vie est en danger, appelez le 112. Le Centre de prévention du suicide répond à toute heure, "
        "gratuitement et anonymement, aux jeunes comme aux parents. [S20]</p>",
        urgent=True,
        contacts="<p>Ensuite : un service de santé mentale ou un pédopsychiatre, avec l'aide de "
        "votre médecin. [S28][S27]</p>",
        family_steps="<ul><li>112 en cas de danger.</li><li>0800 32 123, jour et nuit, gratuit et anonyme.</li>"
        "<li>Prenez rendez-vous très vite chez votre médecin.</li></ul>",
        types=("psychiatrie", "ssm", "ligne_ecoute"),
        sources=src("S20", "S28", "S27"),
    ),
    outcome(
        "PU2",
        "Votre enfant est peut-être en danger : faites-vous aider",
        "<p>En cas de danger immédiat, appelez le 112 ou le 101. Les équipes SOS Enfants aident les familles face à la "
        "maltraitance, hors du tribunal. Le 103 écoute les enfants et les adultes inquiets. [S31][S20]</p>",
        urgent=True,
        contacts="<p>Équipe SOS Enfants ; service de l'aide à la jeunesse (SAJ), aide volontaire avec votre accord. "
        "[S31][S30]</p>",
        family_steps="<ul><li>112 ou 101 en cas de danger.</li><li>103 : écoute gratuite et anonyme.</li></ul>",
        types=("maltraitance", "saj", "ligne_ecoute"),
        sources=src("S31", "S20", "S30"),
    ),
    outcome(
        "PO-sante",
        "Une maladie qui éloigne de l'école",
        "<p>Votre médecin peut rédiger un certificat quand la maladie empêche de suivre les cours. [S1] Si la maladie "
        "dure, votre enfant peut suivre des cours à l'hôpital ou à la maison (École à l'hôpital et à domicile, "
        "gratuit), et l'école peut adapter l'organisation (aménagements raisonnables). [S34][S41]</p>",
        contacts=f"<ul>{PMS}<li>Le service PSE (médecine scolaire) peut aider à organiser le retour. [S25]</li></ul>",
        family_steps=f"<ul>{PMS}<li>Demandez à l'école comment garder le lien avec la classe.</li></ul>",
        types=("cpms", "pse"),
        sources=src("S1", "S34", "S41", "S24", "S25"),
    ),
    outcome(
        "PO-anxiete",
        "La peur de l'école",
        "<p>Maux de ventre ou de tête le matin, angoisse au moment de partir, soulagement le week-end : ce sont des "
        "signes fréquents de peur de l'école. Ce n'est pas un caprice, c'est un signal. Le but est un retour rapide, "
        "même progressif, avec de l'aide. [S43][S16][S15]</p>",
        contacts=f"<ul>{PMS}<li>Un <strong>psychologue de première ligne</strong> est gratuit jusqu'à 23 ans, sans "
        "prescription. [S26]</li><li>Un service de santé mentale reçoit enfants et ados (tarifs adaptés). "
        "[S28]</li></ul>",
        family_steps=f"<ul>{PMS}<li>Psychologue de première ligne : gratuit jusqu'à 23 ans.</li>"
        "<li>Parlez-en à votre médecin.</li></ul>",
        types=("cpms", "ppl", "ssm", "maison_ado"),
        sources=src("S43", "S16", "S15", "S24", "S26", "S28"),
    ),
    outcome(
        "PO-humeur",
        "Votre enfant semble triste ou replié",
        "<p>Tristesse, repli, troubles du sommeil peuvent cacher une souffrance. Parler des idées noires n'augmente "
        "pas le risque. [S15][S18] Si cela devient grave, appelez le 0800 32 123 (gratuit, 24 h/24). [S20]</p>",
        contacts="<ul><li>Votre médecin traitant.</li><li>Psychologue de première ligne (gratuit jusqu'à 23 ans). "
        "[S26]</li><li>Service de santé mentale. [S28]</li><li>Le 103 pour votre enfant. [S20]</li></ul>",
        family_steps="<ul><li>Prenez rendez-vous chez votre médecin ou un psychologue.</li><li>0800 32 123 et 103 : "
        "gratuits et anonymes.</li></ul>",
        types=("ppl", "ssm", "ligne_ecoute", "maison_ado"),
        sources=src("S15", "S18", "S20", "S26", "S28"),
    ),
    outcome(
        "PO-harcelement",
        "Votre enfant est harcelé",
        "<p>Chaque école doit avoir une procédure pour signaler et traiter le harcèlement : demandez-la. [S56] Le "
        "numéro vert 0800 95 580 (Écoute-école) aide les parents en cas de conflit avec l'école. [S8]</p>",
        contacts=f"<ul>{PMS}<li>AMO : aide gratuite et confidentielle, sans mandat. [S29]</li><li>Le 103 reçoit de "
        "nombreux appels sur le harcèlement. [S36]</li></ul>",
        family_steps=f"<ul><li>Demandez à l'école sa procédure contre le harcèlement.</li>{PMS}"
        "<li>103 : écoute gratuite et anonyme.</li></ul>",
        types=("cpms", "amo", "mediation_scolaire", "maison_ado", "ligne_ecoute"),
        sources=src("S56", "S8", "S24", "S29", "S36"),
    ),
    outcome(
        "PO-apprentissage",
        "Des difficultés avec les cours ou l'orientation",
        "<p>Le centre PMS peut évaluer les difficultés, faire reconnaître des besoins spécifiques et demander des "
        "aménagements à l'école. [S41][S24] Les écoles de devoirs aident près de chez vous. [S57]</p>",
        contacts=f"<ul>{PMS}<li>Écoles de devoirs ; services d'orientation scolaire. [S57][S58]</li></ul>",
        family_steps=f"<ul>{PMS}<li>Une école de devoirs peut aider votre enfant.</li></ul>",
        types=("cpms", "ecole_de_devoirs", "orientation"),
        sources=src("S41", "S24", "S57", "S58"),
    ),
    outcome(
        "PO-famille",
        "Des difficultés à la maison",
        "<p>Pour des raisons familiales, c'est la direction de l'école qui apprécie le justificatif, pas un "
        "certificat médical. [S8][S9] Le centre PMS est le premier service à contacter quand des difficultés "
        "sociales ou familiales pèsent sur la scolarité. [S11]</p>",
        contacts="<ul><li>Centre PMS. [S11]</li><li>AMO (gratuit, confidentiel, sans mandat). [S29]</li><li>CPAS de "
        "votre commune (aide sociale). [S38]</li><li>Centre de planning familial. [S37]</li></ul>",
        family_steps=f"<ul><li>Parlez-en à la direction de l'école.</li>{PMS}<li>Une AMO vous aide gratuitement, "
        "sans dossier.</li></ul>",
        types=("cpms", "amo", "cpas", "planning_familial"),
        sources=src("S8", "S9", "S11", "S29", "S38", "S37"),
    ),
    outcome(
        "PO-decrochage",
        "Votre enfant décroche de l'école",
        "<p>Au-delà de 20 demi-journées d'absence injustifiée dès la 3e secondaire, l'élève peut perdre le droit de "
        "passer ses examens. [S13] Un service d'accrochage scolaire (SAS) accueille les jeunes exclus ou en "
        "décrochage. [S32] Pour une exclusion ou un recours, un Service Droit des Jeunes vous conseille "
        "gratuitement. [S39]</p>",
        contacts=f"<ul>{PMS}<li>AMO. [S29]</li><li>SAS. [S32]</li><li>Service Droit des Jeunes. [S39]</li></ul>",
        family_steps=f"<ul>{PMS}<li>Une AMO aide les jeunes et les familles, gratuitement.</li><li>En cas "
        "d'exclusion, demandez conseil à un Service Droit des Jeunes.</li></ul>",
        types=("cpms", "amo", "sas", "droit_des_jeunes"),
        sources=src("S13", "S32", "S39", "S24", "S29"),
    ),
    outcome(
        "PO-ecoute",
        "Vous ne savez pas ce qui se passe",
        "<p>C'est fréquent. Des services gratuits peuvent vous écouter et chercher avec vous. Openado (Province de "
        "Liège) accueille les jeunes jusqu'à 25 ans et leurs familles. [S35]</p>",
        contacts=f"<ul>{PMS}<li>AMO. [S29]</li><li>Openado / Maison de l'adolescent. "
        "[S35]</li><li>103. [S20]</li></ul>",
        family_steps=f"<ul>{PMS}<li>Une AMO ou la Maison de l'adolescent peut vous écouter.</li>"
        "<li>103 : écoute gratuite et anonyme.</li></ul>",
        types=("cpms", "amo", "maison_ado", "ligne_ecoute"),
        sources=src("S35", "S24", "S29", "S20"),
    ),
]
