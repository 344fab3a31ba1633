"""Writes of the orientation app: anonymous step counters (no postal code, no answers, no free text stored)."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import PathwayStat
from .selectors import plateforme_of
from .tree import Node


@transaction.atomic
def record_step(*, pathway_slug: str, node: Node, previous_key: str | None, postal_code: str = "") -> None:
    """Counts one view of `node` and one forward move from the previous node, per month and plateforme."""
    month = timezone.localdate().replace(day=1)
    plateforme = plateforme_of(postal_code)  # the code itself is dropped here
    _increment(
        pathway_slug=pathway_slug,
        key=node.key[:20],  # a combined outcome's joined key (« L4+L6 ») is cut to the column's size
        month=month,
        plateforme=plateforme,
        is_outcome=node.is_outcome,
        field="views",
    )
    if previous_key:
        _increment(
            pathway_slug=pathway_slug,
            key=previous_key,
            month=month,
            plateforme=plateforme,
            is_outcome=False,
            field="continued",
        )


def _increment(*, pathway_slug: str, key: str, month, plateforme: str, is_outcome: bool, field: str) -> None:
    stat, _created = PathwayStat.objects.get_or_create(
        pathway_slug=pathway_slug,
        node_key=key,
        month=month,
        plateforme=plateforme,
        defaults={"is_outcome": is_outcome},
    )
    PathwayStat.objects.filter(pk=stat.pk).update(**{field: F(field) + 1})
