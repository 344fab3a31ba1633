from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "accroche.content"
    label = "content"
