# ruff: noqa: E501  (French prose: lines wrap where the sentence reads best)
"""Parents' pathway « Mon enfant ne va plus à l'école » (parents' words; facts of domain-facts.md, sourced).

Source markers stay in the text for the editors; the page shows them only in the « Sources » list (plain readers).
"""

from .build import outcome, question, src
from .facts import PARENT_NOTES, PERIOD_RULE, SCHOOL_AGE, SIGNAL_9

TITLE = "Mon enfant ne va plus à l'école"
SUMMARY = "Pour les parents : comprendre ce qui se passe, savoir à qui parler, trouver de l'aide près de chez vous."
INTRO = f"""<p>Quelques questions simples. Vos réponses ne sont pas enregistrées. Ce guide ne remplace pas l'avis de votre
médecin ni celui de l'école.</p>
<p>Vous n'êtes pas seuls. Une absence, même courte, est un signal : plus elle dure, plus le retour est difficile.
[S17][S16]</p>
<ul><li>{SCHOOL_AGE}</li><li>{PERIOD_RULE}</li><li>{SIGNAL_9}</li><li>{PARENT_NOTES}</li>
<li>Un certificat médical ne vaut que pour une maladie de votre enfant ; pour d'autres raisons, c'est la direction qui
apprécie votre justificatif. [S8][S9]</li></ul>"""

PMS = (
    "<li>Le <strong>centre PMS</strong> de l'école est gratuit, indépendant de l'école et tenu au secret : "
    "vous pouvez l'appeler vous-même. [S24]</li>"
)

