from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "accroche.imports"
    label = "imports"
