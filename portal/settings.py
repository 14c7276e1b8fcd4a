"""Settings for the portal. Everything that varies between deployments comes from the environment.

| variable               | default                          | meaning                                       |
|------------------------|----------------------------------|-----------------------------------------------|
| DJANGO_SECRET_KEY      | required unless DJANGO_DEBUG=1   | Django's signing key                          |
| DJANGO_DEBUG           | 0                                | 1 for development                             |
| DJANGO_ALLOWED_HOSTS   | localhost,127.0.0.1 (+ * in debug) | comma-separated host names                  |
| PORTAL_DATA_DIR        | var/                             | SQLite file, search index, original files    |
| DATABASE_URL           | sqlite:///<PORTAL_DATA_DIR>/portal.sqlite3 | any database dj-database-url reads |
| SEARCH_BACKEND         | tantivy                          | tantivy, whoosh or opensearch                 |
| OPENSEARCH_URL         | http://127.0.0.1:9200            | SEARCH_BACKEND=opensearch; nodes: a,b,c      |
| OPENSEARCH_INDEX       | portal_documents                 | the index name there                          |
| OPENSEARCH_SHARDS, OPENSEARCH_REPLICAS | the cluster's defaults | shards and replicas of a new index     |
| OPENSEARCH_TIMEOUT     | 10                               | seconds a request to the cluster may take     |
| PORTAL_STORAGE_BACKEND | files under <PORTAL_DATA_DIR>/media | where originals are kept: a Django storage  |
|                        |                                  | class; PORTAL_STORAGE_OPTIONS its kwargs, JSON |
| PORTAL_MAX_UPLOAD_MB   | 50                               | files larger than this are refused at ingest  |
| PORTAL_EXPORT_MAX_ROWS | 100000                           | longest result list one export may hold       |
| REDIS_URL              | (none)                           | background jobs through Redis (RQ) instead of |
|                        |                                  | the database queue                            |
| PORTAL_INGEST_STALE_MINUTES | 120                         | a file another machine's worker claimed and   |
|                        |                                  | gave no sign of life for is taken back        |
| PORTAL_UPLOADS_REQUIRE_REVIEW | 1                       | uploaded documents wait for staff to publish  |
|                        |                                  | them (0: public once indexed)                 |
| PORTAL_BASE_URL        | http://localhost:8000            | the portal's address, for links in e-mails    |
| EMAIL_BACKEND          | console (debug), else smtp       | Django's e-mail backend (alerts)              |
| EMAIL_HOST, EMAIL_PORT | localhost, 25                    | the SMTP server (EMAIL_HOST_USER,             |
|                        |                                  | EMAIL_HOST_PASSWORD, EMAIL_USE_TLS too)       |
| DEFAULT_FROM_EMAIL     | webmaster@localhost              | the sender of alert e-mails                   |
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .proxies import parse_trusted_proxies

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_count(name: str, least: int = 0) -> int:
    """A whole number of at least ``least`` from the environment, refused naming the variable."""
    value = os.environ[name].strip()
    # isdigit() alone also accepts other scripts' digits ("²"), which int() refuses
    if not (value.isascii() and value.isdigit()) or int(value) < least:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number of {least} or more")
    return int(value)


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it (any long random string) or run with "
            "DJANGO_DEBUG=1 for development."
        )
    SECRET_KEY = "development-only-insecure-key"  # noqa: S105 - only ever used with DEBUG on

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])

DATA_DIR = Path(os.environ.get("PORTAL_DATA_DIR") or BASE_DIR / "var").resolve()

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
    "documents",
    "documents.alerts",
    "tools",
    # After documents: its update_index command takes the place of haystack's.
    "haystack",
]

MIDDLEWARE = [
    # First: X-Forwarded-Proto from anyone but a declared proxy is dropped before it is read.
    "portal.proxies.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "portal.ratelimit.RateLimitMiddleware",
    # Static files from the app server itself, also with DEBUG off (gunicorn has no static handler).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.SearchUnavailableMiddleware",
]

# Headers on every response: nosniff and the referrer policy come from SecurityMiddleware,
# Content-Security-Policy from ours; no page may be framed.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Reverse proxies in front of the portal (addresses or networks). Only they are believed about
# the client's address (X-Forwarded-For) and about HTTPS (X-Forwarded-Proto).
PORTAL_TRUSTED_PROXIES = parse_trusted_proxies(os.environ.get("PORTAL_TRUSTED_PROXIES", ""))
if env_bool("PORTAL_TRUST_X_FORWARDED_FOR", False) and not PORTAL_TRUSTED_PROXIES:
    # The old switch believed whatever address the client wrote first; there is no safe reading
    # of it without knowing which addresses are the proxies'.
    raise ImproperlyConfigured(
        "PORTAL_TRUST_X_FORWARDED_FOR is replaced by PORTAL_TRUSTED_PROXIES: "
        "set it to the addresses or networks of your reverse proxies (comma-separated)"
    )
if PORTAL_TRUSTED_PROXIES:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("PORTAL_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("PORTAL_SECURE_COOKIES", True)
    # Off by default: HSTS and redirects belong to whoever runs the TLS front end.
    SECURE_SSL_REDIRECT = env_bool("PORTAL_SSL_REDIRECT", False)
    SECURE_HSTS_SECONDS = int(os.environ.get("PORTAL_HSTS_SECONDS", "0"))

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{DATA_DIR / 'portal.sqlite3'}",
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A second writer (an ingest while the site serves) waits instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 30
    # Writers take the lock when their transaction starts: two concurrent ingests then queue
    # instead of failing with "database is locked" when a reader upgrades to a writer.
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    # Write-ahead log: readers (the site) never wait for a writer (an ingest), and a commit
    # appends to the log instead of syncing the database file several times. synchronous=NORMAL
    # is safe from corruption in WAL mode; a power cut may lose the last commits, never the file.
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Original files kept for download, addressed by content hash, through Django's storage API:
# by default under the data dir; PORTAL_STORAGE_BACKEND (a storage class) with
# PORTAL_STORAGE_OPTIONS (JSON, its keyword arguments) puts them elsewhere.
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "media/"
_storage_backend = os.environ.get("PORTAL_STORAGE_BACKEND", "").strip()
try:
    _storage_options = json.loads(os.environ.get("PORTAL_STORAGE_OPTIONS", "").strip() or "{}")
except ValueError as error:
    raise ImproperlyConfigured(f"PORTAL_STORAGE_OPTIONS is not JSON: {error}") from error
if not isinstance(_storage_options, dict):
    raise ImproperlyConfigured("PORTAL_STORAGE_OPTIONS must be a JSON object: a storage's keyword arguments")
STORAGES = {
    "default": {
        "BACKEND": _storage_backend or "portal.storage.OriginalsFileSystemStorage",
        # The file system storage's folder is MEDIA_ROOT unless the options name another.
        "OPTIONS": _storage_options,
    },
    # Hashed, compressed copies after `manage.py collectstatic` (make run does it), cached by
    # browsers for a year; without it the plain files are served from static/ (portal.static_storage).
    "staticfiles": {"BACKEND": "portal.static_storage.HashedStaticFiles"},
}

PORTAL_MAX_FILE_BYTES = int(float(os.environ.get("PORTAL_MAX_UPLOAD_MB", "50")) * 1024 * 1024)
# A file claimed by a job on another machine, with no sign of life for this long, is taken
# back (on the same machine a dead worker is seen at once): longer than any file's OCR.
PORTAL_INGEST_STALE_MINUTES = float(os.environ.get("PORTAL_INGEST_STALE_MINUTES", "120"))
# An upload's documents wait, invisible to the public, until staff checked their metadata and
# published them; documents of `manage.py ingest` (an operator's own files) are published at once.
PORTAL_UPLOADS_REQUIRE_REVIEW = env_bool("PORTAL_UPLOADS_REQUIRE_REVIEW", True)
# Exports stream in constant memory; the limit keeps one request from holding a worker for long.
PORTAL_EXPORT_MAX_ROWS = int(os.environ.get("PORTAL_EXPORT_MAX_ROWS", "100000"))

# Rate limits per client (path prefix → "requests/seconds"; 0 requests switches one off),
# counted in Redis when REDIS_URL is set, else in the database: shared by every process.
PORTAL_RATE_LIMITS = {
    "/search/export": os.environ.get("PORTAL_EXPORT_RATE_LIMIT", "20/60"),
    "/search/feed": os.environ.get("PORTAL_FEED_RATE_LIMIT", "60/60"),
    "/api/": os.environ.get("PORTAL_API_RATE_LIMIT", "120/60"),
    # The research views count the whole list of a search (and /trends/ up to six of them):
    # each is limited on its own, its CSV with it.
    **dict.fromkeys(
        ("/compare", "/trends", "/directives"), os.environ.get("PORTAL_RESEARCH_RATE_LIMIT", "30/60")
    ),
}
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "cache"),
    }
}

# --- background jobs (uploads, ingest --background) ----------------------------------------
# Django's Tasks API (the django-tasks backport). By default the queue is a database table, so
# nothing else has to run but the worker (`manage.py worker`; `make run` starts one beside the
# server). With REDIS_URL set, jobs go through Redis with RQ (django-tasks-rq); the same command
# then runs RQ's worker (it follows TASKS, so settings that keep the database's queue keep its worker).
if REDIS_URL:
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    INSTALLED_APPS.insert(INSTALLED_APPS.index("django_tasks_db"), "django_rq")
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- e-mail (saved-search alerts: manage.py send_alerts) -----------------------------------
# The console in development, so no mail leaves a developer's machine; SMTP otherwise.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", f"django.core.mail.backends.{'console' if DEBUG else 'smtp'}.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
# Links in e-mails are absolute: a command has no request to take the host from.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://localhost:8000").rstrip("/")

# --- search -----------------------------------------------------------------------------
# tantivy by default: Whoosh is much slower on phrases and facet pages and at building its index
# (README, "Search backends"; manage.py benchmark); Whoosh stays supported and tested.
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "tantivy").strip().lower()
SEARCH_ENGINES = {
    "whoosh": "documents.search.backends.whoosh.engine.VietnameseWhooshEngine",
    "tantivy": "documents.search.backends.tantivy.engine.TantivyEngine",
    "opensearch": "documents.search.backends.opensearch.engine.OpenSearchEngine",
}
if SEARCH_BACKEND not in SEARCH_ENGINES:
    raise ImproperlyConfigured(
        f"SEARCH_BACKEND={SEARCH_BACKEND!r} is not supported; choose one of: {', '.join(SEARCH_ENGINES)}"
    )
HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": SEARCH_ENGINES[SEARCH_BACKEND],
        "PATH": str(DATA_DIR / "index" / SEARCH_BACKEND),
    }
}
if SEARCH_BACKEND == "opensearch":
    HAYSTACK_CONNECTIONS["default"].update(
        URL=os.environ.get("OPENSEARCH_URL", "http://127.0.0.1:9200"),
        INDEX_NAME=os.environ.get("OPENSEARCH_INDEX", "portal_documents"),
        **{
            option: env_count(variable, least)
            for option, variable, least in (
                ("SHARDS", "OPENSEARCH_SHARDS", 1),
                ("REPLICAS", "OPENSEARCH_REPLICAS", 0),
                ("TIMEOUT", "OPENSEARCH_TIMEOUT", 1),
            )
            if os.environ.get(variable, "").strip()
        },
    )
# The index follows the database through our own processor (documents.signals), which also
# reindexes a document when its officials change.
HAYSTACK_SIGNAL_PROCESSOR = "documents.search.signals.DocumentSignalProcessor"
HAYSTACK_SEARCH_RESULTS_PER_PAGE = 20

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "documents": {"handlers": ["console"], "level": os.environ.get("PORTAL_LOG_LEVEL", "INFO")},
        "portal": {"handlers": ["console"], "level": os.environ.get("PORTAL_LOG_LEVEL", "INFO")},
    },
}
