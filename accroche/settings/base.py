"""Base settings: secure defaults, values from environment variables (django-environ)."""

from pathlib import Path
from urllib.parse import urlsplit

import environ
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PACKAGE_DIR = BASE_DIR / "accroche"

env = environ.Env()
if (BASE_DIR / ".env").exists():
    environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "accroche.core",
    "accroche.geo",
    "accroche.directory",
    "accroche.search",
    "accroche.maps",
    "accroche.orientation",
    "accroche.content",
    "accroche.review",
    "accroche.network",
    "accroche.opendata",
    "accroche.imports",
    "accroche.schools",
    "accroche.api",
    "accroche.federation",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "accroche.core.middleware.DatabaseUnavailableMiddleware",
    "accroche.core.errors.ErrorPagesMiddleware",
    "accroche.core.params.StrictQueryMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "accroche.core.middleware.PublicContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "accroche.core.limits.RequestLimitsMiddleware",
    "accroche.core.pagecache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "accroche.core.logins.LoginGuardMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accroche.network.middleware.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "accroche.urls"
WSGI_APPLICATION = "accroche.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "accroche.core.context_processors.site",
                "accroche.geo.context_processors.territory",
                "accroche.content.context_processors.site_pages",
            ],
        },
    },
]

# SQLite by default; PostgreSQL (psycopg 3) when DATABASE_URL says so (postgres://user:pass@host:port/db).
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the task worker and the web server share the file without "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )
if "postgresql" in DATABASES["default"]["ENGINE"]:
    # Wagtail's PostgreSQL search index uses SearchVectorField and GIN indexes.
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr-be"
LANGUAGES = [("fr", "Français")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Front-end libraries come from npm (package-lock.json) and are served from node_modules.
STATICFILES_DIRS = [
    ("vendor/leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist"),
    ("vendor/leaflet.markercluster", BASE_DIR / "node_modules" / "leaflet.markercluster" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Whole pages for anonymous visitors (accroche.core.pagecache), invalidated on every content change.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
API_RATE_LIMIT = env.int("API_RATE_LIMIT", default=600)  # requests a minute per client on /api/
MAX_UPLOAD_SIZE = env.int("MAX_UPLOAD_SIZE", default=25 * 1024 * 1024)
# Limits of imported spreadsheets and HSDS packages, checked before parsing (keys and defaults: accroche/imports/
# limits.py; e.g. {"table_rows": 200_000}).
IMPORT_LIMITS: dict[str, int] = {}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]

# Background tasks: Django's tasks framework with the database backend (worker: manage.py db_worker).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="ne-pas-repondre@accrochons-nous.be")

WAGTAIL_SITE_NAME = "Ensemble accrochons-nous"
# Legal page (« Mentions légales ») details: shown as given, or plainly « non renseigné » when empty (decision 0113).
SITE_PUBLISHER = env("SITE_PUBLISHER", default="")  # responsible publisher: name and address
SITE_CONTACT_EMAIL = env("SITE_CONTACT_EMAIL", default="")
SITE_PRIVACY_OFFICER = env("SITE_PRIVACY_OFFICER", default="")  # data protection officer: name and contact
# Invented examples (`load_reference_content --with-examples`) are refused when False (production, decision 0112).
ALLOW_EXAMPLE_CONTENT = True
WAGTAILADMIN_BASE_URL = env("SITE_URL", default="http://127.0.0.1:8000")
SITE_URL = WAGTAILADMIN_BASE_URL
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]
WAGTAILADMIN_USER_LOGIN_FORM = "accroche.core.forms.AdminLoginForm"  # labels in French (« Password » otherwise)
# Optional geocoding of street addresses (manage.py geocode_locations; decision 0162). Empty URL: never used.
GEOCODER_URL = env("GEOCODER_URL", default="")  # e.g. https://nominatim.openstreetmap.org/search
GEOCODER_USER_AGENT = env("GEOCODER_USER_AGENT", default="ensemble-accrochons-nous (geocode_locations)")
GEOCODER_MIN_INTERVAL = env.float("GEOCODER_MIN_INTERVAL", default=1.0)  # seconds between two requests
GEOCODER_CACHE_PATH = env("GEOCODER_CACHE_PATH", default=str(BASE_DIR / "var" / "geocoder-cache.json"))
WAGTAIL_CONTENT_LANGUAGES = [("fr", "Français")]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "csv", "png", "jpg"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]

LOGIN_URL = "wagtailadmin_login"
CSRF_FAILURE_VIEW = "accroche.core.errors.csrf_failure"

# Login protection (django-axes): 5 failures for one username from one address lock it for 30 minutes — that pair
# only: the address is the real client's (accroche.core.clientip), so an attacker never locks anyone else out.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "accroche.network.permissions.CoordinatorBackend",  # coordinators in /admin/ (docs/decisions/0127)
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.5)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "network/lockout.html"
OTP_TOTP_ISSUER = "Ensemble accrochons-nous"
# Coordinators and administrators must set up two-factor authentication at their first login (decision 0157).
TWO_FACTOR_REQUIRED_FOR_STAFF = env.bool("TWO_FACTOR_REQUIRED_FOR_STAFF", default=True)
PASSWORD_RESETS_PER_HOUR = 3
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600

# Partner network (docs/network.md): freshness reminders and links.
NETWORK_FRESHNESS_MONTHS = env.int("NETWORK_FRESHNESS_MONTHS", default=6)
NETWORK_REMINDER_ESCALATE_DAYS = env.int("NETWORK_REMINDER_ESCALATE_DAYS", default=14)
NETWORK_HIDE_AFTER_MONTHS = env.int("NETWORK_HIDE_AFTER_MONTHS", default=0)

# Security baseline (production.py tightens further).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Content-Security-Policy (Django's built-in CSP) on every public page: no inline script, no third party but the
# map tiles and, after a click, the video players of the library.
_TILE_HOST = urlsplit(env("MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", f"{_TILE_HOST.scheme}://{_TILE_HOST.netloc.replace('{s}', '*')}"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
PERMISSIONS_POLICY = "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)"

# Map tiles (OpenStreetMap by default; the attribution is shown on every map).
MAP_TILE_URL = env("MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env(
    "MAP_TILE_ATTRIBUTION",
    default='&copy; <a href="https://www.openstreetmap.org/copyright">les contributeurs d’OpenStreetMap</a>',
)

# Pagination of the public HSDS API.
HSDS_API_MAX_PER_PAGE = 100

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"wagtail": {"level": "WARNING"}},
}

# Reverse proxies (docs/deployment.md § 6): the client address is read from X-Forwarded-For only behind them.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
AXES_CLIENT_IP_CALLABLE = "accroche.core.clientip.client_ip"
# Password spraying: failed logins from one address across every account, per window (accroche.core.limits).
LOGIN_FAILURES_PER_IP = env.int("LOGIN_FAILURES_PER_IP", default=30)
LOGIN_FAILURES_WINDOW_SECONDS = 3600
# Endpoints costing seconds of CPU per request (path regex → requests a minute per client; accroche.core.limits).
EXPENSIVE_PATH_LIMITS = {
    r"^/donnees/repertoire\.pdf$": env.int("REPERTOIRE_PDF_PER_MINUTE", default=6),
    r"^/donnees/affiches/": 12,
    r"^/donnees/annuaire-hsds-3\.0\.(zip|json)$": 12,
    r"^/orientation/[^/]+/fiche\.pdf$": 20,
}
