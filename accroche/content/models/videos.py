"""Short presentation videos of services: linked (click-to-load) or uploaded, always with French subtitles and a
transcript. Partners propose them through the moderation queue (decision 0115)."""

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from accroche.core.textlimits import bounded_text_field

from ..video import embed_url_for, provider_for

MAX_VTT_BYTES = 512 * 1024
MAX_VIDEO_BYTES = 200 * 1024 * 1024


def validate_webvtt(file) -> None:
    """Accepts a UTF-8 WebVTT file (it must start with « WEBVTT »), bounded in size."""
    if file.size > MAX_VTT_BYTES:
        raise ValidationError(_("Le fichier de sous-titres dépasse 512 Ko."))
    file.seek(0)
    head = file.read(64)
    file.seek(0)
    try:
        text = head.decode("utf-8-sig") if isinstance(head, bytes) else head
    except UnicodeDecodeError:
        raise ValidationError(_("Le fichier de sous-titres doit être encodé en UTF-8.")) from None
    if not text.startswith("WEBVTT"):
        raise ValidationError(_("Ce n’est pas un fichier WebVTT : il doit commencer par « WEBVTT »."))


def validate_video_size(file) -> None:
    if file.size > MAX_VIDEO_BYTES:
        raise ValidationError(_("La vidéo dépasse 200 Mo : publiez-la plutôt sur une plateforme et donnez le lien."))


class ServiceVideoQuerySet(models.QuerySet):
    def public(self):
        """Videos added by the coordination, or proposed by a partner and accepted."""
        return self.filter(Q(change_request__isnull=True) | Q(change_request__status="approved"), published=True)


class ServiceVideo(models.Model):
    service = models.ForeignKey(
        "directory.Service", on_delete=models.CASCADE, related_name="videos", verbose_name=_("service")
    )
    title = models.CharField(_("titre"), max_length=200)
    video_url = models.URLField(
        _("lien de la vidéo"),
        blank=True,
        max_length=500,
        help_text=_("YouTube ou Vimeo : rien n’est chargé chez eux avant le clic de la personne."),
    )
    video_file = models.FileField(
        _("ou fichier vidéo"),
        upload_to="videos/",
        blank=True,
        validators=[FileExtensionValidator(["mp4", "webm"]), validate_video_size],
    )
    subtitles_fr = models.FileField(
        _("sous-titres français (WebVTT)"),
        upload_to="videos/sous-titres/",
        validators=[FileExtensionValidator(["vtt"]), validate_webvtt],
    )
    transcript = bounded_text_field(
        _("transcription"), limit=20_000, help_text=_("Le texte de la vidéo, affiché sous le lecteur.")
    )
    published = models.BooleanField(_("publiée"), default=True)
    change_request = models.OneToOneField(
        "network.ChangeRequest",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="video",
        verbose_name=_("proposition du partenaire"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ServiceVideoQuerySet.as_manager()

    panels = [
        FieldPanel("service"),
        FieldPanel("title"),
        FieldPanel("video_url"),
        FieldPanel("video_file"),
        FieldPanel("subtitles_fr"),
        FieldPanel("transcript"),
        FieldPanel("published"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("vidéo de présentation d’un service")
        verbose_name_plural = _("vidéos de présentation des services")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if bool(self.video_url) == bool(self.video_file):
            raise ValidationError(_("Donnez soit un lien vers la vidéo, soit un fichier vidéo (l’un des deux)."))
        if self.video_url and not embed_url_for(self.video_url):
            raise ValidationError({"video_url": _("Seuls les liens YouTube et Vimeo sont acceptés.")})

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self._touch_service()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self._touch_service()
        return result

    def _touch_service(self) -> None:
        """The listing changed (a video appears or goes): caches keyed on the services' dates are refreshed."""
        from django.utils import timezone

        from accroche.directory.models import Service
        from accroche.directory.services import directory_changed

        Service.objects.filter(pk=self.service_id).update(modified_at=timezone.now())
        directory_changed(service_ids=[self.service_id])  # one directory version keys the map and caches

    def get_absolute_url(self):
        return f"{self.service.get_absolute_url()}#video-{self.pk}"

    @property
    def embed_url(self) -> str:
        return embed_url_for(self.video_url) if self.video_url else ""

    @property
    def provider(self) -> str:
        return provider_for(self.video_url)
