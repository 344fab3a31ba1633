from django.apps import AppConfig


class OpendataConfig(AppConfig):
    name = "accroche.opendata"
    label = "opendata"
