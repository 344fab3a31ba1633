"""The field's synonyms: curated everyday expressions, the glossary's acronyms and the vocabularies' own synonyms.

Each group is a set of phrases that mean the same thing; it becomes one concept token in the index and in queries
(see docs/decisions/0031-synonyms-as-concept-tokens.md). Phrases are written the way people type them.
"""

import re
from dataclasses import dataclass, field

from .text import fold, phrase_key

_LONE_LETTER = re.compile(r"(?:^|\s)[a-z](?:\s|$)")

# Everyday French of parents, young people, teachers and doctors (curated; extend with the "besoins non trouvés").
CURATED_GROUPS: list[list[str]] = [
    [
        "phobie scolaire",
        "refus scolaire anxieux",
        "refus scolaire",
        "phobie",
        "peur de l'école",
        "peur d'aller à l'école",
        "angoisse de l'école",
        "anxiété scolaire",
        "ne veut plus aller à l'école",
        "ne veut pas aller à l'école",
        "refuse d'aller à l'école",
        "n'ose plus aller à l'école",
        "ne veut plus aller en cours",
        "mal au ventre le matin",
    ],
    ["psy", "psychologue", "psychologie", "psychothérapeute", "psychothérapie", "thérapeute", "thérapie"],
    ["pédopsy", "pédopsychiatre", "pédopsychiatrie", "psychiatre", "psychiatrie"],
    ["ado", "ados", "adolescent", "adolescente", "adolescence", "teen"],
    [
        "harcèlement",
        "harcelé",
        "harcelée",
        "harceler",
        "se fait harceler",
        "harcèlement scolaire",
        "cyberharcèlement",
        "harcèlement en ligne",
        "brimades",
        "moqueries",
        "on se moque de lui",
        "on se moque d'elle",
        "intimidation",
        "racket",
    ],
    [
        "décrochage",
        "décrochage scolaire",
        "décrocheur",
        "décrocheuse",
        "absentéisme",
        "absences",
        "absent",
        "ne va plus à l'école",
        "ne va plus en cours",
        "brosse les cours",
        "brosser",
        "brossage",
        "sèche les cours",
        "sécher les cours",
        "abandon scolaire",
    ],
    ["accrochage scolaire", "accrochage", "raccrocher", "rester à l'école"],
    [
        "parent",
        "parents",
        "famille",
        "mon fils",
        "ma fille",
        "mon enfant",
        "mes enfants",
        "notre fils",
        "notre fille",
        "maman",
        "papa",
        "mère",
        "père",
    ],
    ["médecin", "médecin généraliste", "généraliste", "pédiatre", "docteur", "soignant"],
    [
        "enseignant",
        "enseignante",
        "professeur",
        "prof",
        "instituteur",
        "institutrice",
        "directeur d'école",
        "directrice d'école",
        "éducateur scolaire",
    ],
    [
        "dépression",
        "déprime",
        "déprimé",
        "déprimée",
        "triste",
        "tristesse",
        "mal-être",
        "mal être",
        "idées noires",
        "souffrance psychique",
        "burn-out",
        "anxiété",
        "angoisse",
        "stress",
    ],
    [
        "suicide",
        "suicidaire",
        "idées suicidaires",
        "envie de mourir",
        "veut mourir",
        "se tuer",
        "tentative de suicide",
        "scarification",
        "se scarifie",
        "automutilation",
        "prévention du suicide",
    ],
    [
        "drogue",
        "drogues",
        "cannabis",
        "joint",
        "alcool",
        "addiction",
        "dépendance",
        "assuétude",
        "assuétudes",
        "toxicomanie",
        "écrans",
        "jeux vidéo",
        "gaming",
        "se drogue",
        "fume",
    ],
    [
        "violence",
        "violences",
        "maltraitance",
        "maltraité",
        "maltraitée",
        "abus",
        "abus sexuel",
        "coups",
        "battu",
        "battue",
        "inceste",
        "négligence",
    ],
    ["exclusion", "exclu", "exclue", "renvoi", "renvoyé", "renvoyée", "exclusion définitive", "recours"],
    [
        "orientation",
        "choix d'études",
        "choisir ses études",
        "changer d'école",
        "changer d'option",
        "réorientation",
        "quelles études",
        "métier",
        "études",
    ],
    [
        "devoirs",
        "soutien scolaire",
        "aide aux devoirs",
        "remédiation",
        "cours particuliers",
        "échec scolaire",
        "redoublement",
        "redouble",
        "difficultés scolaires",
        "rattrapage",
    ],
    [
        "dyslexie",
        "dys",
        "dyscalculie",
        "dyspraxie",
        "tdah",
        "trouble de l'attention",
        "hyperactif",
        "hyperactivité",
        "trouble d'apprentissage",
        "troubles des apprentissages",
        "logopède",
        "logopédie",
    ],
    [
        "conflit familial",
        "conflits familiaux",
        "dispute",
        "disputes",
        "divorce",
        "séparation",
        "se disputent",
        "crise familiale",
        "fugue",
        "a fugué",
        "rupture familiale",
    ],
    [
        "grossesse",
        "enceinte",
        "contraception",
        "pilule",
        "sexualité",
        "vie affective",
        "vie sexuelle",
        "planning familial",
        "planning",
        "relation amoureuse",
    ],
    [
        "écoute",
        "parler à quelqu'un",
        "besoin de parler",
        "ligne d'écoute",
        "numéro gratuit",
        "téléphone",
        "chat",
        "ligne d'aide",
    ],
    ["urgence", "urgent", "crise", "danger"],
    [
        "juge",
        "juge de la jeunesse",
        "tribunal",
        "tribunal de la jeunesse",
        "placement",
        "placé",
        "placée",
        "protection de la jeunesse",
    ],
    ["aide jeunesse", "aide à la jeunesse", "aj"],
    ["argent", "pauvreté", "précarité", "dettes", "logement", "aide sociale", "revenu d'intégration"],
    ["maison ado", "maison de l'adolescent", "mado", "maison des jeunes"],
    [
        "maladie",
        "malade",
        "hospitalisé",
        "hospitalisée",
        "hospitalisation",
        "maladie chronique",
        "école à l'hôpital",
        "hôpital",
    ],
    ["certificat", "certificat médical", "certificats médicaux", "justificatif"],
    ["médiation", "médiateur", "médiatrice", "médiation scolaire", "médiateur scolaire"],
    ["droit", "droits", "avocat", "juriste", "aide juridique", "droit des jeunes", "droits de l'enfant"],
    ["information jeunesse", "infor jeunes", "infor-jeunes", "info jeunes"],
]

