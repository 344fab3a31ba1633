from django.apps import AppConfig


class MapsConfig(AppConfig):
    name = "accroche.maps"
    label = "maps"
