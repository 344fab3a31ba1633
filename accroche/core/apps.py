from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "accroche.core"
    label = "core"

    def ready(self):
        from .pagecache import connect_signals

        connect_signals()

        from .logins import connect_signals as connect_login_signals

        connect_login_signals()
