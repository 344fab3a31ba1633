"""Length caps on every text a partner, a coordinator or the public writes (issue 17, docs/decisions/0195).

One line of text: 255 characters unless the field says less; a text area: 5,000. Forms get the caps through
`bound_text_fields` (a clear French error, « Assurez-vous que cette valeur comporte au plus … caractères »), model
text fields through `bounded_text_field` (the cap in the admin forms Django builds from the model, and a validator
for `full_clean` wherever a model is written without a form). PostgreSQL then never sees an overlong value (no
`DataError`, no 500) and nobody can store megabytes in a free-text field.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .params import has_control_chars

MAX_LINE = 255
MAX_TEXT = 5_000
MAX_EMAIL = 254  # the model fields' length (Django's form field allows 320: a DataError on PostgreSQL)
MAX_PASSWORD = 4_096  # long enough for any passphrase, short enough that hashing it costs nothing


def field_text_limit(field: forms.Field) -> int:
    """The cap a text form field gets when it declares none: 5,000 in a text area, 255 on one line."""
    if isinstance(field.widget, forms.PasswordInput):
        return MAX_PASSWORD
    return MAX_TEXT if isinstance(field.widget, forms.Textarea) else MAX_LINE


def bound_text_fields(form: forms.BaseForm, *, refuse_control_chars: bool = True) -> None:
    """Gives every text field of `form` a maximum length (and the browser's `maxlength`), and refuses control
    characters (tabs and line breaks stay allowed)."""
    for field in form.fields.values():
        if not isinstance(field, forms.CharField):
            continue
        if field.max_length is None or (isinstance(field, forms.EmailField) and field.max_length > MAX_EMAIL):
            field.max_length = MAX_EMAIL if isinstance(field, forms.EmailField) else field_text_limit(field)
        if not any(isinstance(v, MaxLengthValidator) and v.limit_value <= field.max_length for v in field.validators):
            field.validators.append(MaxLengthValidator(field.max_length))  # AuthenticationForm sets only the attribute
        field.widget.attrs["maxlength"] = str(field.max_length)
        if refuse_control_chars and no_control_chars not in field.validators:
            field.validators.append(no_control_chars)


def no_control_chars(value) -> None:
    if has_control_chars(str(value)):  # tabs and line breaks are allowed
        raise ValidationError(_("Caractères de contrôle interdits."))


class BoundedFormMixin:
    """Every text field of the form has a maximum length and refuses control characters."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        bound_text_fields(self)


def bounded_text_field(verbose_name, *, limit: int = MAX_TEXT, **kwargs) -> models.TextField:
    """A free-text model field with a cap: `max_length` (reflected in the admin's model forms) and a validator
    (enforced by `full_clean`, which PostgreSQL does not do for a text column)."""
    return models.TextField(verbose_name, max_length=limit, validators=[MaxLengthValidator(limit)], **kwargs)


def check_length(value: str, limit: int) -> str:
    """Raises the form's French error when `value` is longer than `limit` (for text read outside a form)."""
    MaxLengthValidator(limit)(value)
    return value
