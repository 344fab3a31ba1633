"""Factories for the network tests (factory_boy); the directory's own are in accroche/directory/tests/factories.py."""

import factory
from django.contrib.auth import get_user_model

from accroche.directory.tests.factories import OrganizationFactory, ServiceFactory

from ..models import CoordinatorAssignment, PartnerMembership

__all__ = ["OrganizationFactory", "ServiceFactory", "UserFactory", "make_coordinator", "make_partner"]


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}@example.org")
    email = factory.LazyAttribute(lambda o: o.username)
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Partenaire{n}")
    password = factory.django.Password("motdepasse-solide-123")


def make_partner(organization, **kwargs):
    user = UserFactory(**kwargs)
    PartnerMembership.objects.create(user=user, organization=organization)
    return user


def make_coordinator(*plateformes, **kwargs):
    user = UserFactory(**kwargs)
    for plateforme in plateformes:
        CoordinatorAssignment.objects.create(user=user, plateforme=plateforme)
    return user
