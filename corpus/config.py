"""Loading and validating `config.yaml`.

Configuration is user input: every error names the file, the line and the key, so that the command line
can print one clear message and exit with status 2 instead of a traceback.

An empty value (`key:` with nothing after it, or `null`/`~`) is an error ("needs a value"), except where
null has a documented meaning: `index_dir: null` is the per-user cache folder, `app.keys:` remaps nothing,
and an empty section (`app:` or `cleaning:` with every key under it commented out) keeps all its defaults.
Numbers must be finite and not negative; `cleaning.repeated_line_share` is a fraction from 0 to 1.
A boilerplate pattern may not repeat a group that can end in a repeat, such as `(a+)+`, `(a*)*` or
`(\\w+\\s?)+`: on a line that does not match, those take exponential time. Write `a+` for `(a+)+`, or make
the inner repeat possessive (`(a++)+`) or atomic (`((?>a+))+`).
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:
    import re._parser as _sre  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

PACKAGED_CONFIG = Path(__file__).with_name("default_config.yaml")
ENTITY_TYPES = ("person", "org", "place")


class ConfigError(Exception):
    """A configuration problem, with where it is."""

    def __init__(self, path: Path | str, line: int | None, key: str | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.key = key
        self.message = message
        where = self.path + (f":{line}" if line else "")
        what = f"{key}: " if key else ""
        super().__init__(f"{where}: {what}{message}")


@dataclass(frozen=True, slots=True)
class Alias:
    """A canonical name, its type and the other spellings that mean it."""

    name: str
    type: str
    variants: tuple[str, ...] = ()
    # Descriptions that name this actor when the article names them too ("the Ukrainian president").
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CleaningConfig:
    boilerplate_patterns: tuple[str, ...] = ()
    repeated_line_min_articles: int = 3
    repeated_line_share: float = 0.05


@dataclass(frozen=True, slots=True)
class AppConfig:
    theme: str = "textual-dark"
    citation: str = "“{text}” — {speaker}, {source}, {date}"
    search_debounce_ms: int = 120
    max_results: int = 500
    watch_interval: float = 5.0
    keys: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Config:
    """The whole configuration, paths already resolved."""

    corpus: tuple[Path, ...]
    index_dir: Path | None = None
    aliases: tuple[Alias, ...] = ()
    cleaning: CleaningConfig = field(default_factory=CleaningConfig)
    app: AppConfig = field(default_factory=AppConfig)
    source: Path = PACKAGED_CONFIG

    def with_overrides(self, corpus: list[Path] | None = None, index_dir: Path | None = None) -> Config:
        """Command-line flags win over the file."""
        return Config(
            corpus=tuple(p.expanduser().resolve() for p in corpus) if corpus else self.corpus,
            index_dir=index_dir.expanduser().resolve() if index_dir else self.index_dir,
            aliases=self.aliases,
            cleaning=self.cleaning,
            app=self.app,
            source=self.source,
        )


def candidate_paths(explicit: Path | None = None) -> list[Path]:
    """Where a config file is looked for, first match wins."""
    if explicit is not None:
        return [explicit]
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return [Path.cwd() / "config.yaml", Path(xdg) / "ukr-tui" / "config.yaml", PACKAGED_CONFIG]


def find_config(explicit: Path | None = None) -> Path:
    for path in candidate_paths(explicit):
        if path.is_file():
            return path
    if explicit is not None:
        raise ConfigError(explicit, None, None, "no such file")
    return PACKAGED_CONFIG


def load_config(explicit: Path | None = None) -> Config:
    """Find, read and validate the configuration."""
    return parse_config(find_config(explicit))


# --- validation -----------------------------------------------------------------------------------------

_SCHEMA: dict[str, Any] = {
    "corpus": "paths",
    "index_dir": "path?",
    "aliases": "aliases",
    "cleaning": {
        "boilerplate_patterns": "regexes",
        "repeated_line_min_articles": "int",
        "repeated_line_share": "fraction",
    },
    "app": {
        "theme": "str",
        "citation": "str",
        "search_debounce_ms": "int",
        "max_results": "int",
        "watch_interval": "float",
        "keys": "keys",
    },
}


def parse_config(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, None, None, f"cannot read: {exc}") from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise ConfigError(path, *_yaml_problem(text, exc)) from exc
    if root is None:
        root = yaml.MappingNode("tag:yaml.org,2002:map", [])
    base = path.parent.resolve()
    values = _check_mapping(path, root, _SCHEMA, "", base)
    cleaning = values.get("cleaning", {})
    app = values.get("app", {})
    return Config(
        corpus=tuple(values.get("corpus") or (Path.cwd() / "corpus",)),
        index_dir=values.get("index_dir"),
        aliases=tuple(values.get("aliases", ())),
        cleaning=CleaningConfig(**cleaning),
        app=AppConfig(**app),
        source=path,
    )


def _yaml_problem(text: str, exc: yaml.YAMLError) -> tuple[int | None, None, str]:
    """Line and a one-line description of a YAML syntax error (PyYAML's own text spans several lines)."""
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    if isinstance(exc, yaml.reader.ReaderError):
        position = exc.position if isinstance(exc.position, int) else 0
        line = text.count("\n", 0, position) + 1
        problem = (
            f"character U+{exc.character:04X} is not allowed"
            if isinstance(exc.character, int)
            else exc.reason
        )
    else:
        problem = getattr(exc, "problem", None) or str(exc)
    return line, None, "invalid YAML: " + " ".join(str(problem).split())


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _check_mapping(path: Path, node: yaml.Node, schema: dict[str, Any], prefix: str, base: Path) -> dict:
    if prefix and _is_null(node):  # a section with every key commented out: all defaults
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(path, _line(node), prefix.rstrip(".") or None, "expected a mapping of keys")
    out: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise ConfigError(path, _line(key_node), prefix.rstrip(".") or None, "a key must be a plain name")
        key = key_node.value
        dotted = prefix + str(key)
        if key not in schema:
            known = ", ".join(schema)
            raise ConfigError(path, _line(key_node), dotted, f"unknown key (known keys: {known})")
        if key in out:
            raise ConfigError(path, _line(key_node), dotted, "given twice")
        kind = schema[key]
        if isinstance(kind, dict):
            out[key] = _check_mapping(path, value_node, kind, dotted + ".", base)
        else:
            out[key] = _check_value(path, value_node, kind, dotted, base)
    return out


def _scalar(path: Path, node: yaml.Node, key: str, null_ok: bool = False) -> Any:
    """The value of a scalar node, as `yaml.safe_load` would give it; null only where `null_ok`."""
    if not isinstance(node, yaml.ScalarNode):
        raise ConfigError(path, _line(node), key, "expected a single value")
    if _is_null(node):
        if null_ok:
            return None
        raise ConfigError(path, _line(node), key, "needs a value")
    try:
        return yaml.SafeLoader("").construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        message = "unreadable value: " + " ".join(str(problem).split())
        raise ConfigError(path, _line(node), key, message) from exc


_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT}


