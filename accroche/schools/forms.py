"""Forms of the schools app (public search, partner confirmations, coordinators' import and review)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accroche.core.textlimits import BoundedFormMixin


class SiteSearchForm(BoundedFormMixin, forms.Form):
    q = forms.CharField(label=_("Nom de l'école, commune ou code postal"), max_length=200, required=False)
    lieu = forms.CharField(label=_("Commune ou code postal"), max_length=100, required=False)


class ConfirmForm(BoundedFormMixin, forms.Form):
    message = forms.CharField(
        label=_("Message pour la coordination (facultatif)"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    add_numbers = forms.CharField(
        label=_("Autres écoles à ajouter : N° FASE de l'implantation, séparés par des virgules ou des espaces"),
        required=False,
        max_length=2000,
    )

    def clean_add_numbers(self):
        raw = self.cleaned_data["add_numbers"].replace(",", " ").replace(";", " ").split()
        bad = [n for n in raw if not (n.isascii() and n.isdigit() and len(n) <= 9)]
        if bad:
            raise forms.ValidationError(_("Numéros invalides : %(n)s") % {"n": ", ".join(bad[:10])})
        return [int(n) for n in raw]


class LinkImportForm(BoundedFormMixin, forms.Form):
    file = forms.FileField(label=_("Tableau des liens (.xlsx ou .csv UTF-8)"))
    dry_run = forms.BooleanField(label=_("Vérifier seulement (rien n'est enregistré)"), required=False, initial=True)


class ReviewForm(BoundedFormMixin, forms.Form):
    comment = forms.CharField(
        label=_("Commentaire pour le partenaire (obligatoire en cas de refus)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
