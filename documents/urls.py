from django.urls import path, re_path

from .views import browse, compare, directives, directory, pages, review, search, trends, upload

app_name = "documents"

urlpatterns = [
    path("", pages.home, name="home"),
    path("search/", search.search, name="search"),
    path("documents/<int:pk>/", pages.document_detail, name="detail"),
    path("documents/<int:pk>/original", pages.download_original, name="original"),
    path("search/facets/<str:name>/", search.search_facet, name="search_facet"),
    path("provinces/", directory.provinces_index, name="provinces"),
    path("provinces/<slug:slug>/", browse.province_detail, name="province"),
    path("officials/", directory.officials_index, name="officials"),
    path("about/", directory.about, name="about"),
    path("officials/<slug:slug>/", browse.official_detail, name="official"),
    path("upload/", upload.upload, name="upload"),
    path("upload/<int:run_id>/", upload.upload_report, name="upload_report"),
    path("upload/<int:run_id>/publish", review.publish_uploaded, name="upload_publish"),
    path("upload/<int:run_id>/recover", review.recover_upload, name="upload_recover"),
    path("documents/<int:pk>/publish", review.publish_document, name="publish_document"),
    # research views: each with its CSV
    path("compare/", compare.compare, name="compare"),
    path("compare.csv", compare.compare, {"fmt": "csv"}, name="compare_csv"),
    path("trends/", trends.trends, name="trends"),
    path("trends.csv", trends.trends, {"fmt": "csv"}, name="trends_csv"),
    path("directives/", directives.directive_list, name="directives"),
    path("directives.csv", directives.directive_list, {"fmt": "csv"}, name="directives_csv"),
    path("directives/<str:slug>/", directives.directive_detail, name="directive"),
    path("directives/<str:slug>.csv", directives.directive_detail, {"fmt": "csv"}, name="directive_csv"),
]

# --- export, feed and JSON API ------------------------------------------------------------
from .api import views as api  # noqa: E402
from .feeds import search_feed  # noqa: E402
from .views import cite, export  # noqa: E402

urlpatterns += [
    path("search/export.csv", export.export, {"fmt": "csv"}, name="export_csv"),
    path("search/export.xlsx", export.export, {"fmt": "xlsx"}, name="export_xlsx"),
    path("search/export.json", export.export, {"fmt": "json"}, name="export_json"),
    path("search/export.ris", export.export, {"fmt": "ris"}, name="export_ris"),
    path("search/export.bib", export.export, {"fmt": "bib"}, name="export_bib"),
    path("search/export.csl.json", export.export, {"fmt": "csl.json"}, name="export_csl"),
    path("documents/<int:pk>/cite.<str:fmt>", cite.cite_document, name="cite"),
    path("search/feed.atom", search_feed, name="search_feed"),
    path("api/search", api.search, name="api_search"),
    path("api/documents/<int:pk>", api.document, name="api_document"),
    path("api/facets", api.facets, name="api_facets"),
    path("api/openapi.json", api.openapi, name="api_openapi"),
    # Not <path:rest>: its ".+" stops at a newline (%0A) and leaves an HTML 404 under /api/.
    re_path(r"^api/(?P<rest>[\s\S]*)\Z", api.not_found, name="api_not_found"),
]
