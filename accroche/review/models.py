"""Review records: who signed off which step (a named person, role, organisation), and the public history."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from accroche.core.textlimits import bounded_text_field

from .choices import VALIDITY_MONTHS, ReviewStep


class ReviewerProfile(models.Model):
    """The role and organisation a reviewer signs with (pre-fills the sign-off form)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviewer_profile", verbose_name=_("personne")
    )
    role = models.CharField(_("fonction"), max_length=120, help_text=_("Par ex. « médecin généraliste »."))
    organisation = models.CharField(_("organisation"), max_length=200)

    class Meta:
        verbose_name = _("profil de relecteur ou relectrice")
        verbose_name_plural = _("profils de relecture")

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()} — {self.role}, {self.organisation}"


class SignOffTask(AbstractGroupApprovalTask):
    """A workflow step signed off by a member of its group, with name, role, organisation and a comment."""

    step = models.CharField(_("étape"), max_length=30, choices=ReviewStep.choices)
    validates = models.BooleanField(
        _("valide le contenu"),
        default=False,
        help_text=_("La signature de cette étape vaut validation, avec une date de prochaine relecture."),
    )
    validity_months = models.PositiveSmallIntegerField(_("validité (mois)"), default=VALIDITY_MONTHS)

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields + ["step", "validates", "validity_months"]

    class Meta:
        verbose_name = _("signature de relecture")
        verbose_name_plural = _("signatures de relecture")

    def get_actions(self, obj, user):
        # Every action opens the form: a sign-off always names the person and carries a comment.
        return [(name, label, True) for name, label, _modal in super().get_actions(obj, user) if _modal]

    def get_form_for_action(self, action):
        from .forms import RejectForm, SignOffForm, ValidationForm

        if action == "approve":
            return ValidationForm if self.validates else SignOffForm
        return RejectForm

    def on_action(self, task_state, user, action_name, **kwargs):
        from .services import record_signoff

        if action_name == "approve":
            record_signoff(task_state=task_state, task=self, user=user, data=kwargs)
        else:
            task_state.reject(user=user, comment=kwargs.get("comment", ""))

    @classmethod
    def get_description(cls):
        return _("Un membre du groupe signe l’étape : nom, fonction, organisation, date et commentaire sont conservés.")


class SignOff(models.Model):
    """One approved step of a review workflow, by a named person, on one revision of a page or snippet."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    step = models.CharField(_("étape"), max_length=30, choices=ReviewStep.choices)
    group_name = models.CharField(_("groupe"), max_length=150)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewer_name = models.CharField(_("nom"), max_length=150)
    role = models.CharField(_("fonction"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=200)
    comment = bounded_text_field(_("commentaire"))
    signed_at = models.DateTimeField(_("signé le"), default=timezone.now)
    validates = models.BooleanField(_("validation"), default=False)
    next_review_on = models.DateField(_("prochaine relecture"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("rappel envoyé le"), null=True, blank=True)

    class Meta:
        ordering = ["signed_at", "pk"]
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.get_step_display()} — {self.reviewer_name} ({self.signed_at:%d/%m/%Y})"


class ChangeLogEntry(models.Model):
    """A public, dated line of a page's « historique des modifications »: what changed, by which role, why."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    date = models.DateField(_("date"), default=timezone.localdate)
    what = bounded_text_field(_("ce qui a changé"))
    roles = models.CharField(_("par (rôles)"), max_length=300)
    why = bounded_text_field(_("pourquoi"))

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("entrée de l’historique")
        verbose_name_plural = _("historique des modifications")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} — {self.what[:60]}"
