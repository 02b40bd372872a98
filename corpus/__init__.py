"""Files to clean `Article`s, and the extraction of entities, quotes and numbers.

This layer is pure: no Textual, no Whoosh. Everything above it (the index, the app) consumes the plain
dataclasses in `ukr_tui.corpus.model`, so it can be tested and reused on its own.
"""
