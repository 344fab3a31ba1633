"""The pathway admin form: refuses to publish an incomplete tree and records who validated the content."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from .choices import ValidationStatus
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
        if (
            "validation_status" in self.changed_data
            and cleaned_data.get("validation_status") == ValidationStatus.VALIDATED
            and not (self.for_user and self.for_user.has_perm("orientation.validate_pathway"))
        ):
            self.add_error("validation_status", _("Seule la coordination peut valider le contenu d'un parcours."))
        return cleaned_data

    def save(self, commit=True):
        instance = super().save(commit=False)
        if "validation_status" in self.changed_data:
            if instance.validation_status == ValidationStatus.VALIDATED:
                instance.validated_by = self.for_user
                instance.validated_at = timezone.now()
            else:
                instance.validated_by, instance.validated_at = None, None
        if commit:
            instance.save()
            self.save_m2m()
        return instance
