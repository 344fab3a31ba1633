"""Who's who (logged-in partners only) and the partners' side of the agenda (propose, review, documents)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..forms import EventDocumentForm, EventForm, WhosWhoForm
from ..models import Event, WhosWhoEntry
from ..selectors import event_in_scope, events_to_review, is_coordinator, organizations_for_user, whoswho_for_user
from ..services.agenda import event_add_document, event_propose, event_review
from ..services.whoswho import whoswho_delete, whoswho_save
from .base import network_required


@network_required
def whoswho(request):
    entries = whoswho_for_user(request.user)
    query = request.GET.get("q", "").strip()
    if query:
        entries = entries.filter(
            Q(full_name__icontains=query) | Q(role__icontains=query) | Q(organization__name__icontains=query)
        )
    own = WhosWhoEntry.objects.filter(user=request.user).select_related("organization")
    return render(request, "network/whoswho.html", {"entries": entries[:500], "own": own, "query": query})


@network_required
def whoswho_edit(request, pk=None):
    entry = get_object_or_404(WhosWhoEntry, pk=pk, user=request.user) if pk else None
    organizations = organizations_for_user(request.user)
    initial = {"full_name": request.user.get_full_name(), "email": request.user.email}
    if entry:
        initial = {
            "organization": entry.organization_id,
            "full_name": entry.full_name,
            "role": entry.role,
            "direct_line": entry.direct_line,
            "email": entry.email,
            "consent": bool(entry.consent_given_at),
        }
    form = WhosWhoForm(request.POST or None, organizations=organizations, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {k: form.cleaned_data[k] for k in ("full_name", "role", "direct_line", "email")}
        data["organization"] = form.cleaned_data["organization"]
        try:
            whoswho_save(
                user=request.user,
                organization=data["organization"],
                data=data,
                consent=form.cleaned_data["consent"],
                entry=entry,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                _("Votre fiche est enregistrée.")
                if form.cleaned_data["consent"]
                else _("Votre fiche est enregistrée mais n'est pas visible : vous n'avez pas donné votre accord."),
            )
            return redirect("network:whoswho")
    return render(request, "network/whoswho_edit.html", {"form": form, "entry": entry})


@require_POST
@network_required
def whoswho_remove(request, pk):
    entry = get_object_or_404(WhosWhoEntry, pk=pk, user=request.user)
    whoswho_delete(entry=entry)
    messages.success(request, _("Votre fiche est supprimée."))
    return redirect("network:whoswho")


def _visible_events(user):
    """Events a user may open in the partner space: their proposals and, for coordinators, their scope."""
    q = Q(proposed_by=user)
    if is_coordinator(user):
        from ..selectors import coordinated_plateformes

        q |= Q(plateforme__in=coordinated_plateformes(user)) | Q(plateforme="")
    return Event.objects.filter(q)


@network_required
def agenda_manage(request):
    form = EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {k: v if v is not None else "" for k, v in form.cleaned_data.items()}
        data["ends_at"] = form.cleaned_data["ends_at"]
        publish = is_coordinator(request.user) and request.POST.get("publish") == "1"
        event = event_propose(data=data, user=request.user, publish=publish)
        messages.success(
            request, _("Événement publié.") if publish else _("Merci : l'événement est proposé à la coordination.")
        )
        return redirect("network:event_manage", pk=event.pk)
    return render(
        request,
        "network/agenda_manage.html",
        {
            "form": form,
            "to_review": events_to_review(request.user),
            "mine": Event.objects.filter(proposed_by=request.user).order_by("-starts_at")[:50],
            "is_coordinator": is_coordinator(request.user),
        },
    )


@network_required
def event_manage(request, pk):
    event = get_object_or_404(_visible_events(request.user), pk=pk)
    may_review = event_in_scope(request.user, event)
    doc_form = EventDocumentForm()
    if request.method == "POST":
        action = request.POST.get("action")
        if action in ("publish", "reject"):
            if not may_review:
                raise PermissionDenied
            try:
                event_review(
                    event=event,
                    reviewer=request.user,
                    publish=action == "publish",
                    comment=request.POST.get("comment", ""),
                )
            except ValidationError as exc:
                messages.error(request, exc.messages[0])
            return redirect("network:event_manage", pk=event.pk)
        if action == "document":
            if not (may_review or event.proposed_by_id == request.user.pk):
                raise PermissionDenied
            doc_form = EventDocumentForm(request.POST, request.FILES)
            if doc_form.is_valid():
                try:
                    event_add_document(
                        event=event,
                        title=doc_form.cleaned_data["title"],
                        file=doc_form.cleaned_data["file"],
                        user=request.user,
                    )
                except ValidationError as exc:
                    doc_form.add_error("file", exc.messages[0])
                else:
                    messages.success(request, _("Document ajouté."))
                    return redirect("network:event_manage", pk=event.pk)
    return render(
        request, "network/event_manage.html", {"event": event, "may_review": may_review, "doc_form": doc_form}
    )
