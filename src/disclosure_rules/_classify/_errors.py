"""Errors of the classifiers, each with a stable code.

ClassifyError                       ``classify.*``
├── code classify.invalid_scheme         a scheme file or mapping that does not validate
├── code classify.unknown_scheme         a scheme name that is not bundled
├── code classify.wrong_scheme_kind      an outcome scheme given to the content classifier, …
├── code classify.unknown_applicant_type a declared applicant type that maps to no column
├── code classify.unknown_decision       a structured decision type or row code that is not known
└── code classify.invalid_input          an input record without the field the classifier needs
"""

from __future__ import annotations

from disclosure_rules._errors import DisclosureRulesError


class ClassifyError(DisclosureRulesError, ValueError):
    """A classifier could not run on what it was given; ``code`` says why.

    It is also a ``ValueError``: every cause is a value the caller passed (a scheme, a type, a level).
    """

    code = "classify.error"
