"""WSGI entry point (gunicorn accroche.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accroche.settings.production")
application = get_wsgi_application()
