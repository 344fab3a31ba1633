from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "accroche.core"
    label = "core"

    def ready(self):
        from .pagecache import connect_signals

        connect_signals()
