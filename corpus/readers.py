"""Reading one corpus file into raw documents, whatever state the file is in.

Files come from scrapes: legacy encodings, binary files with a text suffix, HTML that is not HTML, JSON Lines
with broken lines, gzip files cut short, files that change or vanish while read. `read_file` never raises
for any of that: what can be read is returned, and each problem is a `Skipped` with a one-line reason.
All text leaves this module through `sanitize.clean_text`.
"""

from __future__ import annotations

import codecs
import gzip
import json
import logging
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .model import Skipped
from .sanitize import clean_text, display_path

META_KEYS = ("title", "date", "source", "url", "author")
# Bytes looked at to decide whether a file is text at all; detection on a sample keeps big files linear.
_SNIFF_BYTES = 64 * 1024
_DETECT_BYTES = 256 * 1024
# Encodings tried when charset detection names a Latin-script code page: cp1252 is what Western pages
# saved by Windows tools use; latin-1 decodes any byte, so it is the last resort.
_WESTERN = ("cp1252", "latin-1")

# trafilatura logs an ERROR for every page that is not HTML; with no handler configured, Python would print
# it on stderr, under the app's screen. Those pages are reported as `Skipped` instead.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as the container holds it: sanitized text plus what the container states about it."""

    path: str
    line: int | None
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


class NotText(Exception):
    """The bytes are not text in any encoding we accept."""


def read_file(path: Path | str) -> tuple[list[RawDocument], list[Skipped]]:
    """All documents in `path` and what was skipped, never raising for a bad or vanishing file."""
    path = Path(path)
    try:
        return _read_file(path)
    except Exception as exc:  # the last guard: one hostile file must never stop an indexing run
        return [], [Skipped(str(path), f"cannot read: {type(exc).__name__}: {_one_line(str(exc))}")]


def _read_file(path: Path) -> tuple[list[RawDocument], list[Skipped]]:
    name = path.name.lower()
    try:
        if name.endswith((".jsonl", ".jsonl.gz")):
            return _read_jsonl(path)
        data = path.read_bytes()
    except OSError as exc:
        return [], [Skipped(str(path), os_reason(exc))]
    except MemoryError:
        return [], [Skipped(str(path), "file too large to read")]
    try:
        text = decode(data)
    except NotText:
        return [], [Skipped(str(path), "binary file, not text")]
    if name.endswith((".html", ".htm")):
        text, meta = html_to_text(text)
    elif name.endswith(".md"):
        text, meta = front_matter(text)
        text = markdown_to_text(text)
    else:
        meta = {}
    text = clean_text(text)
    if not text.strip():
        if not data:
            reason = "empty file"
        elif not name.endswith((".html", ".htm")):
            reason = "no text: only whitespace or control characters"
        else:
            reason = "no text in page"
        return [], [Skipped(str(path), reason)]
    return [RawDocument(str(path), None, text, meta)], []


def read_raw(path: Path | str, line: int | None = None) -> str:
    """The file (or one JSON Lines record) as safe text for the raw view; a message if it cannot be read."""
    path = Path(path)
    name = display_path(path.name)
    try:
        if line is not None:
            for number, record in _jsonl_lines(path):
                if number == line:
                    return clean_text(record)
            return f"[line {line} not found in {name}]"
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = _gunzip_partial(data)
        return clean_text(decode(data))
    except NotText:
        return f"[{name}: binary file, not text]"
    except _Truncated as exc:
        return f"[{name}: line {line} not readable: truncated or corrupt gzip after line {exc.lines}]"
    except OSError as exc:
        return f"[{name}: {os_reason(exc)}]"
    except Exception as exc:  # the raw view must open whatever the file holds
        return f"[{name}: cannot read: {type(exc).__name__}: {_one_line(str(exc))}]"


# --- decoding -------------------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """Bytes to str: UTF-8 (BOM or not), UTF-16 with a BOM, else the detected legacy encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise NotText
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start > len(data) - 4 and exc.reason.startswith("unexpected end"):
            return data.decode("utf-8", errors="replace")  # cut mid-character: still UTF-8
    if _mostly_utf8(data):
        return data.decode("utf-8", errors=_STRAY_BYTES)
    return data.decode(_detect(data), errors="replace")


# UTF-8 multi-byte sequences, and bytes that cannot start or continue one where they stand.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_STRAY_BYTES = "ukr-tui-cp1252-fallback"


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """A stray byte in an otherwise UTF-8 file is nearly always a Windows code-page character pasted in."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="replace"), exc.end


codecs.register_error(_STRAY_BYTES, _cp1252_fallback)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes (a scrape pasted together) rather than a legacy-encoded file: valid
    multi-byte sequences outnumber the invalid bytes. Decoding it all as cp1252 would garble every
    quotation mark and accent that was right."""
    sample = data[:_DETECT_BYTES]
    valid = len(_UTF8_SEQUENCE.findall(sample))
    if valid == 0:
        return False
    invalid = sample.decode("utf-8", errors="replace").count("\ufffd")
    return valid >= 2 * invalid


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:_DETECT_BYTES])
    best = matches.best()
    if best is None:
        raise NotText
    candidates = [m.encoding for m in matches]
    if "cp1252" in candidates or all("Latin" in a or a in _PUNCTUATION_RANGES for a in best.alphabets):
        for encoding in _WESTERN:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return best.encoding


_PUNCTUATION_RANGES = frozenset({"General Punctuation", "Currency Symbols", "Letterlike Symbols"})


