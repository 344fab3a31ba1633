"""The pathway admin form: refuses to publish an incomplete tree (the review state comes from named sign-offs)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import node_from_block
from .tree import validate_tree


class PathwayAdminForm(WagtailAdminModelForm):
    """Validates the tree when the editor publishes (drafts may stay incomplete)."""

    def is_publishing(self) -> bool:
        return bool(self.data.get("action-publish"))

    def clean(self):
        cleaned_data = super().clean()
        nodes = cleaned_data.get("nodes")
        if self.is_publishing() and nodes is not None and "nodes" not in self.errors:
            problems = validate_tree([node_from_block(child.block_type, child.value) for child in nodes])
            if problems:
                raise ValidationError(
                    [_("Publication refusée : le parcours n'est pas complet.")] + [p.message for p in problems]
                )
        return cleaned_data
