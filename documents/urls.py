from django.urls import path

from .views import pages, search

app_name = "documents"

urlpatterns = [
    path("", pages.home, name="home"),
    path("search/", search.search, name="search"),
    path("documents/<int:pk>/", pages.document_detail, name="detail"),
    path("documents/<int:pk>/original", pages.download_original, name="original"),
]
