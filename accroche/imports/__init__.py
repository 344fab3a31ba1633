"""One import pipeline for every file that writes data: adapters, shared parsers, limits, one report."""
