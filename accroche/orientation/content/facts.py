"""Facts shared by several pathways, written once so the wording (thresholds, ages, numbers, flags) stays the same.

Each uncertain fact carries the same « [À VÉRIFIER : …] » flag everywhere it appears (issue 14); the tests in
tests/test_content.py pin the wording.
"""

FLAG = "[À VÉRIFIER"

SCHOOL_AGE = "L'obligation scolaire concerne les mineurs de <strong>5 à 18 ans</strong>. [S8]"

PERIOD_RULE = (
    "Dans le <strong>secondaire</strong>, une période de cours manquée sans justification compte pour un demi-jour "
    "d'absence injustifiée ; dans le <strong>fondamental</strong>, la présence est relevée dans la première "
    "demi-heure de chaque demi-jour. [S10]"
)

SIGNAL_9 = (
    "Dès le <strong>9e demi-jour</strong> d'absence injustifiée, l'école doit signaler l'élève mineur à la DGEO, "
    "au plus tard le 5e jour ouvrable scolaire suivant. [S10][S12]"
)

CONVOCATION = (
    "L'école convoque aussi les parents ; le moment (9e ou 10e demi-jour) diffère selon les sources "
    "<em>[À VÉRIFIER : 9e ou 10e demi-jour]</em>. [S10][S12]"
)

PARENT_NOTES = (
    "Les justificatifs des parents sont appréciés par la direction, dans la limite du ROI : dans le secondaire, "
    "<strong>8 à 16 demi-jours</strong> par an [S9] ; dans le fondamental, « illimité » selon la SSMG "
    "<em>[À VÉRIFIER : certains ROI fixent une limite]</em>. [S6]"
)

TWENTY = (
    "Au-delà de <strong>20 demi-jours</strong> injustifiés, dès la 3e secondaire, l'élève perd la qualité d'élève "
    "régulier (pas d'examens), sauf dérogation. [S13]"
)

FALSE_CERTIFICATE = (
    "Attester faussement est punissable, quelle qu'en soit la raison ; le patient qui utilise un faux l'est aussi "
    "(faux en écritures, art. 196, 197, 204 et 207 du Code pénal "
    "<em>[À VÉRIFIER : numérotation après la réforme du Code pénal]</em>). [S2][S6][S7]"
)

ART_458BIS = (
    "En cas de danger grave et imminent, l'art. 458bis du Code pénal permet, sous conditions, d'informer le procureur "
    "du Roi ; l'art. 422bis impose de porter assistance "
    "<em>[À VÉRIFIER : numérotation après la réforme du Code pénal]</em>. [S22]"
)

SAJ_CONSENT = (
    "Le <strong>SAJ</strong> peut recevoir les inquiétudes d'un professionnel ; l'aide y est négociée avec l'accord "
    "des parents et du jeune (dès 14 ans selon la source <em>[À VÉRIFIER : 14 ou 12 ans]</em>). [S30]"
)

REALISM_MOBILE = (
    "Une <strong>crise</strong> (aide rapide mais non urgente) relève plutôt d'une équipe mobile de crise du réseau "
    "de santé mentale REALiSM <em>[À VÉRIFIER : modalités de demande à Liège]</em>. [S27][S53]"
)

CIRCULAR_4104 = (
    "L'école vérifie que la date de rédaction coïncide avec le début de l'absence et la présence des mentions (date "
    "d'examen, signature, cachet) ; la circulaire n° 4104 de 2012 citée par une école "
    "<em>[À VÉRIFIER : version en vigueur]</em>. [S50]"
)

# The draft tree's table « ce que le médecin peut / ne peut pas écrire » (arbre-medecins-brouillon.md).
CERTIFICATE_TABLE = """<p><strong>Le médecin peut écrire (si constaté)</strong> :</p>
<ul><li>l'identification complète du médecin (dont le n° INAMI) et de l'élève [S1] ;</li>
<li>la date de début et de fin de l'incapacité [S1] ;</li>
<li>la date du jour et sa signature (l'école attend aussi un cachet) [S1][S50] ;</li>
<li>s'il s'agit d'une consultation à distance ou du dossier. [S2]</li></ul>
<p><strong>Il ne peut pas</strong> :</p>
<ul><li>antidater, ni couvrir des jours non constatés [S3] ;</li>
<li>mentionner le diagnostic à l'école [S4] ;</li>
<li>invoquer des raisons familiales, des vacances, le transport [S8][S47] ;</li>
<li>utiliser un formulaire d'ordonnance INAMI comme certificat [S47] ;</li>
<li>répondre à une école qui « vérifie » un certificat. [S5]</li></ul>"""
