from django.apps import AppConfig


class FederationConfig(AppConfig):
    name = "accroche.federation"
    label = "federation"
    verbose_name = "Fédération d'instances"
