from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "accroche.review"
    label = "review"
    verbose_name = "Relecture et validation"

    def ready(self):
        from .signals import connect_signals

        connect_signals()