# Acronyms of ../shared/reference/glossaire.md (copied with the project; source: the network's glossary).
GLOSSARY_ACRONYMS: list[tuple[list[str], str]] = [
    (["agcf"], "Arrêté du Gouvernement de la Communauté française"),
    (["aj"], "Aide à la jeunesse"),
    (["amo"], "Service d'Action en Milieu Ouvert"),
    (["amo"], "Aide en milieu ouvert"),
    (["aviq"], "Agence pour une Vie de Qualité"),
    (["bits"], "Bullying Insomnia Tobacco Stress test"),
    (["caaj"], "Conseil d'arrondissement de l'aide à la jeunesse"),
    (["camhs"], "Child and Adolescent Mental Health Services"),
    (["ccl"], "Cellule de concertation locale"),
    (["cdm"], "Code de déontologie médicale"),
    (["cefa"], "Centre d'éducation et de formation en alternance"),
    (["cfwb"], "Communauté française Wallonie-Bruxelles"),
    (["cgra"], "Commissariat général aux réfugiés et aux apatrides"),
    (["cide"], "Convention internationale relative aux droits de l'enfant"),
    (["clps"], "Centre local de promotion de la santé"),
    (["cn"], "Conseil national de l'Ordre des médecins"),
    (["cned"], "Centre national d'enseignement à distance"),
    (["cpas"], "Centre public d'action sociale"),
    (["cpms", "pms", "centre pms"], "Centre psycho-médico-social"),
    (["cps"], "Centre de prévention du suicide"),
    (["cresam"], "Centre de référence en santé mentale"),
    (["cwass"], "Code wallon de l'action sociale et de la santé"),
    (["dgde"], "Délégué général aux droits de l'enfant"),
    (["dgeo"], "Direction générale de l'enseignement obligatoire"),
    (["dias"], "Dispositif interne d'accrochage scolaire"),
    (["edd"], "École de devoirs"),
    (["ehd"], "École à l'hôpital et à domicile"),
    (["em"], "Équipes mobiles"),
    (["fse"], "Fonds social européen"),
    (["fwb"], "Fédération Wallonie-Bruxelles"),
    (["has"], "Haute Autorité de santé"),
    (["ifapme"], "Institut wallon de formation en alternance et des indépendants et PME"),
    (["imaje"], "Intercommunale des modes d'accueil pour jeunes enfants"),
    (["inami"], "Institut national d'assurance maladie-invalidité"),
    (["ippj"], "Institution publique de protection de la jeunesse"),
    (["lits k", "k1", "k2", "fork"], "Index de lits de pédopsychiatrie"),
    (["mado"], "Maison de l'adolescent"),
    (["mb"], "Moniteur belge"),
    (["one"], "Office de la Naissance et de l'Enfance"),
    (["openado"], "Orientation Prévention enfants adolescents"),
    (["po"], "Pouvoir organisateur"),
    (["ppl"], "Psychologue de première ligne"),
    (["ppl"], "Soins psychologiques de première ligne"),
    (["pse", "spse"], "Promotion de la santé à l'école"),
    (["realism"], "Réseau Enfants Adolescents en province de Liège Santé Mentale"),
    (["roi"], "Règlement d'ordre intérieur"),
    (["rsa"], "Refus scolaire anxieux"),
    (["saes"], "Service d'assistance aux établissements scolaires"),
    (["saj"], "Service de l'aide à la jeunesse"),
    (["sas"], "Service d'accrochage scolaire"),
    (["scos"], "Service du contrôle de l'obligation scolaire"),
    (["sdi"], "Service du droit à l'instruction"),
    (["sdj"], "Service Droit des Jeunes"),
    (["siep"], "Service d'information sur les études et les professions"),
    (["sms"], "Service de médiation scolaire"),
    (["sos enfants"], "Équipes SOS Enfants"),
    (["spj"], "Service de protection de la jeunesse"),
    (["ssm"], "Service de santé mentale"),
    (["ssmg"], "Société scientifique de médecine générale"),
    (["tcc"], "Thérapie cognitive et comportementale"),
    (["ufapec"], "Union francophone des associations de parents de l'enseignement catholique"),
    (["wapps"], "Plan wallon de promotion de la santé et de prévention"),
    (["wbe"], "Wallonie-Bruxelles Enseignement"),
]

