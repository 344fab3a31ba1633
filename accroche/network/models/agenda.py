"""The network's agenda: seminars, webinars, GLEM meetings, local concertations."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accroche.core.textlimits import bounded_text_field
from accroche.geo.choices import plateforme_choices

from ..choices import EventKind, EventStatus


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=EventStatus.PUBLISHED)

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.published().filter(models.Q(ends_at__gte=now) | models.Q(ends_at__isnull=True, starts_at__gte=now))

    def past(self, now=None):
        now = now or timezone.now()
        return self.published().exclude(models.Q(ends_at__gte=now) | models.Q(ends_at__isnull=True, starts_at__gte=now))


class Event(models.Model):
    """A network event, proposed by a partner or a coordinator and published by a coordinator."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    title = models.CharField(_("titre"), max_length=200)
    slug = models.SlugField(_("adresse de la page"), max_length=120, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=EventKind.choices, default=EventKind.SEMINAR)
    description = bounded_text_field(_("description"), blank=True)
    starts_at = models.DateTimeField(_("début"))
    ends_at = models.DateTimeField(_("fin"), null=True, blank=True)
    venue = models.CharField(_("lieu"), max_length=255, blank=True)
    online_url = models.URLField(_("lien de connexion ou d'inscription"), blank=True, max_length=500)
    plateforme = models.CharField(_("plateforme"), max_length=20, choices=plateforme_choices, blank=True)
    organization = models.ForeignKey(
        "directory.Organization",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("organisé par"),
    )
    organizer_name = models.CharField(_("organisateur (texte)"), max_length=255, blank=True)
    status = models.CharField(
        _("statut"), max_length=20, choices=EventStatus.choices, default=EventStatus.PROPOSED, db_index=True
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("proposé par"),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_comment = bounded_text_field(_("commentaire de la coordination"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    modified_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("événement")
        verbose_name_plural = _("événements")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("network:event_detail", kwargs={"slug": self.slug})

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("La fin doit suivre le début.")})

    @property
    def organizer(self) -> str:
        return self.organizer_name or (self.organization.name if self.organization else "")


class EventDocument(models.Model):
    """A document of an event (programme, slides, minutes), stored as a Wagtail document."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("titre"), max_length=200)
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("fichier")
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("document d'événement")
        verbose_name_plural = _("documents d'événement")

    def __str__(self):
        return self.title
