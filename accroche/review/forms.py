"""The sign-off forms of the workflow modals: a named person, role, organisation and a comment, always."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accroche.core.textlimits import BoundedFormMixin

from .choices import VALIDITY_MONTHS


class SignOffForm(BoundedFormMixin, forms.Form):
    reviewer_name = forms.CharField(label=_("Vos prénom et nom"), max_length=150)
    role = forms.CharField(label=_("Votre fonction"), max_length=120, help_text=_("Par ex. « pédiatre »."))
    organisation = forms.CharField(label=_("Votre organisation"), max_length=200)
    comment = forms.CharField(label=_("Commentaire de relecture"), widget=forms.Textarea(attrs={"rows": 3}))


class ValidationForm(SignOffForm):
    """The validating step also writes the public line of the history and sets the next review."""

    what_changed = forms.CharField(
        label=_("Ce qui a changé (public)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Affiché dans l’historique des modifications, avec la date et les rôles."),
    )
    why = forms.CharField(label=_("Pourquoi (public)"), widget=forms.Textarea(attrs={"rows": 2}))
    validity_months = forms.IntegerField(
        label=_("Prochaine relecture dans (mois)"), min_value=1, max_value=36, initial=VALIDITY_MONTHS
    )


class RejectForm(BoundedFormMixin, forms.Form):
    comment = forms.CharField(label=_("Ce qu’il faut modifier"), widget=forms.Textarea(attrs={"rows": 3}))