def _can_end_in_repeat(items: Any) -> bool:
    """Whether a parsed regex sequence can end in a variable repeat (`x+`, `x*`, `x{1,9}`)."""
    for op, av in reversed(list(items)):
        if op in _REPEATS:
            low, high, body = av
            if high > low and high > 1:
                return True
            if low > 0:
                return _can_end_in_repeat(body)
            if _can_end_in_repeat(body):  # an optional part: what is before it can end the match too
                return True
            continue
        if op is _sre.SUBPATTERN:
            return _can_end_in_repeat(av[-1])
        if op is _sre.BRANCH:
            return any(_can_end_in_repeat(branch) for branch in av[1])
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # zero width: look further back
            continue
        return False
    return False


def _parts(op: Any, av: Any) -> list:
    """The parsed sub-sequences of one regex item (groups, branches, repeated bodies, lookarounds)."""
    if op is _sre.SUBPATTERN:
        return [av[-1]]
    if op is _sre.BRANCH:
        return list(av[1])
    if op in _REPEATS or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
        return [av[2]]
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [av[1]]
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return [av]
    if op is _sre.GROUPREF_EXISTS:
        return [part for part in av[1:] if part is not None]
    return []


def _nested_repeat(items: Any) -> bool:
    """Whether a parsed regex repeats a group that can end in a repeat, like `(a+)+` or `(a*)*`."""
    for op, av in items:
        if op in _REPEATS and av[1] > 1 and _can_end_in_repeat(av[2]):
            return True
        if any(_nested_repeat(part) for part in _parts(op, av)):
            return True
    return False


