from django.apps import AppConfig


class GeoConfig(AppConfig):
    name = "accroche.geo"
    label = "geo"
