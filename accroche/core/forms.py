"""Login forms in French: Wagtail's admin login leaves « Password » unlabelled (Django then shows the English field
name) and the partner login asks for the e-mail address partners were invited with."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
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


class PartnerLoginForm(AuthenticationForm):
    """Represents the partner-space login: partners are invited, and sign in, with their e-mail address."""

    username = forms.CharField(
        label=_("Adresse e-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True, "inputmode": "email"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Mot de passe")
