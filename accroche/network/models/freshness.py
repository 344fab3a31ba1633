"""Freshness reminders (one per listing and verification cycle) and the daily job's state."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import ReminderState


class FreshnessReminder(models.Model):
    """A « toujours exact ? » reminder for one listing; its timestamps make sending idempotent."""

    service = models.ForeignKey(
        "directory.Service", on_delete=models.CASCADE, related_name="freshness_reminders", verbose_name=_("service")
    )
    reference_date = models.DateField(_("dernière vérification connue"))
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    sent_at = models.DateTimeField(_("envoyé le"), null=True, blank=True)
    recipients = models.TextField(_("destinataires"), blank=True)
    escalation_claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    escalated_at = models.DateTimeField(_("transmis à la coordination le"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmé le"), null=True, blank=True)
    confirmed_by_email = models.EmailField(_("confirmé par"), blank=True)
    hidden_at = models.DateTimeField(_("fiche masquée le"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("rappel de mise à jour")
        verbose_name_plural = _("rappels de mise à jour")
        constraints = [models.UniqueConstraint(fields=["service", "reference_date"], name="unique_reminder_per_cycle")]

    def __str__(self):
        return f"{self.service} ({self.reference_date})"

    @property
    def state(self) -> str:
        if self.confirmed_at:
            return ReminderState.CONFIRMED
        if self.hidden_at:
            return ReminderState.HIDDEN
        if self.escalated_at:
            return ReminderState.ESCALATED
        if self.sent_at:
            return ReminderState.SENT
        return ReminderState.PENDING

    def get_state_display(self) -> str:
        return ReminderState(self.state).label


class ScheduledJob(models.Model):
    """Remembers when a self-rescheduling periodic task is due, so it is scheduled once only."""

    name = models.CharField(max_length=100, unique=True)
    scheduled_for = models.DateTimeField(null=True, blank=True)
    last_run_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("tâche périodique")
        verbose_name_plural = _("tâches périodiques")

    def __str__(self):
        return self.name
