# ruff: noqa: E501  (French prose: lines wrap where the sentence reads best)
"""The young people's own pathway (12-18 ans, « tu », anonymous): helplines first, then the right door.

A draft to be validated like the others (« brouillon à valider »); every statement carries its source.
"""

from .build import outcome, question, src

TITLE = "Ça ne va pas avec l'école"
SUMMARY = "Pour toi, si tu as entre 12 et 18 ans : à qui parler, sans donner ton nom, et ce que l'école peut demander."
INTRO = """<p>Tu n'as pas besoin de donner ton nom. Tes réponses ne sont pas enregistrées.</p>
<p>Le <strong>103</strong> (Écoute-Enfants) est gratuit et anonyme : tu peux appeler pour parler de tout ce qui ne va
pas. [S20] Il existe aussi un chat sur 103ecoute.be. [S61]</p>"""

HELP_103 = "<li>Le <strong>103</strong> : gratuit, tu n'as pas besoin de dire ton nom. [S20]</li>"
PMS = (
    "<li>Le <strong>centre PMS</strong> de ton école : tu peux y aller seul·e ; il est gratuit et tenu au secret. "
    "[S24]</li>"
)

NODES = [
    question(
        "J1",
        "Est-ce que tu es en danger maintenant ?",
        "",
        [
            ("J'ai envie de mourir, ou je me fais du mal", "JU1"),
            ("Quelqu'un me frappe ou me fait du mal, à la maison ou ailleurs", "JU2"),
        ],
        src("S20"),
        multiple=True,
        none_label="Non, pas maintenant",
        none_next="J2",
    ),
    question(
        "J2",
        "Qu'est-ce qui se passe pour toi ?",
        "<p>Tu peux cocher plusieurs réponses.</p>",
        [
            ("J'ai peur d'aller à l'école, j'ai mal au ventre ou à la tête le matin", "JO-peur"),
            ("Je me sens triste, seul·e, je dors mal", "JO-triste"),
            ("On m'embête ou on me harcèle, à l'école ou en ligne", "JO-harcele"),
            ("Ça ne va pas à la maison", "JO-maison"),
            ("L'école ne m'intéresse plus, j'ai trop d'absences ou j'ai été exclu·e", "JO-decroche"),
            ("J'ai une question : absences, certificat, ce que l'école peut demander", "JO-droits"),
        ],
        src("S15", "S36", "S55"),
        multiple=True,
    ),
    outcome(
        "JU1",
        "Tu vas très mal : appelle maintenant",
        "",
        urgent=True,
        emergency="suicide",
        summary="<p>Appelle le <strong>0800 32 123</strong> : quelqu'un répond jour et nuit, c'est gratuit et tu n'as "
        "pas besoin de dire ton nom. Si tu es en danger tout de suite : <strong>112</strong>. [S20] Tu peux aussi "
        "appeler le 103. [S20]</p>",
        youth_steps=f"<ul><li><strong>0800 32 123</strong>, jour et nuit, gratuit et anonyme. [S20]</li>{HELP_103}"
        "<li>Danger tout de suite : <strong>112</strong>.</li></ul>",
        kinds=("ecoute", "crise"),
        sources=src("S20"),
    ),
    outcome(
        "JU2",
        "Quelqu'un te fait du mal : tu peux être aidé·e",
        "",
        urgent=True,
        safety=True,
        emergency="maltraitance",
        summary="<p>Appelle le <strong>103</strong> : c'est gratuit, anonyme, et on t'écoute. [S20] Les équipes "
        "<strong>SOS Enfants</strong> aident les enfants et les jeunes qui subissent des violences, sans passer par le "
        "tribunal. [S31] Si tu es en danger tout de suite : <strong>112</strong> ou <strong>101</strong>.</p>",
        youth_steps=f"<ul>{HELP_103}<li>Danger tout de suite : <strong>112</strong> ou <strong>101</strong>.</li>"
        "<li>Garde cette feuille pour toi, ou retiens les numéros.</li></ul>",
        kinds=("maltraitance",),
        sources=src("S20", "S31"),
    ),
    outcome(
        "JO-peur",
        "Tu as peur d'aller à l'école",
        "",
        summary="<p>Mal au ventre le matin, angoisse avant de partir, mieux le week-end : c'est fréquent, ce n'est pas "
        "un caprice. [S43] Plus on reste à la maison, plus le retour est dur : mieux vaut en parler vite. [S16] Un "
        "<strong>psychologue de première ligne</strong> est gratuit jusqu'à 23 ans, sans ordonnance. [S26]</p>",
        youth_steps=f"<ul>{PMS}<li>Psychologue de première ligne : gratuit jusqu'à 23 ans. [S26]</li>{HELP_103}</ul>",
        kinds=("cpms", "sante_mentale", "ado"),
        sources=src("S43", "S16", "S26", "S24", "S20"),
    ),
    outcome(
        "JO-triste",
        "Tu te sens triste ou seul·e",
        "",
        emergency="suicide",
        summary="<p>Tu peux en parler : au 103, gratuit et anonyme [S20], à un psychologue de première ligne (gratuit "
        "jusqu'à 23 ans) [S26], à Openado qui accueille les jeunes jusqu'à 25 ans. [S35] Si tu penses à mourir : "
        "0800 32 123, jour et nuit. [S20]</p>",
        youth_steps=f"<ul>{HELP_103}<li>0800 32 123, jour et nuit, si tu penses à mourir. [S20]</li>"
        "<li>Psychologue de première ligne : gratuit jusqu'à 23 ans. [S26]</li></ul>",
        kinds=("ecoute", "sante_mentale", "ado"),
        sources=src("S20", "S26", "S35"),
    ),
    outcome(
        "JO-harcele",
        "On t'embête ou on te harcèle",
        "",
        summary="<p>Ce n'est pas ta faute. Chaque école doit avoir une procédure contre le harcèlement. [S56] Tu peux "
        "en parler au centre PMS de ton école ou à une AMO, gratuite et confidentielle. [S24][S29] Le 103 reçoit "
        "beaucoup d'appels à ce sujet. [S36]</p>",
        youth_steps=f"<ul>{HELP_103}{PMS}<li>Une AMO t'aide gratuitement, à ta demande. [S29]</li></ul>",
        kinds=("cpms", "amo", "ecoute"),
        sources=src("S56", "S24", "S29", "S36", "S20"),
    ),
    outcome(
        "JO-maison",
        "Ça ne va pas à la maison",
        "",
        summary="<p>Une <strong>AMO</strong> t'écoute et t'aide à ta demande, gratuitement et en toute confidentialité. "
        "[S29] Dans un centre de planning familial, un mineur peut être reçu sans l'accord de ses parents. [S37] Le "
        "103 t'écoute aussi. [S20]</p>",
        youth_steps=f"<ul><li>Une AMO : gratuite, confidentielle, à ta demande. [S29]</li>{HELP_103}</ul>",
        kinds=("amo", "planning", "ecoute"),
        sources=src("S29", "S37", "S20"),
    ),
    outcome(
        "JO-decroche",
        "L'école ne t'intéresse plus",
        "",
        summary="<p>Il n'est jamais trop tard. Au-delà de 20 demi-jours d'absence injustifiée, dès la 3e secondaire, tu "
        "peux perdre le droit de passer tes examens. [S13] Un service d'accrochage scolaire (SAS) accueille les jeunes "
        "exclus ou qui décrochent. [S32] Un Service Droit des Jeunes t'aide gratuitement en cas d'exclusion. [S39]</p>",
        youth_steps=f"<ul><li>Information jeunesse, AMO : pour parler de ton projet, gratuitement. [S29]</li>{PMS}"
        "<li>En cas d'exclusion : un Service Droit des Jeunes. [S39]</li></ul>",
        kinds=("info_jeunes", "amo", "sas", "droit"),
        sources=src("S13", "S32", "S39", "S29", "S24"),
    ),
    outcome(
        "JO-droits",
        "Tes droits : absences, certificat, école",
        "",
        summary="<p>L'école peut demander un justificatif pour une absence : un certificat médical si tu es malade, ou "
        "un mot de tes parents que la direction apprécie. [S8][S9] Le certificat ne dit pas ta maladie à l'école [S4], "
        "et l'école ne peut pas appeler ton médecin pour vérifier. [S5] Pour tes droits, un Service Droit des Jeunes ou "
        "le Délégué général aux droits de l'enfant t'aident. [S39][S40]</p>",
        youth_steps="<ul><li>Service Droit des Jeunes : gratuit et confidentiel. [S39]</li><li>Délégué général aux "
        "droits de l'enfant : plaintes et médiation. [S40]</li></ul>",
        kinds=("droit", "info_jeunes"),
        sources=src("S8", "S9", "S4", "S5", "S39", "S40"),
    ),
]
