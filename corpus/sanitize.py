"""Making untrusted article text safe to index, store and draw in a terminal.

Scraped text can carry terminal escape sequences (colours, window titles, OSC 52 clipboard writes, screen
clears), C0/C1 control characters, bidirectional overrides that reorder what is shown, and zero-width
characters that split words for the index. All of it is removed once, at ingestion, so that no layer above
has to remember to do it. Every pattern here is a single pass with bounded or possessive-free repetition
over disjoint character classes, so the cost stays linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata

# Escape sequences, in the order a terminal would parse them:
# - OSC (ESC ]), DCS (ESC P), SOS (ESC X), PM (ESC ^), APC (ESC _): a string ended by BEL or ST (ESC \ or
#   0x9C); an unterminated one stops at the end of its line, so a stray ESC cannot swallow a whole article.
# - CSI (ESC [): parameter bytes, intermediate bytes, one final byte.
# Lone C1 introducers (0x9B, 0x9D...) are usually mis-decoded bytes, not sequences: they are dropped alone
# with the other control characters below, and the text after them is kept.
# - any other ESC plus its intermediate bytes and final byte (charset selection, RIS, keypad modes...).
_STRING_SEQUENCE = r"\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c|(?=[\x1b\n])|$)"
_CSI_SEQUENCE = r"\x1b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
_OTHER_ESCAPE = r"\x1b[\x20-\x2f]*[\x30-\x7e]?"
_ESCAPES = re.compile(f"{_STRING_SEQUENCE}|{_CSI_SEQUENCE}|{_OTHER_ESCAPE}")

# C0 controls except TAB and LF (CR is handled before), DEL, C1 controls, bidi embeddings/overrides/isolates,
# zero-width space/joiners, word joiner, byte-order mark (also used as a zero-width no-break space), and
# lone surrogates (JSON "\ud800" decodes to one; it cannot be encoded, so it would break every write).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\ud800-\udfff]+"
)
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def clean_text(text: str) -> str:
    """Return `text` as NFC with escape sequences and invisible or control characters removed.

    Line endings become `\\n` first, so CR never survives to move the cursor; escape sequences go before
    the remaining control characters, so their printable parameters (`[31m`) do not leak into the text.
    """
    if not text:
        return ""
    text = _LINE_BREAKS.sub("\n", text)
    text = _ESCAPES.sub("", text)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


# What a file name must not send to the terminal as is: control characters (C0, DEL, C1: `Cc`), format
# characters (`Cf`: bidi marks, embeddings, overrides and isolates U+061C, U+200E-U+200F, U+202A-U+202E,
# U+2066-U+2069; zero-width space, joiners, word joiner, BOM U+200B-U+200D, U+2060, U+FEFF; soft hyphen; tag
# characters), line and paragraph separators (`Zl`, `Zp`) and lone surrogates (`Cs`, which is also how
# os.fsdecode carries the bytes of a name that is not UTF-8).
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_NAMED_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def display_path(path: object) -> str:
    """A file name shown on one line with nothing hidden: control, bidi and invisible characters become
    visible escapes (`\\n`, `\\x1b`, `\\u202e`). File names are untrusted too, but unlike article text they
    must stay exact to open the file, so they are escaped for display instead of cleaned. Idempotent: an
    escaped name is plain ASCII where it was escaped, so escaping it again changes nothing."""
    text = str(path)
    return "".join(_escape(c) if unicodedata.category(c) in _HIDDEN_CATEGORIES else c for c in text)


def _escape(char: str) -> str:
    named = _NAMED_ESCAPES.get(char)
    if named:
        return named
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a non-UTF-8 file name, as os.fsdecode escaped it
        code -= 0xDC00
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
