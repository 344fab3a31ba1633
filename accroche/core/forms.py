"""Login forms in French: Wagtail's admin login leaves « Password » unlabelled (Django then shows the English field
name) and the partner login asks for the e-mail address partners were invited with."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm
from django.contrib.auth.forms import PasswordResetForm as DjangoPasswordResetForm
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from .textlimits import BoundedFormMixin


class AdminLoginForm(BoundedFormMixin, LoginForm):
    """Represents the Wagtail admin login, every label and placeholder in French."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Identifiant ou adresse e-mail")
        self.fields["username"].widget.attrs.update(placeholder=_("Votre identifiant ou adresse e-mail"))
        self.fields["username"].widget.attrs["autocomplete"] = "username"
        self.fields["password"].label = _("Mot de passe")
        self.fields["password"].widget.attrs.update(
            placeholder=_("Votre mot de passe"), autocomplete="current-password"
        )
        self.fields["remember"].label = _("Se souvenir de moi")


class PartnerLoginForm(BoundedFormMixin, AuthenticationForm):
    """Represents the partner-space login: partners are invited, and sign in, with their e-mail address."""

    username = forms.CharField(
        label=_("Adresse e-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True, "inputmode": "email"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Mot de passe")


class PasswordResetRequestForm(BoundedFormMixin, DjangoPasswordResetForm):
    """« Mot de passe oublié » : the e-mail address, capped like every other field."""


class NewPasswordForm(BoundedFormMixin, SetPasswordForm):
    """The new password after a reset link or an invitation (Django's form, with a length cap)."""