# Words that act as filters when typed in the query box (boost, not exclusion).
FLAG_WORDS = {
    "gratuit": "free",
    "gratuite": "free",
    "gratuits": "free",
    "gratuites": "free",
    "gratuitement": "free",
    "gratis": "free",
    "anonyme": "anonymous",
    "anonymes": "anonymous",
    "anonymement": "anonymous",
    "anonymat": "anonymous",
    "confidentiel": "anonymous",
}


@dataclass
class Thesaurus:
    """Phrase → concept tokens, ready for matching stem sequences (built once per index version)."""

    phrases: dict[str, list[tuple[tuple[str, ...], list[str]]]] = field(default_factory=dict)
    words: set[str] = field(default_factory=set)  # folded words of every phrase (known to the typo corrector)
    labels: dict[str, str] = field(default_factory=dict)  # concept token → a readable phrase

    def add(self, concept: str, phrases: list[str]) -> None:
        from .text import words as folded_words

        for text in phrases:
            key = phrase_key(text)
            if not key or (len(key) == 1 and _LONE_LETTER.search(fold(text))):
                continue  # "centre j" would otherwise mean any "centre"
            self.words.update(folded_words(text))
            self.labels.setdefault(concept, text)
            entries = self.phrases.setdefault(key[0], [])
            for existing_key, concepts in entries:
                if existing_key == key:
                    if concept not in concepts:
                        concepts.append(concept)
                    break
            else:
                entries.append((key, [concept]))
                entries.sort(key=lambda e: -len(e[0]))


def term_concept(vocabulary: str, code: str) -> str:
    """Returns the concept token of a taxonomy term (e.g. "~besoins:harcelement")."""
    return f"~{vocabulary}:{code}"


def term_phrases(name: str, synonyms: str) -> list[str]:
    """Returns the phrases of a term: its name, its name without the acronym, the acronym, its synonyms."""
    phrases = [name]
    if "(" in name and name.endswith(")"):
        base, _, acronym = name[:-1].partition("(")
        phrases += [base.strip(), acronym.strip()]
    phrases += [s.strip() for s in (synonyms or "").splitlines() if s.strip()]
    return phrases


def build_thesaurus(terms) -> Thesaurus:
    """Builds the thesaurus from the curated groups, the glossary and the given TaxonomyTerm rows."""
    thesaurus = Thesaurus()
    for number, group in enumerate(CURATED_GROUPS):
        thesaurus.add(f"~c{number}", group)
    for acronyms, full_name in GLOSSARY_ACRONYMS:
        thesaurus.add(f"~g:{acronyms[0]}", [*acronyms, full_name])
    for term in terms:
        thesaurus.add(term_concept(term.taxonomy.vocabulary, term.code), term_phrases(term.name, term.synonyms))
    return thesaurus


def load_thesaurus() -> Thesaurus:
    """Builds the thesaurus with the vocabularies stored in the database."""
    from accroche.directory.models import TaxonomyTerm

    return build_thesaurus(TaxonomyTerm.objects.select_related("taxonomy"))
