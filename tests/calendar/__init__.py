"""Tests of the working-day calendar (tests.calendar, a package: no clash with the stdlib module)."""  # noqa: A005 - tests.calendar is a subpackage, never imported as top-level "calendar"
