"""Test-suite settings shared by every test package."""

from __future__ import annotations

from hypothesis import settings

# Hypothesis' per-example deadline is a timing check; on a shared two-core machine it fails examples for the
# neighbours' load, not for the code. The suite checks results, and speed lives in bench/, so no deadline.
settings.register_profile("disclosure_rules", deadline=None)
settings.load_profile("disclosure_rules")
