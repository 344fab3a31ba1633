"""Printed outputs from live data: the répertoire (PDF) and the posters and flyers (see docs/opendata.md)."""
