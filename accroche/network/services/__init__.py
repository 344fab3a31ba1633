"""Writes of the partner network (keyword-only, atomic, validated)."""
