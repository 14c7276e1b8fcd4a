from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from documents.discovery import SITEMAPS, opensearch_xml, robots_txt

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    # Django's default LOGIN_URL is /accounts/login/: the upload page sends visitors here.
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(template_name="registration/login.html", next_page="documents:home"),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(next_page="documents:home"), name="logout"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("opensearch.xml", opensearch_xml, name="opensearch"),
    path("", include("documents.alerts.urls")),
    path("", include("documents.urls")),
]
