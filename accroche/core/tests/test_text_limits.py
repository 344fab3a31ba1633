"""Every text a partner, a coordinator or the public types has a length cap (issue 17, decision 0195).

The walk below imports every module of the project that defines forms and checks each form class it finds: a new
form, or a new text field on an old one, without a cap fails here. Model text fields are walked the same way (the
admin forms Django and Wagtail build from the models take their caps from there)."""

import importlib
import pkgutil

import pytest
from django import forms
from django.apps import apps
from django.core.validators import MaxLengthValidator
from django.db import models

import accroche
from accroche.core.textlimits import MAX_TEXT

SKIP_PACKAGES = (".migrations", ".tests", ".management", ".settings")
# Forms that cannot be built on their own; what they show comes from the models, walked by the second test.
BUILT_FROM_MODELS = {
    "accroche.directory.wagtail_hooks.ServiceAdminForm",
    "accroche.geo.forms.PlateformeForm",
    "accroche.orientation.forms.PathwayAdminForm",
}
# Text columns nobody types into: filled by code (search tokens, paths, reports) or Wagtail's own page fields, or
# being moved by another change this session (review fields of ChangeRequest / LinkProposal, capped in the forms).
MACHINE_WRITTEN = {
    "search.SearchDocument",
    "directory.ServiceArea.extent",  # GeoJSON computed from the communes
    "network.FreshnessReminder.recipients",
    "schools.SchoolSite.search_words",
    "federation.HarvestSource.last_report",
    "network.ChangeRequest.message",  # ServiceChangeForm / OrganizationChangeForm: 5,000
    "network.ChangeRequest.review_comment",  # ReviewForm: 5,000
    "schools.LinkProposal.message",  # schools ConfirmForm: 5,000
    "schools.LinkProposal.review_comment",  # schools ReviewForm: 5,000
    "opendata.PosterTemplate.text",  # max_length=500 in the model already (not ours to change this session)
}
NEEDS_ARGUMENTS = {
    "accroche.core.forms.NewPasswordForm": {"user": None},
    "accroche.opendata.forms.MappingForm": {"headers": ["a"], "initial_mapping": {}},
}
WAGTAIL_PAGE_FIELDS = {"url_path", "search_description"}


def _project_form_classes():
    for module in pkgutil.walk_packages(accroche.__path__, "accroche."):
        name = module.name
        if any(part in name for part in SKIP_PACKAGES) or not name.rsplit(".", 1)[-1].endswith(
            ("forms", "views", "video_views", "wagtail_hooks", "auth", "members", "partner", "passwords", "public")
        ):
            continue
        importlib.import_module(name)
    seen, todo = set(), [forms.BaseForm]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return sorted(
        (c for c in seen if c.__module__.startswith("accroche.") and ".tests" not in c.__module__),
        key=lambda c: f"{c.__module__}.{c.__qualname__}",
    )


def _text_fields(form):
    return {n: f for n, f in form.fields.items() if isinstance(f, forms.CharField)}


def test_every_text_field_of_every_form_has_a_length_cap(db):
    checked = 0
    classes = _project_form_classes()
    assert len(classes) >= 20  # the walk found the forms (network, review, schools, core logins…)
    for form_class in classes:
        label = f"{form_class.__module__}.{form_class.__qualname__}"
        if label in BUILT_FROM_MODELS:
            continue
        form = form_class(**NEEDS_ARGUMENTS.get(label, {}))
        for field_name, field in _text_fields(form).items():
            assert field.max_length, f"{label}.{field_name} has no max_length"
            assert any(
                isinstance(v, MaxLengthValidator) and v.limit_value <= field.max_length for v in field.validators
            ), f"{label}.{field_name}: no length validator"
            assert field.max_length <= 20_000 or isinstance(field.widget, forms.PasswordInput), f"{label}.{field_name}"
            checked += 1
    assert checked > 60


def test_every_free_text_model_field_has_a_cap():
    missing = []
    for model in apps.get_models():
        if not model.__module__.startswith("accroche."):
            continue
        for field in model._meta.concrete_fields:
            label = f"{model._meta.label}.{field.name}"
            if model._meta.label in MACHINE_WRITTEN or label in MACHINE_WRITTEN:
                continue
            if isinstance(field, models.CharField):
                assert field.max_length, label
            elif isinstance(field, models.TextField) and field.__class__ is models.TextField:
                if field.name in WAGTAIL_PAGE_FIELDS:
                    continue
                caps = [v for v in field.validators if isinstance(v, MaxLengthValidator)]
                if not (field.max_length and caps):
                    missing.append(label)
    assert not missing, f"free text without max_length and validator: {missing}"


@pytest.mark.parametrize(
    ("form_path", "data", "field"),
    [
        ("accroche.review.forms.SignOffForm", {"reviewer_name": "A B", "role": "r", "organisation": "o"}, "comment"),
        ("accroche.review.forms.RejectForm", {}, "comment"),
        ("accroche.schools.forms.ConfirmForm", {}, "message"),
        ("accroche.schools.forms.ReviewForm", {}, "comment"),
        ("accroche.network.forms.ErrorReportForm", {"started": "x"}, "message"),
        ("accroche.core.forms.PartnerLoginForm", {"password": "x"}, "username"),
    ],
)
def test_an_overlong_value_is_a_french_form_error(form_path, data, field):
    module, name = form_path.rsplit(".", 1)
    form_class = getattr(importlib.import_module(module), name)
    form = form_class(data={**data, field: "é" * (MAX_TEXT + 1)})
    assert not form.is_valid()
    assert "au plus" in form.errors[field][0]  # « Assurez-vous que cette valeur comporte au plus … caractères »


def test_model_validator_refuses_overlong_text_written_outside_forms(db):
    from django.core.exceptions import ValidationError

    from accroche.directory.models.core import Organization

    organization = Organization(name="Org", slug="org", description="x" * (MAX_TEXT + 1))
    with pytest.raises(ValidationError) as caught:
        organization.full_clean()
    assert "description" in caught.value.message_dict


def test_the_admin_forms_built_from_the_models_carry_the_caps():
    from wagtail.snippets.models import get_snippet_models

    checked = 0
    for model in get_snippet_models():
        if not model.__module__.startswith("accroche.") or not hasattr(model, "snippet_viewset"):
            continue
        form_class = model.snippet_viewset.get_edit_handler().get_form_class()
        for name, field in form_class.base_fields.items():
            rich_text = "RichText" in field.widget.__class__.__name__  # Wagtail's editor (decision 0195: not capped)
            if isinstance(field, forms.CharField) and not rich_text:
                assert field.max_length, f"{model._meta.label}.{name}"
                checked += 1
    assert checked > 20  # the directory's services and organisations at least
