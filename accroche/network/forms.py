"""Simple French forms of the partner space (not the full admin)."""

from django import forms
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from accroche.core.textlimits import BoundedFormMixin
from accroche.directory.choices import ServiceStatus, Weekday
from accroche.geo.selectors import plateforme_choices

from .changes import DAYS, SITE_KEYS
from .choices import EventKind

CONTACT_ROWS = 3
SITE_ROWS = 3  # other places of the service (the main place has its own fields)
TIME_WIDGET = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class BoundedForm(BoundedFormMixin, forms.Form):
    """Every text field of the partner forms has a maximum length (255 on one line, 5,000 in a text area) and
    refuses control characters: a clear error instead of megabytes stored or a database error."""


class ServiceChangeForm(BoundedForm):
    """A partner's version of a service: texts, phone, main address, opening hours, contacts."""

    name = forms.CharField(label=_("Nom du service"), max_length=255)
    alternate_name = forms.CharField(label=_("Sigle ou autre nom"), max_length=255, required=False)
    status = forms.ChoiceField(
        label=_("Statut"),
        choices=[
            (ServiceStatus.ACTIVE, _("Actif")),
            (ServiceStatus.TEMPORARILY_CLOSED, _("Temporairement fermé")),
            (ServiceStatus.INACTIVE, _("N'existe plus / inactif")),
        ],
    )
    description = forms.CharField(
        label=_("Ce que fait le service"), widget=forms.Textarea(attrs={"rows": 5}), required=False
    )
    eligibility_description = forms.CharField(
        label=_("Pour qui"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    age_description = forms.CharField(label=_("Âges (texte)"), max_length=255, required=False)
    minimum_age = forms.IntegerField(label=_("Âge minimum"), min_value=0, max_value=120, required=False)
    maximum_age = forms.IntegerField(label=_("Âge maximum"), min_value=0, max_value=120, required=False)
    application_process = forms.CharField(
        label=_("Comment s'adresser au service"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    fees_description = forms.CharField(label=_("Coût"), widget=forms.Textarea(attrs={"rows": 2}), required=False)
    alert = forms.CharField(label=_("Avis temporaire (fermeture, congés…)"), max_length=500, required=False)
    url = forms.URLField(label=_("Site web"), max_length=500, required=False, assume_scheme="https")
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Téléphone"), max_length=40, required=False)
    address_1 = forms.CharField(label=_("Rue et numéro"), max_length=255, required=False)
    postal_code = forms.CharField(label=_("Code postal"), max_length=10, required=False)
    city = forms.CharField(label=_("Localité"), max_length=100, required=False)
    # The exact point (decision 0163): typed, or set with the map picker (JavaScript); moderated like the rest.
    latitude = forms.DecimalField(
        label=_("Latitude"),
        min_value=49.4,
        max_value=51.6,
        decimal_places=6,
        max_digits=9,
        required=False,
        help_text=_(
            "Par exemple 50.632500. Laissez vide si vous ne la connaissez pas : la carte utilisera le code postal."
        ),
    )
    longitude = forms.DecimalField(
        label=_("Longitude"),
        min_value=2.5,
        max_value=6.5,
        decimal_places=6,
        max_digits=9,
        required=False,
        help_text=_("Par exemple 5.575600 (la Belgique est entre 2,5 et 6,5)."),
    )
    message = forms.CharField(
        label=_("Message pour la coordination (facultatif)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        days = dict(Weekday.choices)
        for day in DAYS:
            self.fields[f"hours_{day}_opens"] = forms.TimeField(
                label=_("%(day)s : ouvre à") % {"day": days[day]}, required=False, widget=TIME_WIDGET
            )
            self.fields[f"hours_{day}_closes"] = forms.TimeField(
                label=_("%(day)s : ferme à") % {"day": days[day]}, required=False, widget=TIME_WIDGET
            )
            self.fields[f"hours_{day}_note"] = forms.CharField(
                label=_("%(day)s : précisions") % {"day": days[day]}, max_length=255, required=False
            )
        for i in range(1, SITE_ROWS + 1):
            self.fields[f"site_{i}_name"] = forms.CharField(
                label=_("Nom du lieu (ex. antenne de Huy)"), max_length=120, required=False
            )
            self.fields[f"site_{i}_address_1"] = forms.CharField(
                label=_("Rue et numéro"), max_length=255, required=False
            )
            self.fields[f"site_{i}_postal_code"] = forms.CharField(
                label=_("Code postal"), max_length=10, required=False
            )
            self.fields[f"site_{i}_city"] = forms.CharField(label=_("Localité"), max_length=100, required=False)
            self.fields[f"site_{i}_phone"] = forms.CharField(label=_("Téléphone"), max_length=40, required=False)
            self.fields[f"site_{i}_hours"] = forms.CharField(
                label=_("Horaires et précisions (ex. permanence le mardi de 14 h à 17 h)"),
                max_length=500,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        for i in range(1, CONTACT_ROWS + 1):
            self.fields[f"contact_{i}_name"] = forms.CharField(label=_("Nom"), max_length=255, required=False)
            self.fields[f"contact_{i}_title"] = forms.CharField(label=_("Fonction"), max_length=255, required=False)
            self.fields[f"contact_{i}_email"] = forms.EmailField(label=_("E-mail"), required=False)
            self.fields[f"contact_{i}_phone"] = forms.CharField(label=_("Téléphone"), max_length=40, required=False)

    def day_rows(self):
        days = dict(Weekday.choices)
        return [(days[d], self[f"hours_{d}_opens"], self[f"hours_{d}_closes"], self[f"hours_{d}_note"]) for d in DAYS]

    def site_rows(self):
        return [[self[f"site_{i}_{k}"] for k in SITE_KEYS] for i in range(1, SITE_ROWS + 1)]

    def contact_rows(self):
        return [
            [self[f"contact_{i}_{k}"] for k in ("name", "title", "email", "phone")] for i in range(1, CONTACT_ROWS + 1)
        ]

    def clean(self):
        data = super().clean()
        low, high = data.get("minimum_age"), data.get("maximum_age")
        if low is not None and high is not None and low > high:
            self.add_error("maximum_age", _("L'âge maximum doit être supérieur ou égal à l'âge minimum."))
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            missing = "longitude" if data.get("longitude") is None else "latitude"
            self.add_error(missing, _("Indiquez la latitude et la longitude, ou aucune des deux."))
        if (data.get("address_1") or data.get("postal_code")) and not data.get("city"):
            self.add_error("city", _("Indiquez la localité de l'adresse."))
        for i in range(1, SITE_ROWS + 1):
            filled = any(data.get(f"site_{i}_{k}") for k in SITE_KEYS)
            if filled and not (data.get(f"site_{i}_city") or data.get(f"site_{i}_postal_code")):
                self.add_error(f"site_{i}_city", _("Indiquez la localité ou le code postal de ce lieu."))
        for day in DAYS:
            opens, closes = data.get(f"hours_{day}_opens"), data.get(f"hours_{day}_closes")
            if bool(opens) != bool(closes):
                self.add_error(f"hours_{day}_closes", _("Indiquez l'heure d'ouverture et l'heure de fermeture."))
            elif opens and closes and opens >= closes:
                self.add_error(f"hours_{day}_closes", _("L'heure de fermeture doit suivre l'heure d'ouverture."))
        return data

    def payload(self) -> dict:
        """The proposal in the shape of changes.service_snapshot()."""
        d = self.cleaned_data
        payload = {
            k: d.get(k) if d.get(k) is not None else ("" if k not in ("minimum_age", "maximum_age") else None)
            for k in (
                "name",
                "alternate_name",
                "status",
                "description",
                "eligibility_description",
                "age_description",
                "minimum_age",
                "maximum_age",
                "application_process",
                "fees_description",
                "alert",
                "url",
                "email",
                "phone",
                "address_1",
                "postal_code",
                "city",
            )
        }
        payload["hours"] = [
            [
                day,
                d[f"hours_{day}_opens"].strftime("%H:%M") if d.get(f"hours_{day}_opens") else "",
                d[f"hours_{day}_closes"].strftime("%H:%M") if d.get(f"hours_{day}_closes") else "",
                d.get(f"hours_{day}_note", ""),
            ]
            for day in DAYS
            if d.get(f"hours_{day}_opens") or d.get(f"hours_{day}_note")
        ]
        payload["sites"] = [
            [d.get(f"site_{i}_{k}", "") for k in SITE_KEYS]
            for i in range(1, SITE_ROWS + 1)
            if any(d.get(f"site_{i}_{k}") for k in SITE_KEYS)
        ]
        payload["contacts"] = [
            [d.get(f"contact_{i}_{k}", "") for k in ("name", "title", "email", "phone")]
            for i in range(1, CONTACT_ROWS + 1)
            if any(d.get(f"contact_{i}_{k}") for k in ("name", "title", "email", "phone"))
        ]
        has_point = d.get("latitude") is not None and d.get("longitude") is not None
        payload["point"] = f"{d['latitude']:.6f}, {d['longitude']:.6f}" if has_point else ""
        return payload

    @staticmethod
    def initial_from(snapshot: dict) -> dict:
        initial = {k: v for k, v in snapshot.items() if k not in ("hours", "contacts", "sites", "point")}
        if snapshot.get("point"):
            initial["latitude"], initial["longitude"] = (part.strip() for part in snapshot["point"].split(","))
        for i, row in enumerate(snapshot.get("sites", [])[:SITE_ROWS], start=1):
            initial.update({f"site_{i}_{k}": v for k, v in zip(SITE_KEYS, row, strict=True)})
        for day, opens, closes, note in snapshot.get("hours", []):
            initial.update({f"hours_{day}_opens": opens, f"hours_{day}_closes": closes, f"hours_{day}_note": note})
        for i, row in enumerate(snapshot.get("contacts", [])[:CONTACT_ROWS], start=1):
            keys = [f"contact_{i}_{k}" for k in ("name", "title", "email", "phone")]
            initial.update(dict(zip(keys, row, strict=True)))
        return initial


class OrganizationChangeForm(BoundedForm):
    name = forms.CharField(label=_("Nom de l'organisation"), max_length=255)
    alternate_name = forms.CharField(label=_("Autre nom ou sigle"), max_length=255, required=False)
    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 5}), required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    website = forms.URLField(label=_("Site web"), max_length=500, required=False, assume_scheme="https")
    message = forms.CharField(
        label=_("Message pour la coordination (facultatif)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def payload(self) -> dict:
        return {
            k: self.cleaned_data.get(k) or "" for k in ("name", "alternate_name", "description", "email", "website")
        }


class ReviewForm(BoundedForm):
    decision = forms.ChoiceField(
        choices=[("approve", _("Approuver")), ("reject", _("Refuser")), ("decide", _("Décider champ par champ"))],
        widget=forms.HiddenInput,
        required=False,
    )
    comment = forms.CharField(
        label=_("Commentaire pour le partenaire"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    checked_with_service = forms.BooleanField(
        label=_("J'ai vérifié ces informations auprès du service (téléphone, e-mail ou rencontre)"),
        help_text=_(
            "Cochez seulement si le service lui-même a confirmé : la fiche sera marquée « vérifiée par la "
            "coordination auprès du service ». Une correction seule ne rend pas la fiche vérifiée."
        ),
        required=False,
    )


def field_decisions_from_post(data, keys) -> dict:
    """Reads the per-field decision widgets (decision_<key>, comment_<key>, value_<key>) of the moderation page."""
    return {
        key: {
            "decision": data.get(f"decision_{key}", "accept"),
            "comment": data.get(f"comment_{key}", ""),
            "value": data.get(f"value_{key}", ""),
        }
        for key in keys
    }


class InvitationForm(BoundedForm):
    email = forms.EmailField(label=_("E-mail du partenaire"))
    organization = forms.ModelChoiceField(label=_("Organisation"), queryset=None)

    def __init__(self, *args, organizations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = organizations


class AcceptInvitationForm(BoundedForm):
    first_name = forms.CharField(label=_("Prénom"), max_length=150)
    last_name = forms.CharField(label=_("Nom"), max_length=150)
    password1 = forms.CharField(
        label=_("Mot de passe (12 caractères au moins)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Mot de passe (encore)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        data = super().clean()
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", _("Les deux mots de passe ne correspondent pas."))
        elif data.get("password1"):
            from django.contrib.auth import get_user_model

            probe = get_user_model()(
                username=self.email,
                email=self.email,
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
            )
            try:
                password_validation.validate_password(data["password1"], probe)
            except ValidationError as exc:
                self.add_error("password1", exc)
        return data


class ErrorReportForm(BoundedForm):
    """Public form: no account; honeypot and timing fields catch robots."""

    message = forms.CharField(
        label=_("Qu'est-ce qui est inexact ou manque ?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Ne donnez aucune information sur un jeune ou une famille."),
    )
    contact_email = forms.EmailField(label=_("Votre e-mail (facultatif, pour vous répondre)"), required=False)
    website = forms.CharField(label=_("Ne pas remplir ce champ"), required=False)  # honeypot
    started = forms.CharField(widget=forms.HiddenInput, required=False)


class EventForm(BoundedForm):
    title = forms.CharField(label=_("Titre"), max_length=200)
    kind = forms.ChoiceField(label=_("Type"), choices=EventKind.choices)
    starts_at = forms.DateTimeField(label=_("Début"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    ends_at = forms.DateTimeField(
        label=_("Fin"), required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    venue = forms.CharField(label=_("Lieu"), max_length=255, required=False)
    online_url = forms.URLField(label=_("Lien d'inscription ou de connexion"), required=False, assume_scheme="https")
    plateforme = forms.ChoiceField(
        label=_("Plateforme"), required=False, choices=lambda: [("", _("Toute la province")), *plateforme_choices()]
    )
    organizer_name = forms.CharField(label=_("Organisateur"), max_length=255, required=False)
    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 5}), required=False)

    def clean(self):
        data = super().clean()
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] < data["starts_at"]:
            self.add_error("ends_at", _("La fin doit suivre le début."))
        return data


class EventDocumentForm(BoundedForm):
    title = forms.CharField(label=_("Titre du document"), max_length=200)
    file = forms.FileField(label=_("Fichier (PDF, ODT, DOCX…)"))


class WhosWhoForm(BoundedForm):
    organization = forms.ModelChoiceField(label=_("Organisation"), queryset=None)
    full_name = forms.CharField(label=_("Nom et prénom"), max_length=200)
    role = forms.CharField(label=_("Fonction"), max_length=200)
    direct_line = forms.CharField(label=_("Ligne directe"), max_length=40, required=False)
    email = forms.EmailField(label=_("E-mail"))
    consent = forms.BooleanField(
        label=_("J'accepte que ces coordonnées soient visibles par les partenaires connectés du réseau."),
        required=False,
    )

    def __init__(self, *args, organizations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = organizations
