"""Suite-wide Hypothesis settings.

Hypothesis's pytest plugin gives each case of a parametrized test settings whose parent is the previous case's, so
a test with a thousand cases (tests/test_variants.py) ends a thousand deep. Every other setting is copied from the
parent at once, but the example database is looked up through the chain, and it is cached only when it is not
None: under Hypothesis's "ci" profile (loaded when the CI variable is set; no database) each lookup walks the whole
chain and overflows Python's stack. An in-memory database keeps what "ci" wants (nothing written to disk) and ends
each lookup at the parent."""

from hypothesis import settings
from hypothesis.database import InMemoryExampleDatabase

if settings.default.database is None:
    settings.register_profile("ci-in-memory", settings.default, database=InMemoryExampleDatabase())
    settings.load_profile("ci-in-memory")