# --- HTML -----------------------------------------------------------------------------------------------


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Main text and page metadata by trafilatura; tag-stripped text when it finds no article."""
    meta: dict[str, Any] = {}
    text = ""
    if "<" in html:
        try:
            import trafilatura

            document = trafilatura.bare_extraction(
                html, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
            )
        except Exception:  # trafilatura/lxml raise many kinds of errors on broken markup
            document = None
        if document is not None:
            text = getattr(document, "text", None) or ""
            for key, attr in (("title", "title"), ("date", "date"), ("author", "author"), ("url", "url")):
                value = getattr(document, attr, None)
                if value:
                    meta[key] = str(value)
            sitename = getattr(document, "sitename", None)
            if sitename:
                meta["source"] = str(sitename)
    if not text.strip():
        text = strip_tags(html)
    return _paragraphs_from_lines(text), meta


def _paragraphs_from_lines(text: str) -> str:
    """trafilatura puts one paragraph per line; the rest of the pipeline expects blank-line paragraphs."""
    lines = [line.strip() for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


class _TextCollector(HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def strip_tags(html: str) -> str:
    """Visible text of markup, one block element per line; plain text passes through unchanged."""
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):  # HTMLParser's reaction to some malformed declarations
        return re.sub(r"<[^<>]{0,2000}>", " ", html)
    text = "".join(collector.parts)
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


# --- Markdown -------------------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$", re.M)
_MD_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)")
_MD_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]{1,200}\]:[ \t]+\S+.*$", re.M)
_MD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)([^*_\n]{1,2000}?)(?<=\S)\1")
_MD_CODE = re.compile(r"`([^`\n]{1,2000})`")
_MD_QUOTE = re.compile(r"^ {0,3}> ?", re.M)
_MD_RULE = re.compile(r"^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$", re.M)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.{0,8000}?)\n---[ \t]*(?:\n|\Z)", re.S)
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*$", re.M)


def front_matter(text: str) -> tuple[str, dict[str, Any]]:
    """A leading YAML-style "---" block (static-site Markdown): its title/date/source/url/author, and the
    text without it. Read as plain `key: value` lines, never evaluated as YAML."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, {}
    meta: dict[str, Any] = {}
    for field_match in _FRONT_FIELD.finditer(match.group("body")):
        key = field_match.group("key").lower()
        key = {"publisher": "source", "site": "source", "link": "url"}.get(key, key)
        value = field_match.group("value").strip().strip("\"'")
        if key in META_KEYS and value and key not in meta:
            meta[key] = value
    return text[match.end() :], meta


def markdown_to_text(text: str) -> str:
    """Light Markdown stripping: heading marks, emphasis, links to their text; the prose is left alone."""
    text = _MD_REF_DEF.sub("", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_CODE.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


# --- JSON Lines -----------------------------------------------------------------------------------------


def _read_jsonl(path: Path) -> tuple[list[RawDocument], list[Skipped]]:
    docs: list[RawDocument] = []
    skipped: list[Skipped] = []
    try:
        for number, line in _jsonl_lines(path):
            if not line.strip():
                continue
            doc, problem = _parse_record(str(path), number, line)
            if doc is not None:
                docs.append(doc)
            elif problem is not None:
                skipped.append(Skipped(str(path), problem, number))
    except _Truncated as exc:
        skipped.append(Skipped(str(path), f"truncated or corrupt gzip after line {exc.lines}: {exc.reason}"))
    except OSError as exc:  # vanished, replaced or unreadable mid-read: keep what was read
        if not docs and not skipped:
            raise
        last = max([d.line or 0 for d in docs] + [s.line or 0 for s in skipped])
        skipped.append(Skipped(str(path), f"reading stopped after line {last}: {os_reason(exc)}"))
    if not docs and not skipped:
        skipped.append(Skipped(str(path), "empty file"))
    return docs, skipped


class _Truncated(Exception):
    def __init__(self, lines: int, reason: str) -> None:
        super().__init__(reason)
        self.lines = lines
        self.reason = reason


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(1-based number, decoded line), streamed; a damaged gzip raises `_Truncated` after the good lines."""
    compressed = path.name.lower().endswith(".gz")
    number = 0
    with open(path, "rb") as raw:
        stream = gzip.GzipFile(fileobj=raw) if compressed else raw
        try:
            for number, line in enumerate(stream, start=1):
                yield number, _decode_line(line)
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise _Truncated(number, str(exc) or type(exc).__name__) from exc


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8-sig" if line.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def _gunzip_partial(data: bytes) -> bytes:
    """As much of a gzip stream as decompresses, for the raw view of a damaged file."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        return decompressor.decompress(data)
    except zlib.error:
        return b""


def _parse_record(path: str, number: int, line: str) -> tuple[RawDocument | None, str | None]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        # `msg` alone can end mid-phrase ("Invalid control character at"): say where.
        message = (
            f"{exc.msg} (column {exc.colno})"
            if isinstance(exc, json.JSONDecodeError)
            else "nested too deeply"
        )
        return None, f"malformed JSON: {message}"
    if not isinstance(record, dict):
        return None, f"expected a JSON object, got {type(record).__name__}"
    body = record.get("text")
    if body is None:
        body = record.get("body")
    if not isinstance(body, str):
        return None, "no text: neither a 'text' nor a 'body' string"
    text = clean_text(body)
    if not text.strip():
        return None, "empty text"
    meta = {
        key: clean_text(str(record[key]))
        for key in META_KEYS
        if record.get(key) is not None and not isinstance(record[key], dict | list)
    }
    return RawDocument(path, number, text, meta), None


def _one_line(text: str) -> str:
    return " ".join(clean_text(text).split())[:200]


def os_reason(exc: OSError) -> str:
    """One wording per cause, wherever the read failed (hashing, reading, decompressing)."""
    if isinstance(exc, FileNotFoundError):
        return "file vanished before it could be read"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read: {exc.strerror or type(exc).__name__}".lower()
