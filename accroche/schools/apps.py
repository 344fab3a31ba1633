from django.apps import AppConfig


class SchoolsConfig(AppConfig):
    name = "accroche.schools"
    verbose_name = "Écoles"
    default_auto_field = "django.db.models.BigAutoField"