NODES = [
    question(
        "P1",
        "Votre enfant est-il en danger en ce moment ?",
        "",
        [
            ("Il parle de mourir, se fait du mal, ou va très mal", "PU1"),
            ("Il subit des violences, ou je crains pour sa sécurité", "PU2"),
        ],
        src("S20"),
        multiple=True,
        none_label="Non, pas de danger en ce moment",
        none_next="P2",
    ),
    question(
        "P2",
        "Qu'est-ce qui se passe ?",
        "<p>Vous pouvez cocher plusieurs réponses.</p>",
        [
            ("Il est malade, ou a une maladie qui dure", "PO-sante"),
            ("Il a peur d'aller à l'école, a mal au ventre ou à la tête le matin", "PO-anxiete"),
            ("Il est triste, se renferme, dort mal", "PO-humeur"),
            ("Il se fait harceler ou embêter, à l'école ou en ligne", "PO-harcelement"),
            ("Il a du mal avec les cours, ou n'aime pas son orientation", "PO-apprentissage"),
            ("Nous avons des difficultés à la maison (argent, séparation, disputes)", "PO-famille"),
            ("Il ne veut plus y aller, traîne dehors, ou a été exclu", "PO-decrochage"),
            ("Je ne sais pas", "PO-ecoute"),
        ],
        src("S15", "S36", "S42", "S55"),
        multiple=True,
    ),
    outcome(
        "PU1",
        "Votre enfant va très mal : appelez maintenant",
        "",
        urgent=True,
        emergency="suicide",
        summary="<p>Si sa vie est en danger, appelez le <strong>112</strong>. Le <strong>0800 32 123</strong> (prévention "
        "du suicide) répond jour et nuit, gratuitement et sans donner votre nom, aux jeunes comme aux parents. [S20] "
        "Ensuite : votre médecin, un service de santé mentale ou un pédopsychiatre. [S28][S27]</p>",
        family_steps="<ul><li>112 en cas de danger.</li><li>0800 32 123, jour et nuit, gratuit et anonyme.</li>"
        "<li>Prenez rendez-vous très vite chez votre médecin.</li></ul>",
        kinds=("crise", "sante_mentale", "ecoute"),
        sources=src("S20", "S28", "S27"),
    ),
    outcome(
        "PU2",
        "Votre enfant est peut-être en danger : faites-vous aider",
        "",
        urgent=True,
        safety=True,
        emergency="maltraitance",
        summary="<p>Le <strong>103</strong> écoute les enfants et les adultes inquiets, gratuitement et sans donner votre "
        "nom. Les équipes <strong>SOS Enfants</strong> aident les familles face à la maltraitance, hors du tribunal. En "
        "cas de danger immédiat : 112 ou 101 (police). [S31][S20]</p>",
        youth_steps="<ul><li>Tu peux appeler le <strong>103</strong> : c'est gratuit, tu n'as pas besoin de dire ton "
        "nom.</li><li>En cas de danger : <strong>112</strong> ou <strong>101</strong>.</li><li>Garde cette feuille pour "
        "toi, ou retiens les numéros.</li></ul>",
        kinds=("maltraitance",),
        sources=src("S31", "S20"),
    ),
    outcome(
        "PO-sante",
        "Une maladie qui éloigne de l'école",
        "",
        summary="<p>Votre médecin peut faire un certificat quand la maladie empêche de suivre les cours. [S1] Si elle "
        "dure, votre enfant peut suivre des cours à l'hôpital ou à la maison (École à l'hôpital et à domicile, gratuit), "
        "et l'école peut adapter l'organisation. [S34][S41] Le centre PMS et la médecine scolaire (PSE) aident à "
        "organiser le retour. [S24][S25]</p>",
        family_steps=f"<ul>{PMS}<li>Demandez à l'école comment garder le lien avec la classe.</li></ul>",
        kinds=("cpms", "pse"),
        sources=src("S1", "S34", "S41", "S24", "S25"),
    ),
    outcome(
        "PO-anxiete",
        "La peur de l'école",
        "",
        summary="<p>Maux de ventre ou de tête le matin, angoisse au moment de partir, mieux le week-end : ce sont des "
        "signes fréquents de peur de l'école. Ce n'est pas un caprice. Le but : un retour rapide, même progressif, avec "
        "de l'aide. [S43][S16][S15] Un <strong>psychologue de première ligne</strong> est gratuit jusqu'à 23 ans, sans "
        "ordonnance. [S26]</p>",
        family_steps=f"<ul>{PMS}<li>Psychologue de première ligne : gratuit jusqu'à 23 ans.</li>"
        "<li>Parlez-en à votre médecin.</li></ul>",
        kinds=("cpms", "sante_mentale", "ado"),
        sources=src("S43", "S16", "S15", "S24", "S26"),
    ),
    outcome(
        "PO-humeur",
        "Votre enfant semble triste ou replié",
        "",
        emergency="suicide",
        summary="<p>Tristesse, repli, mauvais sommeil peuvent cacher une souffrance. Parler des idées noires avec lui "
        "n'augmente pas le risque. [S15][S18] Si cela devient grave, appelez le 0800 32 123 (gratuit, jour et nuit). "
        "[S20] Votre médecin ou un psychologue de première ligne (gratuit jusqu'à 23 ans) peuvent aider. [S26]</p>",
        family_steps="<ul><li>Prenez rendez-vous chez votre médecin ou un psychologue.</li><li>0800 32 123 et 103 : "
        "gratuits et anonymes.</li></ul>",
        kinds=("sante_mentale", "ecoute"),
        sources=src("S15", "S18", "S20", "S26"),
    ),
    outcome(
        "PO-harcelement",
        "Votre enfant est harcelé",
        "",
        summary="<p>Chaque école doit avoir une procédure pour signaler et traiter le harcèlement : demandez-la. [S56] "
        "Le numéro vert <strong>0800 95 580</strong> aide les parents en cas de conflit avec l'école. [S8] Votre enfant "
        "peut appeler le <strong>103</strong>, gratuit et anonyme. [S36] Une AMO vous aide gratuitement. [S29]</p>",
        family_steps=f"<ul><li>Demandez à l'école sa procédure contre le harcèlement.</li>{PMS}"
        "<li>103 : écoute gratuite et anonyme.</li></ul>",
        kinds=("cpms", "amo", "mediation", "ecoute"),
        sources=src("S56", "S8", "S24", "S29", "S36"),
    ),
    outcome(
        "PO-apprentissage",
        "Des difficultés avec les cours ou l'orientation",
        "",
        summary="<p>Le centre PMS peut évaluer les difficultés, faire reconnaître des besoins spécifiques et demander "
        "des aménagements à l'école. [S41][S24] Les écoles de devoirs aident près de chez vous. [S57]</p>",
        family_steps=f"<ul>{PMS}<li>Une école de devoirs peut aider votre enfant.</li></ul>",
        kinds=("cpms", "devoirs", "orientation"),
        sources=src("S41", "S24", "S57"),
    ),
    outcome(
        "PO-famille",
        "Des difficultés à la maison",
        "",
        summary="<p>Pour des raisons familiales, c'est la direction de l'école qui apprécie votre justificatif, pas un "
        "certificat médical. [S8][S9] Le centre PMS est le premier service à appeler quand des difficultés à la maison "
        "pèsent sur l'école. [S11] Une AMO vous aide gratuitement, sans dossier ; le CPAS de votre commune aussi. "
        "[S29][S38]</p>",
        family_steps=f"<ul><li>Parlez-en à la direction de l'école.</li>{PMS}<li>Une AMO vous aide gratuitement, "
        "sans dossier.</li></ul>",
        kinds=("cpms", "amo", "cpas", "planning"),
        sources=src("S8", "S9", "S11", "S29", "S38", "S24"),
    ),
    outcome(
        "PO-decrochage",
        "Votre enfant décroche de l'école",
        "",
        summary="<p>Il n'est jamais trop tard pour demander de l'aide. Au-delà de 20 demi-jours d'absence injustifiée, "
        "dès la 3e secondaire, l'élève peut perdre le droit de passer ses examens. [S13] Un service d'accrochage "
        "scolaire (SAS) accueille les jeunes exclus ou qui décrochent. [S32] En cas d'exclusion, un Service Droit des "
        "Jeunes vous conseille gratuitement. [S39]</p>",
        family_steps=f"<ul>{PMS}<li>Une AMO aide les jeunes et les familles, gratuitement.</li><li>En cas "
        "d'exclusion, demandez conseil à un Service Droit des Jeunes.</li></ul>",
        kinds=("cpms", "amo", "info_jeunes", "sas", "droit"),
        sources=src("S13", "S32", "S39", "S24", "S29"),
    ),
    outcome(
        "PO-ecoute",
        "Vous ne savez pas ce qui se passe",
        "",
        summary="<p>C'est fréquent. Des services gratuits peuvent vous écouter et chercher avec vous. Openado (Province "
        "de Liège) accueille les jeunes jusqu'à 25 ans et leurs familles. [S35] Le 103 écoute aussi les parents "
        "inquiets. [S20]</p>",
        family_steps=f"<ul>{PMS}<li>Une AMO ou la Maison de l'adolescent peut vous écouter.</li>"
        "<li>103 : écoute gratuite et anonyme.</li></ul>",
        kinds=("cpms", "ado", "amo", "ecoute"),
        sources=src("S35", "S24", "S29", "S20"),
    ),
]
