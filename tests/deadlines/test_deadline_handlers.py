"""The request run applies each event kind through one handler table: every kind has exactly one entry."""

from __future__ import annotations

import typing

from disclosure_rules._deadlines._request import _HANDLERS
from disclosure_rules._records import RequestEvent


def _event_kinds() -> set[str]:
    union = typing.get_args(RequestEvent)[0]  # Annotated[Union[...], discriminator]
    return {str(member.model_fields["kind"].default) for member in typing.get_args(union)}


def test_every_event_kind_has_one_handler() -> None:
    kinds = _event_kinds()
    assert len(kinds) == 11  # the walk reads the union (a broken walk would find none)
    assert set(_HANDLERS) == kinds
