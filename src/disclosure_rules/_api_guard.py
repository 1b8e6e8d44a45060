"""One guard for every public entry point: a wrong type or an out-of-range value is the library's own error.

``validate(None)`` used to end in ``AttributeError``, a huge number in ``OverflowError`` or a ``decimal``
signal: errors a caller cannot tell from a bug, without a code. The package's ``__getattr__`` passes each public
name through :func:`guard_public_name` on first use, which wraps each public function of ``disclosure_rules``
(and each public method of its public classes that are not models, errors or enumerations) so that such an
exception leaves as :class:`ArgumentError`, an :class:`InputError` with the code ``input.wrong_type`` or
``input.out_of_range`` that names the function; the original is its ``__cause__``. Such a class is also marked
:func:`public_class` where it is defined, so its methods are guarded even on an instance a caller got without ever
touching the class's public name (``audit(...).tables`` before ``disclosure_rules.CanonicalTables``).
The library's own errors pass through unchanged. ``ArgumentError`` is also a ``TypeError`` and a
``ValueError``, so code that caught those before still does. A method marked :func:`guards_itself` is left unwrapped:
it converts in its own body with :func:`as_library_error` (the scalar calendar look-ups: docs/calendar.md).
"""

from __future__ import annotations

import functools
import inspect
from enum import Enum
from typing import TYPE_CHECKING, Final, ParamSpec, TypeVar

from pydantic import BaseModel, ValidationError

from disclosure_rules._errors import DisclosureRulesError, InputError

if TYPE_CHECKING:
    from collections.abc import Callable

_P = ParamSpec("_P")
_R = TypeVar("_R")
_C = TypeVar("_C", bound=type)

_WRONG_TYPE: Final = (TypeError, AttributeError, KeyError, IndexError)
_OUT_OF_RANGE: Final = (ValueError, ArithmeticError, RecursionError, MemoryError)
FOREIGN_ARGUMENT_ERRORS: Final = (*_WRONG_TYPE, *_OUT_OF_RANGE)
"""The exceptions a guard turns into :class:`ArgumentError` (after letting the library's own errors pass)."""


class ArgumentError(InputError, TypeError, ValueError):
    """A public function was given a value of the wrong type or out of range (``input.wrong_type`` …)."""

    code = "input.wrong_type"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or exc.title
        return f"{where}: {first['msg']}"
    text = str(exc)
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def as_library_error(exc: Exception, name: str) -> Exception:
    """What a public entry point named ``name`` raises for ``exc`` (re-raise it ``from exc``).

    The library's own errors unchanged, a wrong type or an out-of-range value as :class:`ArgumentError`, anything
    else unchanged. Callers let the library's own errors pass before (``except DisclosureRulesError: raise``): some
    are ``ValueError`` too, and one re-raised ``from`` itself would be its own cause.
    """
    if isinstance(exc, DisclosureRulesError):
        return exc
    if isinstance(exc, _WRONG_TYPE):
        return ArgumentError(f"{name}(): {_describe(exc)}", code="input.wrong_type")
    if isinstance(exc, _OUT_OF_RANGE):
        return ArgumentError(f"{name}(): {_describe(exc)}", code="input.out_of_range")
    return exc


def guarded(function: Callable[_P, _R], name: str) -> Callable[_P, _R]:
    """``function`` with foreign exceptions turned into :class:`ArgumentError` naming ``name``."""

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return function(*args, **kwargs)
        except DisclosureRulesError:
            raise
        except FOREIGN_ARGUMENT_ERRORS as exc:
            raise as_library_error(exc, name) from exc

    wrapper.__disclosure_rules_guarded__ = True  # type: ignore[attr-defined]  # marks it for the tests
    return wrapper


def guards_itself(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Mark a method that converts foreign exceptions itself (with :func:`as_library_error`).

    The guard then leaves it unwrapped: the wrapper's extra call would double the cost of a scalar calendar look-up.
    """
    function.__disclosure_rules_guarded__ = True  # type: ignore[attr-defined]  # read by _guard_class
    return function


def _guard_class(cls: type, name: str) -> None:
    if issubclass(cls, BaseModel | BaseException | Enum):
        return
    for attribute, value in list(vars(cls).items()):
        if attribute.startswith("_"):
            continue
        where = f"{name}.{attribute}"
        if isinstance(value, staticmethod):
            setattr(cls, attribute, staticmethod(guarded(value.__func__, where)))
        elif isinstance(value, classmethod):
            setattr(cls, attribute, classmethod(guarded(value.__func__, where)))
        elif inspect.isfunction(value) and not getattr(value, "__disclosure_rules_guarded__", False):
            setattr(cls, attribute, guarded(value, where))


def guard_public_name(value: object, name: str) -> object:
    """The public object ``name`` as callers get it: a function wrapped, a class's methods wrapped (once)."""
    if inspect.isfunction(value):
        if getattr(value, "__disclosure_rules_guarded__", False):
            return value
        return guarded(value, name)
    if (
        inspect.isclass(value)
        and value.__module__.startswith("disclosure_rules")
        and "__disclosure_rules_guarded__" not in vars(value)
    ):
        _guard_class(value, name)
        value.__disclosure_rules_guarded__ = True  # type: ignore[attr-defined]  # once per class
    return value


def public_class(cls: _C) -> _C:
    """Guard the methods of a public class when it is defined, not on the first use of its public name.

    Without it an instance reached another way (a result's attribute) raised foreign errors until some code touched
    ``disclosure_rules.<name>``: the error type depended on what had run before. Every class so marked is public
    under its own name (``tests/test_public_api.py`` checks that each public class is guarded).
    """
    guard_public_name(cls, cls.__name__)
    return cls
