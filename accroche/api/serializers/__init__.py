"""Serializers: our directory models mapped onto HSDS 3.0 objects (plain dicts, see docs/api.md)."""
