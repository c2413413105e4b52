"""Hypothesis profiles for the property tests.

``ci`` (200 examples, no deadline) is loaded by default; run the long search
with ``python -m pytest --hypothesis-profile=long`` (5000 examples). The
``HYPOTHESIS_PROFILE`` environment variable picks the default profile too.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile("long", max_examples=5000, deadline=None)
# --hypothesis-profile, read by hypothesis's pytest plugin after this file is
# loaded, overrides this default.
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
