"""Invented examples for tests and demonstrations only: loaded by `load_reference_content --with-examples`.

Never loaded by default, refused under production settings (decision 0112). Everything here is flagged « exemple ».
"""

import datetime

EXAMPLE_NEWS = [
    (
        datetime.date(2026, 11, 20),
        "La plateforme en ligne ouvre ses portes",
        "Annuaire, carte, parcours pour les médecins et les familles : un seul site pour tout le réseau.",
        "plateforme-en-ligne",
    ),
    (
        datetime.date(2026, 10, 15),
        "Rencontre avec les médecins d’un GLEM de Verviers",
        "Présentation de l’arbre d’aide à l’orientation et échanges avec le centre PMS.",
        "rencontre-glem-verviers",
    ),
    (
        datetime.date(2026, 9, 1),
        "Rentrée : nos affiches pour les salles d’attente",
        "Les affiches « certificat et absences scolaires » sont disponibles en téléchargement.",
        "affiches-rentree",
    ),
]


EXAMPLE_RESOURCES = [
    # slug, title, kind, format, language, date, audiences, description, licence, file?, url
    (
        "affiche-salle-attente",
        "Affiche « Certificat et absences scolaires » pour la salle d’attente",
        "affiche",
        "pdf",
        "fr",
        datetime.date(2021, 9, 1),
        ["medecins"],
        "Une affiche A3 pour rappeler qu’un certificat atteste d’un fait médical, et où orienter la famille.",
        "cc-by-nc-nd-4.0",
        True,
        "",
    ),
    (
        "flyer-parents",
        "Flyer « Mon enfant ne va plus à l’école : à qui m’adresser ? »",
        "flyer",
        "pdf",
        "fr",
        datetime.date(2021, 9, 1),
        ["familles"],
        "Un flyer pour les parents : les premiers interlocuteurs (école, centre PMS) et les services gratuits.",
        "cc-by-nc-nd-4.0",
        True,
        "",
    ),
    (
        "flyer-jeunes",
        "Flyer « Tu décroches ? Parles-en »",
        "flyer",
        "pdf",
        "fr",
        datetime.date(2022, 3, 1),
        ["jeunes"],
        "Pour les jeunes : à qui parler, gratuitement et parfois anonymement.",
        "cc-by-nc-nd-4.0",
        True,
        "",
    ),
    (
        "repertoire-services",
        "Répertoire des services de la province de Liège",
        "repertoire",
        "pdf",
        "fr",
        datetime.date(2022, 6, 1),
        ["professionnels", "medecins", "ecoles"],
        "Les services d’aide aux jeunes et aux familles, par plateforme (Liège, Verviers, Huy-Waremme).",
        "cc-by-4.0",
        True,
        "",
    ),
    (
        "fiche-regle-absences",
        "Fiche « Absences scolaires : les seuils à connaître »",
        "fiche",
        "pdf",
        "fr",
        datetime.date(2023, 9, 1),
        ["professionnels", "ecoles", "familles"],
        "Les délais de justification et les seuils de 9 et 20 demi-jours, avec leurs sources.",
        "cc-by-4.0",
        True,
        "",
    ),
]
