from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


def _plateforme_deleted(sender, instance, **kwargs):
    from .services import plateforme_deleted

    plateforme_deleted(slug=instance.slug)


class GeoConfig(AppConfig):
    name = "accroche.geo"
    label = "geo"

    def ready(self):
        from .selectors import forget_territory
        from .services import error_page_numbers_changed

        post_delete.connect(_plateforme_deleted, sender="geo.Plateforme", dispatch_uid="geo_plateforme_deleted")
        for model in ("geo.Plateforme", "geo.EmergencyNumber"):
            post_save.connect(forget_territory, sender=model, dispatch_uid=f"geo_territory_save_{model}")
            post_delete.connect(forget_territory, sender=model, dispatch_uid=f"geo_territory_delete_{model}")
        # The 500/503 pages show the numbers without a database: a snapshot in the cache (decision 0201).
        post_save.connect(
            error_page_numbers_changed, sender="geo.EmergencyNumber", dispatch_uid="geo_error_numbers_save"
        )
        post_delete.connect(
            error_page_numbers_changed, sender="geo.EmergencyNumber", dispatch_uid="geo_error_numbers_delete"
        )
