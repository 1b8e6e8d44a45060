"""The renderer's sandbox policy: Jinja2's sandbox plus bounds on the time, memory and output of one render.

Jinja2's ``SandboxedEnvironment`` stops a template from reaching Python's internals, but not from asking for
``'x' * 10**10``, ``''|center(10**10)``, ``7 ** (10 ** 9)`` or a loop of 10^10 empty iterations. A platform
that accepts templates from many agencies needs those to end in one coded error, quickly:

* every int a template passes to a call or filter, and the size of what ``*`` and ``**`` make, is checked
  against ``TEMPLATE_OUTPUT_CHARS`` / ``TEMPLATE_RANGE`` *before* the work is done (``limits.template_*``);
* ``range`` yields lazily and checks the clock; every call, attribute, operator and output chunk does too, and
  in the main thread a timer interrupts anything else after ``TEMPLATE_SECONDS``;
* the output is streamed and cut at ``TEMPLATE_OUTPUT_CHARS``;
* template files are read only from inside the template folder: a symbolic link leading out is refused.

The limits are in :mod:`disclosure_rules._limits` (and docs/security.md), overridable by environment variables.
"""

from __future__ import annotations

import contextlib
import operator
import os
import re
import signal
import threading
import time
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from jinja2 import FileSystemLoader, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import SandboxedEnvironment

from disclosure_rules._limits import TEMPLATE_OUTPUT_CHARS, TEMPLATE_RANGE, TEMPLATE_SECONDS, LimitError
from disclosure_rules._messages import TEMPLATE_RECURSION_ZH
from disclosure_rules._render._errors import RenderError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from jinja2 import Environment, Template
    from jinja2.runtime import Context

# An int result of * or ** may have at most this many bits (10^3000): far beyond any figure, cheap to make.
_MAX_INT_BITS: Final = 10_000
# A format string (% or str.format) may not ask for a width or precision of 7 digits or more.
_HUGE_FORMAT_WIDTH: Final = re.compile(r"[%:][^%:]{0,8}?\d{7,}")
_deadline = threading.local()


def _limit(what: str, english: str, code: str) -> LimitError:
    """A template over a rendering limit: ``what`` it did in Chinese (after 模板), ``english`` likewise."""
    return LimitError(
        f"the template {english}, over a rendering limit (see docs/security.md)",
        code=code,
        message_zh=f"模板{what}，超过渲染上限（见 docs/security.md）",
    )


def _check_clock() -> None:
    ends = getattr(_deadline, "ends", None)
    if ends is not None and time.monotonic() > ends:
        raise _limit(
            f"运行超过 {TEMPLATE_SECONDS.value} 秒",
            f"ran over {TEMPLATE_SECONDS.value} s",
            "limits.template_seconds",
        )


def _check_argument(value: object) -> None:
    if isinstance(value, bool):
        return
    if isinstance(value, int) and abs(value) > TEMPLATE_OUTPUT_CHARS.value:
        raise _limit("传入的数过大", "was given too large a number", "limits.template_output_chars")
    if isinstance(value, str) and _HUGE_FORMAT_WIDTH.search(value):
        raise _limit("的格式宽度过大", "asked for too wide a format", "limits.template_output_chars")


def _size(value: object) -> int | None:
    return len(value) if isinstance(value, str | bytes | list | tuple) else None


def _guarded_mul(left: Any, right: Any) -> Any:  # noqa: ANN401 - any template value
    for sequence, times in ((left, right), (right, left)):
        length = _size(sequence)
        if length is not None and isinstance(times, int):
            cap = TEMPLATE_OUTPUT_CHARS.value if isinstance(sequence, str | bytes) else TEMPLATE_RANGE.value
            if length * max(times, 0) > cap:
                raise _limit(
                    f"用 * 生成的内容过长（{length}×{times}）",
                    f"made too long a text with * ({length}×{times})",
                    "limits.template_output_chars",
                )
    if (
        isinstance(left, int)
        and isinstance(right, int)
        and left.bit_length() + right.bit_length() > _MAX_INT_BITS
    ):
        raise _limit("用 * 生成的数过大", "made too large a number with *", "limits.template_output_chars")
    return operator.mul(left, right)