def _check_value(path: Path, node: yaml.Node, kind: str, key: str, base: Path) -> Any:
    line = _line(node)

    def fail(message: str) -> ConfigError:
        return ConfigError(path, line, key, message)

    if _is_null(node) and kind not in ("path?", "keys"):
        raise fail("needs a value")
    if kind in ("int", "float", "fraction", "str"):
        value = _scalar(path, node, key)
        if kind == "int" and (not isinstance(value, int) or isinstance(value, bool)):
            raise fail(f"expected a whole number, got {value!r}")
        if kind in ("float", "fraction"):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise fail(f"expected a number, got {value!r}")
            value = float(value)
            if not math.isfinite(value):
                raise fail(f"expected a finite number, got {value!r}")
        if kind == "str" and not isinstance(value, str):
            raise fail(f"expected text, got {value!r}")
        if kind in ("int", "float", "fraction") and value < 0:
            raise fail(f"must not be negative, got {value!r}")
        if kind == "fraction" and value > 1:
            raise fail(f"must be a fraction from 0 to 1, got {value!r}")
        return value
    if kind == "path?":
        value = _scalar(path, node, key, null_ok=True)
        if value is None:
            return None
        if not isinstance(value, str):
            raise fail(f"expected a folder path, got {value!r}")
        return (base / Path(value).expanduser()).resolve()
    if kind == "paths":
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        paths = []
        for item in items:
            value = _scalar(path, item, key)
            if not isinstance(value, str) or not value:
                raise ConfigError(path, _line(item), key, f"expected a folder path, got {value!r}")
            paths.append((base / Path(value).expanduser()).resolve())
        return paths
    if kind == "regexes":
        if not isinstance(node, yaml.SequenceNode):
            raise fail("expected a list of regular expressions")
        patterns = []
        for item in node.value:
            value = _scalar(path, item, key)
            if not isinstance(value, str):
                raise ConfigError(path, _line(item), key, f"expected a regular expression, got {value!r}")
            try:
                parsed = _sre.parse(value)
                re.compile(value)
            except (re.error, RecursionError, OverflowError) as exc:
                raise ConfigError(path, _line(item), key, f"bad regular expression {value!r}: {exc}") from exc
            if _nested_repeat(parsed):
                raise ConfigError(
                    path,
                    _line(item),
                    key,
                    f"regular expression {value!r} repeats a group that ends in a repeat, like (a+)+, "
                    "which can take exponential time; write a+ for (a+)+, or make the inner repeat "
                    "possessive: (a++)+",
                )
            if re.search(value, "") is not None:
                raise ConfigError(
                    path,
                    _line(item),
                    key,
                    f"regular expression {value!r} matches empty text, so it would drop every paragraph",
                )
            patterns.append(value)
        return tuple(patterns)
    if kind == "keys":
        if _is_null(node):
            return {}
        if not isinstance(node, yaml.MappingNode):
            raise fail("expected a mapping of binding id to key")
        keys = {}
        for k_node, v_node in node.value:
            if not isinstance(k_node, yaml.ScalarNode):
                raise ConfigError(path, _line(k_node), key, "a binding id must be a plain name")
            v = _scalar(path, v_node, f"{key}.{k_node.value}")
            if not isinstance(v, str) or not v.strip():
                raise ConfigError(path, _line(v_node), f"{key}.{k_node.value}", f"expected a key, got {v!r}")
            keys[str(k_node.value)] = v
        return keys
    if kind == "aliases":
        if not isinstance(node, yaml.SequenceNode):
            raise fail("expected a list of {name, type, variants, roles}")
        aliases = []
        for item in node.value:
            fields = {"name": "str", "type": "str", "variants": "strs", "roles": "strs"}
            entry = _check_mapping(path, item, fields, f"{key}.", base)
            if "name" not in entry:
                raise ConfigError(path, _line(item), f"{key}.name", "missing")
            etype = entry.get("type", "person")
            if etype not in ENTITY_TYPES:
                raise ConfigError(
                    path, _line(item), f"{key}.type", f"must be one of {ENTITY_TYPES}, got {etype!r}"
                )
            aliases.append(
                Alias(entry["name"], etype, tuple(entry.get("variants", ())), tuple(entry.get("roles", ())))
            )
        return aliases
    if kind == "strs":
        if not isinstance(node, yaml.SequenceNode):
            raise fail("expected a list of names")
        out = []
        for item in node.value:
            value = _scalar(path, item, key)
            if not isinstance(value, str):
                raise ConfigError(path, _line(item), key, f"expected text, got {value!r}")
            out.append(value)
        return tuple(out)
    raise AssertionError(kind)
