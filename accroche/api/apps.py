from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "accroche.api"
    label = "api"
