"""Pathways (Wagtail snippets with drafts, revisions and preview) and their anonymous statistics."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin, WorkflowMixin

from accroche.core.sanitize import clean_html

from .blocks import NODE_BLOCKS
from .choices import Audience
from .tree import Answer, DirectoryQuery, Node, Source, TreeProblem, validate_tree

RESERVED_SLUGS = {"services"}  # /orientation/services/ is the neutral list of services


class PathwayTreeError(ValidationError):
    """Raised when publishing a pathway whose tree has a dead end, an unreachable node or a cycle."""

    def __init__(self, problems: list[TreeProblem]):
        super().__init__([p.message for p in problems])
        self.problems = problems


class Pathway(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, models.Model):
    """Represents an orientation pathway: a tree of questions, information steps and outcomes."""

    slug = models.SlugField(
        _("adresse"), max_length=60, unique=True, help_text=_("Dernière partie de l'adresse : /orientation/<adresse>/")
    )
    title = models.CharField(_("titre"), max_length=200)
    audience = models.CharField(_("public"), max_length=20, choices=Audience.choices)
    summary = models.CharField(_("résumé"), max_length=300, blank=True)
    intro = RichTextField(_("introduction et rappels"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    nodes = StreamField(
        NODE_BLOCKS,
        verbose_name=_("étapes"),
        blank=True,
        help_text=_("La première étape est le point de départ du parcours."),
    )
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("validé par"),
    )
    validated_at = models.DateTimeField(_("validé le"), null=True, blank=True, editable=False)
    sort_order = models.PositiveSmallIntegerField(_("ordre d'affichage"), default=0)

    class Meta:
        ordering = ["sort_order", "title"]
        verbose_name = _("parcours d'orientation")
        verbose_name_plural = _("parcours d'orientation")
        permissions = [("validate_pathway", _("Peut valider le contenu d'un parcours (coordination)"))]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("orientation:pathway", kwargs={"slug": self.slug})

    @property
    def is_validated(self) -> bool:
        """True only when a named person signed the validating step on the live revision (decisions 0110, 0200)."""
        from accroche.review.selectors import review_state

        return review_state(self).is_validated

    def review_state_label(self) -> str:
        """The review state of the live revision, as the admin list shows it (never a manual choice)."""
        from accroche.review.choices import ReviewState
        from accroche.review.selectors import review_state

        return str(ReviewState(review_state(self).kind).label)

    review_state_label.short_description = _("relecture")

    def on_review_validated(self, *, user) -> None:
        """Called when the review workflow (accroche.review) validates the content: records who approved it."""
        from django.utils import timezone

        Pathway.objects.filter(pk=self.pk).update(validated_by=user, validated_at=timezone.now())

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("Cette adresse est réservée par le site.")})

    def tree(self) -> list[Node]:
        """Returns the nodes as plain data, in editing order (the first is the entry)."""
        return [node_from_block(child.block_type, child.value) for child in self.nodes]

    def tree_problems(self) -> list[TreeProblem]:
        return validate_tree(self.tree())

    def publish(self, revision, *args, **kwargs):
        """Publishes the revision only when its tree is complete (no dead end, unreachable node or cycle)."""
        problems = revision.as_object().tree_problems()
        if problems:
            raise PathwayTreeError(problems)
        return super().publish(revision, *args, **kwargs)

    def get_preview_template(self, request, mode_name):
        return "orientation/preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context.update(pathway=self, nodes=self.tree(), problems=self.tree_problems())
        return context


def node_from_block(kind: str, value) -> Node:
    """Converts one StreamField child (StructValue) into a plain Node."""
    query = value.get("query") or {}
    return Node(
        key=(value.get("key") or "").strip(),
        kind=kind,
        title=value.get("title") or "",
        body=clean_html(value.get("body") or ""),
        answers=tuple(Answer(a["label"], (a["next"] or "").strip()) for a in value.get("answers") or []),
        next=(value.get("next") or "").strip(),
        sources=tuple(Source(s["citation"], s.get("url") or "") for s in value.get("sources") or []),
        reviewed_on=value.get("reviewed_on"),
        reviewer=value.get("reviewer") or "",
        multiple=bool(value.get("multiple")),
        none_label=value.get("none_label") or "",
        urgent=bool(value.get("urgent")),
        summary=clean_html(str(value.get("summary") or "")),
        certificate=clean_html(str(value.get("certificate") or "")),
        contacts=clean_html(str(value.get("contacts") or "")),
        consent=clean_html(str(value.get("consent") or "")),
        family_steps=clean_html(str(value.get("family_steps") or "")),
        professional_steps=clean_html(str(value.get("professional_steps") or "")),
        youth_steps=clean_html(str(value.get("youth_steps") or "")),
        safety=bool(value.get("safety")),
        emergency=value.get("emergency") or "",
        kinds=tuple(value.get("kinds") or ()),
        query=DirectoryQuery(
            types=tuple(query.get("types") or ()),
            needs=tuple(query.get("needs") or ()),
            audiences=tuple(query.get("audiences") or ()),
            free=bool(query.get("free")),
            anonymous=bool(query.get("anonymous")),
            no_mandate=bool(query.get("no_mandate")),
        ),
    )


class PathwayStat(models.Model):
    """Counts, per month and plateforme, how often a node was shown and left forward (no personal data)."""

    pathway_slug = models.SlugField(_("parcours"), max_length=60)
    node_key = models.CharField(_("étape"), max_length=20)
    month = models.DateField(_("mois"), help_text=_("Premier jour du mois."))
    plateforme = models.CharField(_("plateforme"), max_length=20)
    is_outcome = models.BooleanField(_("issue"), default=False)
    views = models.PositiveIntegerField(_("affichages"), default=0)
    continued = models.PositiveIntegerField(_("poursuites"), default=0)

    class Meta:
        ordering = ["-month", "pathway_slug", "node_key"]
        verbose_name = _("statistique de parcours")
        verbose_name_plural = _("statistiques de parcours")
        constraints = [
            models.UniqueConstraint(
                fields=["pathway_slug", "node_key", "month", "plateforme"], name="orientation_stat_unique_cell"
            ),
        ]

    def __str__(self):
        return f"{self.pathway_slug}/{self.node_key} {self.month:%Y-%m} {self.plateforme}"

    @property
    def abandoned(self) -> int:
        """Returns how many views did not lead to a next step (outcomes are ends, not abandonment)."""
        return 0 if self.is_outcome else max(self.views - self.continued, 0)
