"""The error the renderer raises, with its stable codes.

::

    DisclosureRulesError
    └── RenderError                          ``render.*``
          render.unknown_format              a format other than html, md, txt
          render.report_has_errors           validation found errors and allow_errors was not given
          render.template_dir_not_found      the user's template folder does not exist
          render.templates_missing           the bundled templates are not installed (broken install)
          render.template_not_found          a template (or one it extends/includes) does not exist
          render.template_syntax             a template does not parse; the message names file and line
          render.template_undefined          a template used a variable the view does not have
          render.template_sandbox            a template tried to reach Python internals (sandbox)
          render.template_error              any other failure while a template ran
"""

from __future__ import annotations

from disclosure_rules._errors import DisclosureRulesError


class RenderError(DisclosureRulesError):
    """Rendering failed; ``code`` says why (see the module docstring), the message names the template."""

    code = "render.template_error"
