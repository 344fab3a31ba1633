"""Connects the review app to Wagtail's workflow signals."""

from wagtail.signals import workflow_approved


def _approved(sender, instance, user=None, **kwargs):
    from .services import on_workflow_approved

    on_workflow_approved(workflow_state=instance, user=user)


def connect_signals() -> None:
    workflow_approved.connect(_approved, dispatch_uid="review_workflow_approved")
