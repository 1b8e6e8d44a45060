"""Where the library builds an error, and the texts its ``message`` and ``message_zh`` can take, read from ``src``.

A message is followed to its literals wherever the source says where it comes from: a name the function binds
(``message = f"…"``), a parameter (to the argument of every call of the function in ``src``, back through at
most ``_HOPS`` calls: further up it is a name the caller was given), a constant of a
module (imported or not), a message table (``REASONS[kind]``: every value of the dict), a function of ``src``
that returns it (every ``return``), both sides of ``a if c else b`` and ``a or b``, and the parts of an f-string
or a ``+``. What cannot be followed is a *computed* part (a file name, a value the user typed, a foreign
library's words: ``COMPUTED``); another error's ``message``/``message_zh`` passed on is *passed on* (``PASSED``),
checked where that error was built. The house tests check every text that results: English for ``message``,
Chinese for ``message_zh``.
"""

from __future__ import annotations

import ast
import builtins
import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "disclosure_rules"
BUILTIN_ERRORS = frozenset(name for name in dir(builtins) if name.endswith(("Error", "Exception")))
# What a raise site builds: exceptions by name.
BUILT = ("Error", "RowProblem", "BadRow")
# A computed part of a message: a file name, a value the user typed, a foreign library's words.
COMPUTED = "\x00"
# Another error's message passed on (``exc.message``, ``exc.message_zh``): checked where that error is built.
PASSED = "\x01"
# Where the English message is among the arguments when it is not the first (the row problems and bad rows of
# the aggregator carry their column and reason first), and the notes ``aggregate`` prints (code first).
MESSAGE_POSITION = {"RowProblem": 2, "BadRow": 4, "AggregateNote": 1}
CHINESE_POSITION = {"AggregateNote": 2}
# Where the Chinese is given by another keyword than ``message_zh`` (a JSON/TOML text that does not parse).
CHINESE_KEYWORD = {"ParseError": "reason_zh"}
# Built from a ``BadRow`` (its message is ``BadRow.describe()``, whose parts are checked where each bad row and
# row problem is built).
FROM_BAD_ROW = frozenset({"BadRowError"})
# Built at raise sites but outside the rule: pydantic's error for a refused schedule (worded by its kind, with
# its Chinese in ``VALIDATION_MESSAGES_ZH``), argparse's usage complaint (printed to staff as typed), the
# internal exceptions whose text a caller sets inside its own Chinese sentence (a formula the reader cannot
# compute, the key a JSON object repeats) and Jinja2's own "not found" that its loader protocol requires.
FOREIGN = frozenset(
    {
        "PydanticCustomError",
        "ArgumentTypeError",
        "FormulaError",
        "DuplicateKeyError",
        "TemplateNotFound",
    }
)
# Methods of ``str`` and friends: their result is computed, never a function of ``src`` of the same name.
_STR_METHODS = frozenset(dir(str)) | {"getvalue", "read", "decode", "name"}
# Builtins whose result is computed text (``str(exc)``: a foreign library's words).
_BUILTINS = frozenset(dir(builtins))
# How many alternatives one text may have before the product of an f-string's parts stops growing.
_MOST = 256
_DEPTH = 12
# How many calls a parameter is followed back through (a file name handed down three layers is the caller's).
_HOPS = 2

# Its own, not ``disclosure_rules._text.HAN``: this module reads ``src`` as text and imports nothing of the package,
# so the house checks still name every message site when the package fails to import, and a change to the
# library's HAN cannot change which interpolated parts the check treats as Chinese. Same range (CJK Unified).
_HAN = re.compile(r"[\u4e00-\u9fff]")

Scope = ast.FunctionDef | ast.AsyncFunctionDef | ast.Module


def _name(call: ast.Call) -> str:
    return getattr(call.func, "id", getattr(call.func, "attr", ""))


@dataclass(frozen=True)
class Site:
    """One error built in ``src``: where, what, and the texts its two messages can take."""

    where: str
    function: str
    built: str
    english: tuple[str, ...]
    chinese: tuple[str, ...]
    has_chinese: bool


