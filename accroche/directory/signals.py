"""Ordinary saves of directory data (admin, partner moderation, fixtures of tests) enter the one write path."""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from .services import directory_changed

VOCABULARY_MODELS = {"Taxonomy", "TaxonomyTerm", "Attribute"}
IGNORED_MODELS = {"DirectoryVersion"}


def affected_service_ids(instance) -> tuple[list, bool]:
    """Returns (the services a saved or deleted row of the directory concerns, whether it concerns all of them)."""
    from .models import Service, ServiceAtLocation

    name = type(instance).__name__
    if name in VOCABULARY_MODELS:
        return [], True
    if isinstance(instance, Service):
        return [instance.pk], False
    ids = []
    if getattr(instance, "service_id", None):
        ids.append(instance.service_id)
    location_id = instance.pk if name == "Location" else getattr(instance, "location_id", None)
    if location_id:
        ids += ServiceAtLocation.objects.filter(location_id=location_id).values_list("service_id", flat=True)
    organization_id = instance.pk if name == "Organization" else None
    if organization_id:
        ids += Service.objects.filter(organization_id=organization_id).values_list("pk", flat=True)
    return ids, False


def _changed(sender, instance, raw=False, **kwargs):
    if raw or sender._meta.app_label != "directory" or sender.__name__ in IGNORED_MODELS:
        return
    ids, everything = affected_service_ids(instance)
    directory_changed(service_ids=ids, everything=everything)


def _terms_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action.startswith("post_"):
        directory_changed(service_ids=(pk_set or []) if reverse else [instance.pk])


def connect() -> None:
    """Connects the handlers (called once from DirectoryConfig.ready)."""
    from .models import Service

    for model in apps.get_app_config("directory").get_models():
        post_save.connect(_changed, sender=model, dispatch_uid=f"directory_{model.__name__}_saved")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"directory_{model.__name__}_deleted")
    m2m_changed.connect(_terms_changed, sender=Service.terms.through, dispatch_uid="directory_terms_changed")
