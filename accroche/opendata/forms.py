"""Forms of the opendata app: the répertoire choice, the spreadsheet upload and its column mapping."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accroche.geo.selectors import plateforme_choices
from accroche.imports.limits import limit, mb

from .models import audience_options
from .spreadsheet.columns import COLUMNS


class RepertoireForm(forms.Form):
    plateforme = forms.ChoiceField(
        label=_("Plateforme"), required=False, choices=lambda: [("", _("Toute la province")), *plateforme_choices()]
    )
    public = forms.ChoiceField(label=_("Public"), required=False, choices=audience_options)


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Fichier (.xlsx ou .csv)"), help_text=_("Le modèle à télécharger ci-dessus, rempli. 10 Mo au plus.")
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > limit("file_bytes"):
            raise forms.ValidationError(_("Fichier trop volumineux : au maximum %(mb)s Mo.") % {"mb": mb("file_bytes")})
        return upload


class MappingForm(forms.Form):
    """One select per column of the directory: which column of the uploaded file holds it."""

    def __init__(self, *args, headers: list[str], initial_mapping: dict, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("— pas dans le fichier —"))] + [(h, h) for h in headers]
        for column in COLUMNS:
            self.fields[column.key] = forms.ChoiceField(
                label=column.label + (" *" if column.required else ""),
                choices=choices,
                required=False,
                help_text=column.help,
                initial=initial_mapping.get(column.key, ""),
            )

    def mapping(self) -> dict[str, str]:
        return {key: value for key, value in self.cleaned_data.items() if value}
