from pathlib import Path

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


def create_data_folders() -> None:
    """The folders the settings point into that nothing else creates. Done when Django starts,
    not when the settings are imported: importing settings must not touch the disk."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3" and database["NAME"] != ":memory:":
        # SQLite creates the file but not its folder; a fresh checkout has no var/ yet.
        Path(database["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WhiteNoise warns about a missing STATIC_ROOT, although the assets come from static/.
    Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Văn bản của Đảng")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        create_data_folders()
