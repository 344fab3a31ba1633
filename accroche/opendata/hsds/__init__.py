"""HSDS 3.0 data packages: tabular mapping, export, validation and import (see docs/opendata.md)."""
