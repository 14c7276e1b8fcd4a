"""Every model of the portal has one factory, and what it builds is a valid row."""

from __future__ import annotations

import inspect

import pytest
from django.apps import apps
from django.db import IntegrityError

from tests import factories

pytestmark = pytest.mark.django_db

MODEL_FACTORIES = {
    klass._meta.model: klass
    for _, klass in inspect.getmembers(factories, inspect.isclass)
    if issubclass(klass, factories.CommittedFactory) and klass is not factories.CommittedFactory
}


def test_every_model_of_the_portal_has_a_factory():
    models = [*apps.get_app_config("documents").get_models(), *apps.get_app_config("alerts").get_models()]
    assert [model.__name__ for model in models if model not in MODEL_FACTORIES] == []


@pytest.mark.parametrize("factory_class", MODEL_FACTORIES.values(), ids=lambda f: f.__name__)
def test_a_factory_builds_a_valid_row(factory_class):
    made = factory_class()
    made.full_clean()
    assert type(made).objects.filter(pk=made.pk).exists()


def test_a_user_name_taken_is_an_error_not_the_old_user_returned():
    factories.UserFactory(username="mot")
    with pytest.raises(IntegrityError):
        factories.UserFactory(username="mot", is_staff=True)
