from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "accroche.core"
    label = "core"