def _guarded_pow(left: Any, right: Any) -> Any:  # noqa: ANN401 - any template value
    if (
        isinstance(left, int)
        and isinstance(right, int)
        and abs(left) > 1
        and left.bit_length() * right > _MAX_INT_BITS
    ):
        raise _limit("用 ** 生成的数过大", "made too large a number with **", "limits.template_output_chars")
    try:
        return operator.pow(left, right)
    except OverflowError:
        raise _limit(
            "用 ** 生成的数过大", "made too large a number with **", "limits.template_output_chars"
        ) from None


def _bounded(value: Any) -> Any:  # noqa: ANN401 - any template value
    """``value`` itself, unless it is a string or list longer than a render may make."""
    length = _size(value)
    if length is not None:
        cap = TEMPLATE_OUTPUT_CHARS.value if isinstance(value, str | bytes) else TEMPLATE_RANGE.value
        if length > cap:
            raise _limit(
                f"生成的内容过长（{length}）",
                f"made too long a text ({length})",
                "limits.template_output_chars",
            )
    return value


def _guarded_add(left: Any, right: Any) -> Any:  # noqa: ANN401 - any template value
    left_size, right_size = _size(left), _size(right)
    if left_size is not None and right_size is not None:
        if isinstance(left, str | bytes) and left_size + right_size > TEMPLATE_OUTPUT_CHARS.value:
            raise _limit("用 + 生成的内容过长", "made too long a text with +", "limits.template_output_chars")
        if isinstance(left, list | tuple) and left_size + right_size > TEMPLATE_RANGE.value:
            raise _limit("用 + 生成的列表过长", "made too long a list with +", "limits.template_range")
    return operator.add(left, right)


