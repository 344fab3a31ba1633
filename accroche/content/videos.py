"""Writes of the service videos: a partner's proposal goes through the moderation queue (decision 0115)."""

from django.db import transaction
from django.utils.translation import gettext as _

from .models import ServiceVideo


@transaction.atomic
def video_propose(*, service, user, title: str, video_url: str, video_file, subtitles_fr, transcript: str, message=""):
    """Files a video proposal: the video stays hidden until a coordinator accepts the change request."""
    from accroche.network.changes import service_snapshot
    from accroche.network.services.moderation import change_request_submit_service

    video = ServiceVideo(
        service=service,
        title=title,
        video_url=video_url,
        video_file=video_file,
        subtitles_fr=subtitles_fr,
        transcript=transcript,
    )
    video.full_clean(exclude=["change_request"])
    source = video_url or _("fichier déposé")
    label = _("Nouvelle vidéo de présentation « %(title)s » (%(source)s), avec sous-titres et transcription.") % {
        "title": title,
        "source": source,
    }
    change = change_request_submit_service(
        service=service, payload={**service_snapshot(service), "video": label}, user=user, message=message
    )
    video.change_request = change
    video.save()
    return video
