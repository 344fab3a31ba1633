"""Spreadsheet import for coordinators: template, column mapping, dry run, all-or-nothing commit."""
