"""Admin dashboard panel: the version running and the state of the background task queue."""

from django.template.loader import render_to_string
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .status import app_version, task_queue_state


class InstanceStatusPanel(Component):
    name = "instance_status"
    order = 500

    def render_html(self, parent_context=None):
        return render_to_string("core/admin_status_panel.html", {"version": app_version(), "tasks": task_queue_state()})


@hooks.register("construct_homepage_panels")
def add_instance_status_panel(request, panels):
    panels.append(InstanceStatusPanel())
