"""Shared fields of every content page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class ContentPage(Page):
    """Abstract base: the « exemple » flag for invented demo content and the social-sharing description."""

    is_demo = models.BooleanField(
        _("contenu d’exemple"),
        default=False,
        help_text=_("Cochez si le texte est inventé pour la démonstration : un bandeau « exemple » est affiché."),
    )

    settings_panels = Page.settings_panels + [FieldPanel("is_demo")]

    class Meta:
        abstract = True

    def breadcrumb_ancestors(self):
        """Returns the ancestors shown in the breadcrumbs (from the home page, excluding the root)."""
        return self.get_ancestors().filter(depth__gt=1).specific()
