from django.apps import AppConfig


class OrientationConfig(AppConfig):
    name = "accroche.orientation"
    label = "orientation"
