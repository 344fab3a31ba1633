"""Admin form of a plateforme: its fields plus the communes it covers."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Commune
from .services import plateforme_set_communes


class PlateformeForm(WagtailAdminModelForm):
    communes = forms.ModelMultipleChoiceField(
        label=_("Communes"),
        queryset=Commune.objects.order_by("province", "name"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 15}),
        help_text=_("Les communes de la plateforme (Ctrl ou ⌘ pour en choisir plusieurs)."),
    )
    whole_province = forms.BooleanField(
        label=_("Ajouter toutes les communes de la province encore sans plateforme"),
        required=False,
        help_text=_("Les communes germanophones et celles d’une autre plateforme ne sont pas ajoutées."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["communes"].label_from_instance = lambda c: f"{c.name} ({c.province})"
        if self.instance.pk:
            self.fields["slug"].disabled = True  # listings, coordinators and statistics store it
            self.initial.setdefault("communes", list(Commune.objects.filter(plateforme=self.instance.slug)))

    def clean(self):
        cleaned = super().clean()
        communes = list(cleaned.get("communes") or [])
        if cleaned.get("whole_province") and cleaned.get("province"):
            chosen = {c.nis_code for c in communes}
            communes += [
                c
                for c in Commune.objects.filter(
                    province__iexact=cleaned["province"], plateforme="", german_speaking=False
                )
                if c.nis_code not in chosen
            ]
        taken = [c for c in communes if c.plateforme and c.plateforme != self.instance.slug]
        if taken:
            self.add_error(
                "communes",
                _("Déjà dans une autre plateforme : %(names)s.") % {"names": ", ".join(c.name for c in taken[:10])},
            )
        cleaned["communes"] = communes
        return cleaned

    def _save_m2m(self):
        super()._save_m2m()
        plateforme_set_communes(plateforme=self.instance, communes=self.cleaned_data["communes"])
