"""Production: everything secure, secrets required from the environment (see docs/deployment.md)."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env

DEBUG = False
ALLOW_EXAMPLE_CONTENT = False  # never load invented examples on a production instance (decision 0112)
SECRET_KEY = env("SECRET_KEY")  # required: no default in production
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^sante/$"]  # the health check is called over plain HTTP by the proxy
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CONN_MAX_AGE = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_MAX_AGE"] = CONN_MAX_AGE  # noqa: F405

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)  # noqa: F405

# Media on a configurable storage: local folder by default, any Django storage backend by dotted path.
STORAGES["default"] = {  # noqa: F405
    "BACKEND": env("MEDIA_STORAGE_BACKEND", default="django.core.files.storage.FileSystemStorage"),
}

# Cache shared by every gunicorn worker (so one change invalidates every process's pages at once): Redis when REDIS_URL
# is set, otherwise files on the local disk.
if env("REDIS_URL", default=""):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("REDIS_URL")}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("CACHE_DIR", default=str(BASE_DIR / "var" / "cache")),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# Structured JSON logs without personal data: no IP, no query string (accroche.core.logprivacy; docs/privacy.md).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "pythonjsonlogger.json.JsonFormatter", "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    },
    "filters": {"privacy": {"()": "accroche.core.logprivacy.PrivacyFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["privacy"]}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"wagtail": {"level": "WARNING"}, "django.request": {"level": "ERROR"}},
}

# Optional error reporting (Sentry-compatible DSN); sends no personal data.
if env("SENTRY_DSN", default=""):
    import sentry_sdk

    from accroche.core.logprivacy import scrub_event

    sentry_sdk.init(
        dsn=env("SENTRY_DSN"),
        send_default_pii=False,
        traces_sample_rate=0.0,
        release=env("APP_VERSION", default=None),
        before_send=scrub_event,
    )

STATIC_ROOT = env.path("STATIC_ROOT", default=str(BASE_DIR / "staticfiles"))