class _Module:
    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.where = str(path.relative_to(root))
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        self.constants: dict[str, ast.expr] = {}
        self.imports: dict[str, tuple[str, str]] = {}
        for statement in self.tree.body:
            targets: list[ast.expr] = []
            if isinstance(statement, ast.Assign):
                targets = statement.targets
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                targets = [statement.target]
            elif isinstance(statement, ast.ImportFrom) and statement.level == 0 and statement.module:
                for alias in statement.names:
                    self.imports[alias.asname or alias.name] = (statement.module, alias.name)
            value = getattr(statement, "value", None)
            for target in targets:
                if isinstance(target, ast.Name) and isinstance(value, ast.expr):
                    self.constants[target.id] = value

    def scope_of(self, node: ast.AST) -> Scope:
        """The function a node is in (the innermost), or the module."""
        parent = self.parents.get(node)
        while parent is not None:
            if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef):
                return parent
            parent = self.parents.get(parent)
        return self.tree

    def class_of(self, node: ast.AST) -> ast.ClassDef | None:
        parent = self.parents.get(node)
        while parent is not None:
            if isinstance(parent, ast.ClassDef):
                return parent
            parent = self.parents.get(parent)
        return None


class Source:
    """A package's modules (the library's by default), parsed once, with the index the walk follows names through."""

    def __init__(self, root: Path = SRC) -> None:
        self.modules = [_Module(path, root) for path in sorted(root.rglob("*.py"))]
        self.by_dotted = {
            ".".join((root.name, *m.path.relative_to(root).with_suffix("").parts)).removesuffix(
                ".__init__"
            ): m
            for m in self.modules
        }
        self.functions: dict[str, list[tuple[_Module, ast.FunctionDef | ast.AsyncFunctionDef]]] = {}
        self.calls: dict[str, list[tuple[_Module, ast.Call]]] = {}
        for module in self.modules:
            for node in ast.walk(module.tree):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    self.functions.setdefault(node.name, []).append((module, node))
                elif isinstance(node, ast.Call):
                    self.calls.setdefault(_name(node), []).append((module, node))
        self._active: set[int] = set()
        self._known: dict[tuple[int, int, bool], list[str]] = {}
        self._chinese = False

    # ----------------------------------------------------------------------------------------------
    # The sites

    def sites(self) -> list[Site]:
        """Every error (and row problem, bad row, aggregate note) built in ``src``, with its texts."""
        found = []
        for module in self.modules:
            for call in ast.walk(module.tree):
                if not isinstance(call, ast.Call):
                    continue
                built = self._built(module, call)
                if built is None:
                    continue
                english = self.message_argument(call, built)
                chinese = self.chinese_argument(call, built)
                scope = module.scope_of(call)
                found.append(
                    Site(
                        f"{module.where}:{call.lineno}",
                        f"{module.where}:{getattr(scope, 'name', '<module>')}",
                        built,
                        (PASSED,) if built in FROM_BAD_ROW else self.texts(module, english),
                        self.texts(module, chinese, chinese=True) if chinese is not None else (),
                        chinese is not None,
                    )
                )
        return found

    def _built(self, module: _Module, call: ast.Call) -> str | None:
        name = _name(call)
        if name == "cls":  # a classmethod building its own class (``RowProblem.empty``)
            owner = module.class_of(call)
            name = owner.name if owner is not None else name
        if name in BUILTIN_ERRORS or name in FOREIGN:
            return None
        if name.endswith(BUILT) or name in MESSAGE_POSITION or name in CHINESE_KEYWORD:
            return name
        return None

    @staticmethod
    def message_argument(call: ast.Call, built: str) -> ast.expr | None:
        """The English message given to a constructor: by its position, or ``message=``."""
        position = MESSAGE_POSITION.get(built, 0)
        if len(call.args) > position and not isinstance(call.args[position], ast.Starred):
            return call.args[position]
        return next((k.value for k in call.keywords if k.arg == "message"), None)

    @staticmethod
    def chinese_argument(call: ast.Call, built: str) -> ast.expr | None:
        """The ``message_zh`` given to a constructor, or None when it is left to the catalogue."""
        position = CHINESE_POSITION.get(built)
        if position is not None and len(call.args) > position:
            return call.args[position]
        keyword = CHINESE_KEYWORD.get(built, "message_zh")
        return next((k.value for k in call.keywords if k.arg == keyword), None)

    # ----------------------------------------------------------------------------------------------
    # Following a text

    def texts(self, module: _Module, value: ast.expr | None, *, chinese: bool = False) -> tuple[str, ...]:
        """Every text ``value`` can take, with its computed parts as ``COMPUTED``; sorted, without repeats.

        In a Chinese text (``chinese``), a part of an f-string that is followed to a text without Chinese in it
        is a name (a file, a field, an environment variable) and stays computed.
        """
        if value is None:
            return ("",)
        self._chinese = chinese
        return tuple(sorted(set(self._follow(module, value, 0, 0))))

    def _follow(self, module: _Module, value: ast.expr, depth: int, hops: int) -> list[str]:
        known = self._known.get((id(value), hops, self._chinese))
        if known is not None:
            return known
        if depth > _DEPTH or id(value) in self._active:
            return [COMPUTED]
        self._active.add(id(value))
        try:
            texts = sorted(set(self._follow_once(module, value, depth + 1, hops)))[:_MOST]
        finally:
            self._active.discard(id(value))
        self._known[id(value), hops, self._chinese] = texts
        return texts

    def _follow_once(self, module: _Module, value: ast.expr, depth: int, hops: int) -> list[str]:  # noqa: C901, PLR0911 - one case per kind of expression
        if isinstance(value, ast.Constant):
            return (
                [value.value] if isinstance(value.value, str) else [""] if value.value is None else [COMPUTED]
            )
        if isinstance(value, ast.JoinedStr):
            return self._concatenated(module, value.values, depth, hops)
        if isinstance(value, ast.FormattedValue):
            if value.conversion == ord("r"):
                return [COMPUTED]
            texts = self._follow(module, value.value, depth, hops)
            return [text if _HAN.search(text) or not self._chinese else COMPUTED for text in texts]
        if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
            return self._concatenated(module, [value.left, value.right], depth, hops)
        if isinstance(value, ast.IfExp):
            return self._follow(module, value.body, depth, hops) + self._follow(
                module, value.orelse, depth, hops
            )
        if isinstance(value, ast.BoolOp):
            return [text for part in value.values for text in self._follow(module, part, depth, hops)]
        if isinstance(value, ast.NamedExpr):
            return self._follow(module, value.value, depth, hops)
        if isinstance(value, ast.Attribute):
            return [PASSED] if value.attr in {"message", "message_zh"} else [COMPUTED]
        if isinstance(value, ast.Name):
            return self._name_texts(module, value, depth, hops)
        if isinstance(value, ast.Subscript):
            return self._table_texts(module, value, depth, hops)
        if isinstance(value, ast.Call):
            return self._call_texts(module, value, depth, hops)
        return [COMPUTED]

    def _concatenated(self, module: _Module, parts: list[ast.expr], depth: int, hops: int) -> list[str]:
        alternatives = [self._follow(module, part, depth, hops) or [COMPUTED] for part in parts]
        return ["".join(choice) for choice in itertools.islice(itertools.product(*alternatives), _MOST)]

    def _name_texts(self, module: _Module, name: ast.Name, depth: int, hops: int) -> list[str]:
        scope: ast.AST = module.scope_of(name)
        while isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            bound = _bound(scope, name.id)
            if bound:
                return [text for value in bound for text in self._follow(module, value, depth, hops)]
            if name.id in _parameters(scope):
                return self._argument_texts(scope, name.id, depth, hops)
            if _binds_otherwise(scope, name.id):
                return [COMPUTED]  # a loop variable, a caught exception, a ``with … as``
            scope = module.scope_of(scope)
        return self._constant_texts(module, name.id, depth, hops)

    def _constant_texts(self, module: _Module, name: str, depth: int, hops: int) -> list[str]:
        if name in module.constants:
            return self._follow(module, module.constants[name], depth, hops)
        if name in module.imports:
            dotted, original = module.imports[name]
            source = self.by_dotted.get(dotted)
            if source is not None and original in source.constants:
                return self._follow(source, source.constants[original], depth, hops)
        return [COMPUTED]

    def _argument_texts(
        self, function: ast.FunctionDef | ast.AsyncFunctionDef, parameter: str, depth: int, hops: int
    ) -> list[str]:
        """What every call of ``function`` in ``src`` passes as ``parameter`` (its default when none)."""
        if hops >= _HOPS:
            return [COMPUTED]
        positional = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
        is_method = bool(positional) and positional[0] in {"self", "cls"}
        texts: list[str] = []
        calls = [
            (caller, call)
            for caller, call in self.calls.get(function.name, [])
            if (isinstance(call.func, ast.Attribute) if is_method else True)
        ]
        for caller, call in calls:
            given = next((k.value for k in call.keywords if k.arg == parameter), None)
            if given is None and parameter in positional:
                index = positional.index(parameter) - (1 if is_method else 0)
                if 0 <= index < len(call.args):
                    given = call.args[index]
                    if isinstance(given, ast.Starred):
                        given = None
            if given is None:
                given = _default(function, parameter)
            texts.extend(self._follow(caller, given, depth, hops + 1) if given is not None else [COMPUTED])
        return texts or [COMPUTED]  # called from outside ``src`` only: a value the caller gives

    def _table_texts(self, module: _Module, subscript: ast.Subscript, depth: int, hops: int) -> list[str]:
        table = subscript.value
        if isinstance(table, ast.Name):
            values = self._constant_texts_of_table(module, table.id)
            if values is not None:
                owner, entries = values
                return [text for entry in entries for text in self._follow(owner, entry, depth, hops)]
        return [COMPUTED]

    def _constant_texts_of_table(self, module: _Module, name: str) -> tuple[_Module, list[ast.expr]] | None:
        owner, value = module, module.constants.get(name)
        if value is None and name in module.imports:
            dotted, original = module.imports[name]
            source = self.by_dotted.get(dotted)
            if source is not None:
                owner, value = source, source.constants.get(original)
        if isinstance(value, ast.Call) and _name(value) in {"MappingProxyType", "dict"} and value.args:
            value = value.args[0]
        if isinstance(value, ast.Dict):
            return owner, [v for v in value.values if v is not None]
        return None

    def _call_texts(self, module: _Module, call: ast.Call, depth: int, hops: int) -> list[str]:
        name = _name(call)
        if isinstance(call.func, ast.Attribute) and name == "format":  # a message table's template
            return self._follow(module, call.func.value, depth, hops)
        if (
            isinstance(call.func, ast.Attribute)
            and name == "join"
            and isinstance(call.func.value, ast.Constant)
            and isinstance(call.func.value.value, str)
        ):
            return [f"{COMPUTED}{call.func.value.value}{COMPUTED}"]
        if isinstance(call.func, ast.Name) and name in _BUILTINS:
            return [COMPUTED]
        if isinstance(call.func, ast.Attribute) and name in _STR_METHODS:
            return [COMPUTED]
        defined = self._defined(module, call, name)
        if not defined:
            return [COMPUTED]
        texts: list[str] = []
        for owner, function in defined:
            for returned in _returns(function):
                texts.extend(self._follow(owner, returned, depth, hops))
        return texts or [COMPUTED]

    def _defined(
        self, module: _Module, call: ast.Call, name: str
    ) -> list[tuple[_Module, ast.FunctionDef | ast.AsyncFunctionDef]]:
        """The functions a call may run: the module's own or the imported one by that name, else any method."""
        defined = self.functions.get(name, [])
        if isinstance(call.func, ast.Name):
            own = [(owner, function) for owner, function in defined if owner is module]
            if own:
                return own
            if name in module.imports:
                source = self.by_dotted.get(module.imports[name][0])
                return [(owner, function) for owner, function in defined if owner is source]
        return defined


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    arguments = function.args
    names = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    names += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
    return {a.arg for a in names}


