from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "accroche.directory"
    label = "directory"
