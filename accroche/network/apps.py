from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "accroche.network"
    label = "network"
