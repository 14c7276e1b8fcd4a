from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("account/searches/", views.searches, name="searches"),
    path("account/searches/<int:pk>/", views.open_search, name="open"),
    path("account/searches/<int:pk>/rename", views.rename, name="rename"),
    path("account/searches/<int:pk>/delete", views.delete, name="delete"),
]
