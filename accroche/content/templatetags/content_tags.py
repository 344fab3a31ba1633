"""Template tags other apps can use to link the library: `{% load content_tags %}{% library_for "medecins" %}`."""

from django import template

from ..selectors import resources_for_audience

register = template.Library()


@register.inclusion_tag("content/includes/library_for.html")
def library_for(audience: str, limit: int = 3, heading: str = ""):
    """Renders the latest tools for one audience code, with a link to all of them."""
    return {
        "resources": resources_for_audience(audience=audience, limit=limit),
        "audience": audience,
        "heading": heading,
    }


@register.inclusion_tag("content/includes/service_videos.html")
def service_videos(service):
    """Renders the public presentation videos of a service (click-to-load players, subtitles, transcript)."""
    from ..models import ServiceVideo

    return {"videos": list(ServiceVideo.objects.public().filter(service=service))}


@register.inclusion_tag("content/includes/service_video_link.html")
def service_video_link(service):
    """A link to the service's presentation video, for cards (pathway outcomes)."""
    from ..models import ServiceVideo

    return {"video": ServiceVideo.objects.public().filter(service_id=service.pk).first()}
