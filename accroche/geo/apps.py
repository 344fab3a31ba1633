from django.apps import AppConfig
from django.db.models.signals import post_delete


def _plateforme_deleted(sender, instance, **kwargs):
    from .services import plateforme_deleted

    plateforme_deleted(slug=instance.slug)


class GeoConfig(AppConfig):
    name = "accroche.geo"
    label = "geo"

    def ready(self):
        post_delete.connect(_plateforme_deleted, sender="geo.Plateforme", dispatch_uid="geo_plateforme_deleted")
