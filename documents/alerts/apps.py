from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "documents.alerts"
    # The label the tables and migrations were made under.
    label = "alerts"
    verbose_name = _("Tìm kiếm đã lưu")
