"""Reference content of the review app: the reviewers' groups and workflows, and the first line of each history."""

from django.utils.translation import gettext as _

from .selectors import history_for
from .services import ensure_review_workflows, history_add


def load_demo(*, stdout) -> None:
    """Creates the groups and workflows, and records the first publication of the pathways and rules (idempotent)."""
    from accroche.content.models import RulePage
    from accroche.orientation.models import Pathway

    rules_pages = list(RulePage.objects.all())
    ensure_review_workflows(rules_pages=rules_pages)
    added = 0
    for obj in [*Pathway.objects.all(), *rules_pages]:
        if history_for(obj):
            continue
        history_add(
            obj=obj,
            what=_("Première mise en ligne sur ce site."),
            why=_(
                "Texte rédigé à partir du dossier de recherche du projet (sources publiques citées à chaque point), "
                "en attendant la relecture."
            ),
            roles=_("rédaction du site (pas encore relu)"),
        )
        added += 1
    stdout.write(f"Relecture : groupes et processus prêts ; {added} historique(s) commencé(s).")
