"""Factories for the network tests (factory_boy)."""

import factory
from django.contrib.auth import get_user_model

from accroche.directory.models import Organization, Service

from .models import CoordinatorAssignment, PartnerMembership


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}@example.org")
    email = factory.LazyAttribute(lambda o: o.username)
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Partenaire{n}")
    password = factory.django.Password("motdepasse-solide-123")


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Service {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    description = "Accompagne les jeunes."
    plateforme = "liege"


def make_partner(organization, **kwargs):
    user = UserFactory(**kwargs)
    PartnerMembership.objects.create(user=user, organization=organization)
    return user


def make_coordinator(*plateformes, **kwargs):
    user = UserFactory(**kwargs)
    for plateforme in plateformes:
        CoordinatorAssignment.objects.create(user=user, plateforme=plateforme)
    return user
