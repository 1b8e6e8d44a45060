"""``python -m disclosure_rules``: the command-line interface."""

from __future__ import annotations

import sys

from disclosure_rules._cli import main

if __name__ == "__main__":
    sys.exit(main())
