"""Seed content of the three pathways (drafts to be validated)."""
