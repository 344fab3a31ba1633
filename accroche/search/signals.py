"""Keeps the search index in step with the directory: changes queue the services, the next search re-indexes."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from accroche.directory.models import (
    Location,
    Organization,
    Phone,
    Service,
    ServiceArea,
    ServiceAtLocation,
    TaxonomyTerm,
)

from .indexing import mark_all_dirty, mark_dirty


def _service_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        mark_dirty([instance.pk])


def _child_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        mark_dirty([instance.service_id])


def _location_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        mark_dirty(ServiceAtLocation.objects.filter(location=instance).values_list("service_id", flat=True))


def _organization_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        mark_dirty(Service.objects.filter(organization=instance).values_list("pk", flat=True))


def _terms_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if reverse:
        mark_dirty(pk_set or [])
    else:
        mark_dirty([instance.pk])


def _vocabulary_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        mark_all_dirty()


def connect() -> None:
    """Connects the signal handlers (called once from SearchConfig.ready)."""
    post_save.connect(_service_changed, sender=Service, dispatch_uid="search_service_saved")
    post_delete.connect(_service_changed, sender=Service, dispatch_uid="search_service_deleted")
    for model in (ServiceAtLocation, ServiceArea, Phone):
        post_save.connect(_child_changed, sender=model, dispatch_uid=f"search_{model.__name__}_saved")
        post_delete.connect(_child_changed, sender=model, dispatch_uid=f"search_{model.__name__}_deleted")
    post_save.connect(_location_changed, sender=Location, dispatch_uid="search_location_saved")
    post_save.connect(_organization_changed, sender=Organization, dispatch_uid="search_organization_saved")
    m2m_changed.connect(_terms_changed, sender=Service.terms.through, dispatch_uid="search_terms_changed")
    post_save.connect(_vocabulary_changed, sender=TaxonomyTerm, dispatch_uid="search_term_saved")
    post_delete.connect(_vocabulary_changed, sender=TaxonomyTerm, dispatch_uid="search_term_deleted")
