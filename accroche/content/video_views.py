"""The partner's « proposer une vidéo » form (partner space; the proposal goes through moderation)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accroche.core.textlimits import BoundedFormMixin
from accroche.network.selectors import services_for_user
from accroche.network.views.base import network_required

from .models.videos import ServiceVideo
from .videos import video_propose


class VideoProposalForm(BoundedFormMixin, forms.ModelForm):
    message = forms.CharField(
        label=gettext_lazy("Message pour la coordination (facultatif)"), required=False, widget=forms.Textarea
    )

    class Meta:
        model = ServiceVideo
        fields = ["title", "video_url", "video_file", "subtitles_fr", "transcript"]


@network_required
def video_propose_view(request, pk):
    service = get_object_or_404(services_for_user(request.user), pk=pk)
    form = VideoProposalForm(request.POST or None, request.FILES or None, instance=ServiceVideo(service=service))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            video = video_propose(
                service=service,
                user=request.user,
                title=data["title"],
                video_url=data["video_url"],
                video_file=data["video_file"],
                subtitles_fr=data["subtitles_fr"],
                transcript=data["transcript"],
                message=data.get("message", ""),
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, _("Merci : la vidéo est envoyée à la coordination. Elle sera visible après accord.")
            )
            return redirect(video.change_request.get_absolute_url())
    return render(request, "content/video_propose.html", {"service": service, "form": form})
