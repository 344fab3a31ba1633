"""Examples of the opendata app: a few invented poster templates (only with --with-examples, decision 0112)."""

from .models import PosterTemplate

DEMO_POSTERS = [
    {
        "title": "Votre enfant ne veut plus aller à l'école ?",
        "text": "Des services gratuits peuvent vous aider, près de chez vous : centres PMS, AMO, services de santé "
        "mentale.\nTrouvez le bon contact en quelques clics.",
        "audience": "familles",
        "plateforme": "",
    },
    {
        "title": "Un élève s'absente souvent ?",
        "text": "Le répertoire du réseau liste les services à contacter, par plateforme et par besoin.",
        "audience": "medecins",
        "plateforme": "",
    },
    {
        "title": "Tu décroches ? Tu n'es pas seul·e.",
        "text": "Des personnes peuvent t'écouter, gratuitement et en toute confidentialité.",
        "audience": "jeunes",
        "plateforme": "",
    },
]


def load_examples(*, stdout=None) -> None:
    """Creates the demo poster templates when missing (matched by title)."""
    created = 0
    for values in DEMO_POSTERS:
        _, was_created = PosterTemplate.objects.get_or_create(title=values["title"], defaults=values)
        created += was_created
    if stdout is not None:
        stdout.write(f"Affiches : {created} modèle(s) créé(s).\n")
