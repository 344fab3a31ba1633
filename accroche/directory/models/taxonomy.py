"""HSDS taxonomy, taxonomy_term and attribute."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from accroche.core.textlimits import bounded_text_field

from ..choices import Vocabulary


class Taxonomy(models.Model):
    """Represents a controlled vocabulary (HSDS taxonomy)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    vocabulary = models.CharField(_("vocabulaire"), max_length=40, choices=Vocabulary.choices, unique=True)
    name = models.CharField(_("nom"), max_length=200)
    description = bounded_text_field(_("description"), blank=True)
    uri = models.URLField(_("URI"), blank=True)
    version = models.CharField(_("version"), max_length=20, blank=True)
    modified_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("taxonomie")
        verbose_name_plural = _("taxonomies")

    def __str__(self):
        return self.name


class TaxonomyTerm(models.Model):
    """Represents one term of a taxonomy (a service type, a need, an audience)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    taxonomy = models.ForeignKey(Taxonomy, on_delete=models.PROTECT, related_name="terms")
    code = models.SlugField(_("code"), max_length=60)
    name = models.CharField(_("nom"), max_length=200)
    description = bounded_text_field(_("description"), blank=True)
    synonyms = bounded_text_field(
        _("synonymes et mots des gens"),
        blank=True,
        help_text=_("Un par ligne : mots que les familles, les jeunes ou les médecins utilisent pour ce terme."),
    )
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")
    language = models.CharField(_("langue"), max_length=5, default="fr")
    term_uri = models.URLField(_("URI du terme"), blank=True)
    sort_order = models.PositiveIntegerField(_("ordre"), default=0)
    modified_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["taxonomy", "sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["taxonomy", "code"], name="unique_term_code")]
        verbose_name = _("terme")
        verbose_name_plural = _("termes")

    def __str__(self):
        return self.name


class Attribute(models.Model):
    """Represents an HSDS attribute: a taxonomy term (with an optional value) tagging any record."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    link_entity = models.CharField(_("type d'objet"), max_length=40)
    link_id = models.UUIDField(_("identifiant de l'objet"), db_index=True)
    link_type = models.CharField(_("nature du lien"), max_length=100, blank=True)
    taxonomy_term = models.ForeignKey(TaxonomyTerm, on_delete=models.CASCADE, related_name="attributes")
    value = models.CharField(_("valeur"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("attribut")
        verbose_name_plural = _("attributs")

    def __str__(self):
        return f"{self.link_entity}:{self.taxonomy_term}"
