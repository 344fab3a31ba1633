"""Demo data of the geo app: the bundled reference files."""

from .services import geo_load_reference


def load_demo(*, stdout) -> None:
    communes, postal_codes = geo_load_reference()
    stdout.write(f"Géographie : {communes} communes, {postal_codes} codes postaux.")