def _default(function: ast.FunctionDef | ast.AsyncFunctionDef, parameter: str) -> ast.expr | None:
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    for argument, default in zip(
        positional[len(positional) - len(arguments.defaults) :], arguments.defaults, strict=True
    ):
        if argument.arg == parameter:
            return default
    for argument, keyword_default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        if argument.arg == parameter:
            return keyword_default
    return None


def _own_nodes(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.AST]:
    """The nodes of a function's body, not those of the functions and classes defined inside it."""
    found: list[ast.AST] = []
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        found.append(node)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            continue
        stack.extend(ast.iter_child_nodes(node))
    return found


def _bound(function: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> list[ast.expr]:
    """What the function assigns to ``name`` (``name = …``, ``name: T = …``, ``(name := …)``)."""
    values: list[ast.expr] = []
    for node in _own_nodes(function):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            values.append(node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            if node.value is not None:
                values.append(node.value)
        elif isinstance(node, ast.NamedExpr) and node.target.id == name:
            values.append(node.value)
    return values


def _binds_otherwise(function: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> bool:
    """Whether the function binds ``name`` other than by assignment (a loop, ``except … as``, ``with … as``)."""
    for node in _own_nodes(function):
        if isinstance(node, ast.ExceptHandler) and node.name == name:
            return True
        targets: list[ast.expr] = []
        if isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
            targets = [node.target]
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            targets = [node.optional_vars]
        elif isinstance(node, ast.Assign):
            targets = [t for t in node.targets if not isinstance(t, ast.Name)]  # unpacking
        if any(isinstance(n, ast.Name) and n.id == name for t in targets for n in ast.walk(t)):
            return True
    return False


def _returns(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.expr]:
    return [
        node.value for node in _own_nodes(function) if isinstance(node, ast.Return) and node.value is not None
    ]


@functools.cache
def source() -> Source:
    """The library's source, parsed once per test session."""
    return Source()


def literal_words(text: str) -> str:
    """A text without its computed and passed-on parts: what the source itself wrote."""
    return text.replace(COMPUTED, "").replace(PASSED, "")
