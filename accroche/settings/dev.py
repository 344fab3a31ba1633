"""Local development: DEBUG on, a throwaway secret key, console e-mail."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-change-me")
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)  # see changes at once while developing
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
if env("CACHE_DIR", default=""):  # a cache shared by processes, as in production (benchmarks: decision 0205)
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("CACHE_DIR"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