class _BoundedCodeGenerator(CodeGenerator):
    """Jinja2's code generator with every ``~`` concatenation passed through ``environment.bounded``."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802 - Jinja2's visitor name
        """``a ~ b`` → ``environment.bounded(a ~ b)``: doubling a string in a loop stops at the limit."""
        self.write("environment.bounded(")
        super().visit_Concat(node, frame)
        self.write(")")


def _guarded_mod(left: Any, right: Any) -> Any:  # noqa: ANN401 - any template value
    _check_argument(left)
    for value in right if isinstance(right, tuple) else (right,):
        _check_argument(value)
    return operator.mod(left, right)


def _bounded_range(*args: int) -> Iterator[int]:
    for value in args:
        _check_argument(value)
    numbers = range(*args)
    if len(numbers) > TEMPLATE_RANGE.value:
        raise _limit(
            f"的 range 超过 {TEMPLATE_RANGE.value} 项",
            f"asked for a range over {TEMPLATE_RANGE.value} items",
            "limits.template_range",
        )
    for index, number in enumerate(numbers):
        if not index & 0x3FF:
            _check_clock()
        yield number


def _guard_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that refuses absurd numeric arguments (``center(10**10)``) and checks the clock first."""
    # The piped value (after the context, for pass_context filters) may be any figure; the options may not.
    # For ``format`` the piped value is the format string itself ('%9999999999s'|format('x')).
    skip = (2 if hasattr(function, "jinja_pass_arg") else 1) - (name == "format")

    def guarded(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - any template value
        _check_clock()
        for value in (*args[skip:], *kwargs.values()):
            _check_argument(value)
        return _bounded(function(*args, **kwargs))

    for attribute in ("jinja_pass_arg",):  # pass_context / pass_environment markers must survive
        if hasattr(function, attribute):
            setattr(guarded, attribute, getattr(function, attribute))
    guarded.__name__ = getattr(function, "__name__", "filter")
    return guarded


class BoundedSandbox(SandboxedEnvironment):
    """Jinja2's sandbox with bounded arithmetic, calls, ranges and filters (see the module docstring)."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})
    code_generator_class = _BoundedCodeGenerator

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401 - Jinja2's options
        super().__init__(*args, **kwargs)
        self.binop_table = {
            **self.binop_table,
            "*": _guarded_mul,
            "**": _guarded_pow,
            "%": _guarded_mod,
            "+": _guarded_add,
        }
        self.bounded = _bounded
        self.globals["range"] = _bounded_range

    def guard_filters(self) -> None:
        """Wrap every filter (call once, after the filters are registered)."""
        self.filters = {name: _guard_filter(name, function) for name, function in self.filters.items()}

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:  # noqa: ANN401
        """Bounded ``*``, ``**`` and ``%`` (see ``binop_table``)."""
        _check_clock()
        return super().call_binop(context, operator, left, right)

    def getattr(self, obj: Any, attribute: str) -> Any:  # noqa: ANN401 - any template value
        """Jinja2's sandboxed attribute lookup, with the clock checked."""
        _check_clock()
        return super().getattr(obj, attribute)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:  # noqa: ANN401
        """``str.format`` with a bounded format string."""
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _check_argument(value.__self__)
        return wrapped

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - any value
        """A sandboxed call; a built-in's arguments are bounded (``'x'.ljust(10**10)``), a macro's are figures."""
        _check_clock()
        if isinstance(obj, types.BuiltinFunctionType | types.BuiltinMethodType):
            for value in (*args, *kwargs.values()):
                _check_argument(value)
        return _bounded(super().call(context, obj, *args, **kwargs))


class FolderLoader(FileSystemLoader):
    """A user's template folder: a template whose real path (symbolic links followed) leaves it is refused."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.root = Path(os.path.realpath(folder))

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        """The template's source, after checking that it lies inside the folder."""
        source, filename, uptodate = super().get_source(environment, template)
        real = Path(os.path.realpath(filename))
        if not real.is_relative_to(self.root):
            raise RenderError(
                f"template {template} links to {real}, outside the template folder {self.root}: refused",
                code="render.template_outside_folder",
                message_zh=f"模板 {template} 链接到模板文件夹 {self.root} 之外的 {real}，拒绝读取",
            )
        if len(source) > TEMPLATE_OUTPUT_CHARS.value:
            raise _limit(f" {template} 过大", f"{template} is too large", "limits.template_output_chars")
        return source, filename, uptodate


@contextlib.contextmanager
def _timer(seconds: int) -> Iterator[None]:
    """Set the deadline; in the main thread, also interrupt whatever runs past it (an empty nested loop)."""
    _deadline.ends = time.monotonic() + seconds
    use_alarm = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    previous: Any = None
    if use_alarm:
        previous = signal.getsignal(signal.SIGALRM)
        use_alarm = previous in {signal.SIG_DFL, signal.SIG_IGN, None}
    if use_alarm:

        def expire(signum: int, frame: object) -> None:
            del signum, frame
            raise _limit(f"运行超过 {seconds} 秒", f"ran over {seconds} s", "limits.template_seconds")

        signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, seconds + 1)
    try:
        yield
    finally:
        _deadline.ends = None
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def bounded_render(template: Template, **context: Any) -> str:  # noqa: ANN401 - template variables
    """Render ``template`` within the time and output limits; a template recursing forever is a coded error."""
    cap = TEMPLATE_OUTPUT_CHARS.value
    parts: list[str] = []
    size = 0
    try:
        with _timer(TEMPLATE_SECONDS.value):
            for chunk in template.generate(**context):
                size += len(chunk)
                if size > cap:
                    raise _limit(
                        f"输出超过 {cap} 个字符",
                        f"wrote over {cap} characters",
                        "limits.template_output_chars",
                    )
                parts.append(chunk)
                _check_clock()
    except RecursionError:
        raise RenderError(
            f"template {template.name}: recursion too deep (a macro or include calls itself without end)",
            code="render.template_recursion",
            message_zh=f"模板 {template.name}：{TEMPLATE_RECURSION_ZH}",
        ) from None
    except MemoryError:
        raise _limit("用尽了内存", "ran out of memory", "limits.template_output_chars") from None
    return "".join(parts)
