"""Static files: hashed, compressed names after collectstatic, served with a year's caching;
the plain names before it."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


def test_collected_files_get_hashed_names_compressed_copies_and_long_caching(tmp_path):
    with override_settings(STATIC_ROOT=tmp_path):
        call_command("collectstatic", "--noinput", verbosity=0)
        url = static("css/portal.css")
        assert re.fullmatch(r"/static/css/portal\.[0-9a-f]{12}\.css", url), url
        collected = tmp_path / url.removeprefix("/static/")
        assert collected.with_name(collected.name + ".gz").exists()
        response = Client().get(url, headers={"accept-encoding": "gzip"})
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip"
        assert "immutable" in response["Cache-Control"]
        assert int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1)) >= 365 * 24 * 3600
        page = Client().get("/about/").content.decode()
        assert f'href="{url}"' in page


def test_before_collectstatic_the_plain_names_are_served(tmp_path):
    (tmp_path / "empty").mkdir()
    with override_settings(STATIC_ROOT=tmp_path / "empty"):
        assert static("css/portal.css") == "/static/css/portal.css"
        response = Client().get("/static/css/portal.css")
        assert response.status_code == 200
