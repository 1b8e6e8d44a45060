"""The auditor: read an annual report as published on a website and check it (see docs/audit.md)."""

from __future__ import annotations

from disclosure_rules._audit._auditor import AuditError, AuditFigure, AuditResult, audit

__all__ = ["AuditError", "AuditFigure", "AuditResult", "audit"]
