"""Test settings: fast hasher, plain static storage, locmem e-mail and cache, immediate tasks."""

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PAGE_CACHE_SECONDS = 0  # tests of the page cache turn it on explicitly
API_RATE_LIMIT = 0
EXPENSIVE_PATH_LIMITS = {}  # tests of the throttles turn them on explicitly
LOGIN_FAILURES_PER_IP = 0
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
DATABASES = {"default": env.db("DATABASE_URL", default="sqlite:///:memory:")}
WAGTAILADMIN_BASE_URL = SITE_URL = "http://testserver"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
# Axes needs the request in authenticate(); tests that exercise the lockout turn it on with override_settings.
AXES_ENABLED = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
