from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "accroche.directory"
    label = "directory"

    def ready(self):
        from . import signals

        signals.connect()
