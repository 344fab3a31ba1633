"""Django admin registrations (the Wagtail admin is the main back office; these help administrators)."""

from django.contrib import admin

from .models import (
    ChangeRequest,
    CoordinatorAssignment,
    Event,
    EventDocument,
    FreshnessReminder,
    Invitation,
    PartnerMembership,
    WhosWhoEntry,
)


@admin.register(CoordinatorAssignment)
class CoordinatorAssignmentAdmin(admin.ModelAdmin):
    list_display = ["user", "plateforme"]
    list_filter = ["plateforme"]


@admin.register(PartnerMembership)
class PartnerMembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organization", "created_at"]
    search_fields = ["user__email", "organization__name"]
    raw_id_fields = ["organization"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "organization", "created_at", "expires_at", "accepted_at"]
    exclude = ["nonce"]
    raw_id_fields = ["organization"]


@admin.register(ChangeRequest)
class ChangeRequestAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "created_at", "reviewed_at"]
    list_filter = ["kind", "status"]
    raw_id_fields = ["organization", "service"]


@admin.register(FreshnessReminder)
class FreshnessReminderAdmin(admin.ModelAdmin):
    list_display = ["service", "reference_date", "sent_at", "escalated_at", "confirmed_at", "hidden_at"]
    raw_id_fields = ["service"]


class EventDocumentInline(admin.TabularInline):
    model = EventDocument
    raw_id_fields = ["document"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "starts_at", "status"]
    list_filter = ["kind", "status", "plateforme"]
    inlines = [EventDocumentInline]


@admin.register(WhosWhoEntry)
class WhosWhoEntryAdmin(admin.ModelAdmin):
    list_display = ["full_name", "organization", "role", "consent_given_at"]
