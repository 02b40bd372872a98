"""`CorpusIndex`: the one object the command line and the app talk to.

Opening is cheap and never changes anything but an index from another version (wiped, to be rebuilt);
`update()` does the work. Reads are safe from worker threads: each thread gets its own Whoosh searcher
(refreshed when the index changes) and its own SQLite connection.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ukr_tui.corpus.code_version import extraction_version
from ukr_tui.corpus.config import Config
from ukr_tui.corpus.model import Article, Entity, Skipped, Span
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.searching import Searcher

from . import folder as fs
from .analysis import TermAnalyzer, build_fold_map, make_text_analyzer
from .highlight import Highlighter, make_snippet
from .locking import UpdateLock
from .query import ParsedQuery, QueryParser, positive_terms
from .ranking import InMemoryLengthsBM25F, top_and_total
from .results import Hit, SearchResults, UpdateSummary
from .schema import SCHEMA_VERSION, build_schema, fingerprint
from .store import STORE_VERSION, ArticleStore, StoreError

if TYPE_CHECKING:
    from ukr_tui.corpus.quote_groups import QuoteGroup

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

# Results past this rank get the start of the body as snippet: a list shows a few dozen rows at a time,
# and analysing hundreds of bodies would make every keystroke slow.
HIGHLIGHTED_SNIPPETS = 60
FILTER_CACHE = 16  # filters remembered per thread (date ranges, sources, entities)


class CorpusIndex:
    """The search index and article store of one corpus."""

    def __init__(self, config: Config, folder: Path) -> None:
        self.config = config
        self.folder = folder
        self.whoosh_dir = folder / fs.WHOOSH_DIR
        self.fold = build_fold_map(config.aliases)
        self.schema = build_schema(self.fold)
        self.fingerprint = fingerprint(config.aliases, config.cleaning, extraction_version())
        self.parser = QueryParser(self.schema)
        self.terms = TermAnalyzer(make_text_analyzer(self.fold))
        self.surface_forms = self._surface_forms()
        self.problem: str | None = None  # why the Whoosh index needs repair, found on open
        self._local = threading.local()
        self._epoch = 0
        self._ix: FileIndex | None = None
        self._ix_lock = threading.Lock()
        self._highlighters: OrderedDict[str, Highlighter] = OrderedDict()
        self._quote_groups: tuple[str, list[QuoteGroup]] | None = None
        self.store = self._open_store()
        self.problem = self.problem or self.check()

    # --- opening ------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, config: Config, on_wait: Callable[[str], None] | None = None) -> CorpusIndex:
        """Open (or create) the index of `config.corpus`; `ForeignIndexFolder` for a folder not ours.
        An index from another version is wiped under the write lock: `on_wait` hears if that waits."""
        folder = config.index_dir or fs.default_index_dir(config.corpus)
        marker = fs.check_folder(folder)
        folder.mkdir(parents=True, exist_ok=True)
        wanted = {
            "version": SCHEMA_VERSION,
            "store": STORE_VERSION,
            "fingerprint": fingerprint(config.aliases, config.cleaning, extraction_version()),
        }
        if marker is None or any(marker.get(k) != v for k, v in wanted.items()):
            with UpdateLock(folder / fs.LOCK_FILE, on_wait=on_wait):
                marker = fs.read_marker(folder)
                if marker is None or any(marker.get(k) != v for k, v in wanted.items()):
                    if marker is not None:
                        fs.wipe(folder)
                    fs.write_marker(folder, {**wanted, "corpus": [str(p) for p in config.corpus]})
        return cls(config, folder)

    def _open_store(self) -> ArticleStore:
        path = self.folder / fs.STORE_FILE
        try:
            return ArticleStore(path)
        except StoreError as exc:
            # The store is the source of truth; without it the whole index is rebuilt from the files.
            self.problem = f"article store unusable ({exc}); rebuilding"
            with UpdateLock(self.folder / fs.LOCK_FILE):
                fs.wipe(self.folder)
            return ArticleStore(path)

    def check(self) -> str | None:
        """Why the Whoosh index cannot be trusted as it is (missing, damaged, out of step), or None."""
        if not fs.has_toc(self.whoosh_dir):  # not whoosh.exists_in: it unpickles, and raises on damage
            return "index files missing" if self.store.count() else None
        try:
            ix = self._storage().open_index(fs.INDEX_NAME, schema=self.schema)
            segments = [f"{fs.INDEX_NAME}_{s.segid}.seg" for s in ix._segments() if s.is_compound()]
            problem = fs.manifest_problem(self.whoosh_dir, ix.latest_generation(), segments)
            if problem:
                return problem
            with ix.reader() as reader:
                indexed = reader.doc_count()
        except Exception as exc:  # a damaged index fails in many ways (EOFError, struct.error, pickle...)
            return f"index cannot be read ({type(exc).__name__}: {exc})"
        stored = self.store.count()
        if indexed != stored:
            return f"index holds {indexed} articles, store {stored}"
        return None

    def _storage(self) -> FileStorage:
        """Whoosh's file storage without mmap: mapped segment pages count as the app's resident memory
        (165 MB on Reuters with mmap, 38 MB without) and reading them plainly was no slower here."""
        return FileStorage(str(self.whoosh_dir), supports_mmap=False)

    def whoosh(self) -> FileIndex:
        with self._ix_lock:
            if self._ix is None:
                self._ix = self._storage().open_index(fs.INDEX_NAME, schema=self.schema)
            return self._ix

    def reset_whoosh(self) -> FileIndex:
        """A new empty Whoosh index (called by the updater under the update lock)."""
        with self._ix_lock:
            self._epoch += 1
            self._ix = None
            fs.remove_tree(self.whoosh_dir)
            self.whoosh_dir.mkdir(parents=True)
            self._ix = self._storage().create_index(self.schema, fs.INDEX_NAME)
            return self._ix

    def _searcher(self) -> Searcher:
        cached = getattr(self._local, "searcher", None)
        ix = self.whoosh()
        if cached is not None and cached[0] == self._epoch:
            searcher = cached[1]
            if ix.latest_generation() == searcher.reader().generation():
                return searcher
            # Not Searcher.refresh(): the segment readers it re-uses keep their old deletions, so articles
            # updated in place would be counted twice.
            with contextlib.suppress(Exception):
                searcher.close()
        elif cached is not None:
            with contextlib.suppress(Exception):
                cached[1].close()
        searcher = ix.searcher(weighting=InMemoryLengthsBM25F())
        self._local.searcher = (self._epoch, searcher)
        return searcher

    def _filter_docs(self, searcher: Searcher, flt: wq.Query | None) -> set[int] | None:
        """The document numbers a filter lets through, remembered for this thread's current searcher."""
        if flt is None:
            return None
        cache = getattr(self._local, "filters", None)
        if cache is None or cache[0] is not searcher:
            cache = (searcher, OrderedDict())
            self._local.filters = cache
        key = repr(flt)
        docs = cache[1].get(key)
        if docs is None:
            docs = set(searcher.docs_for_query(flt))
            cache[1][key] = docs
            while len(cache[1]) > FILTER_CACHE:
                cache[1].popitem(last=False)
        return docs

    def close(self) -> None:
        cached = getattr(self._local, "searcher", None)
        if cached is not None:
            with contextlib.suppress(Exception):
                cached[1].close()
        self.store.close()

    # --- updating -----------------------------------------------------------------------------------------

    def update(self, progress: Progress | None = None, cancel: Cancel | None = None) -> UpdateSummary:
        """Bring the index in line with the corpus folders; see `indexer.Updater`."""
        from .indexer import Updater

        summary = Updater(self, progress, cancel).run()
        self._quote_groups = None
        self._highlighters.clear()
        return summary

    def rebuild(self, progress: Progress | None = None, cancel: Cancel | None = None) -> UpdateSummary:
        """Throw everything away and index the corpus from scratch."""
        with UpdateLock(self.folder / fs.LOCK_FILE, on_wait=_waiting(progress), cancel=cancel):
            self.store.close()
            with self._ix_lock:
                self._epoch += 1
                self._ix = None
            fs.wipe(self.folder)
            self.store = ArticleStore(self.folder / fs.STORE_FILE)
        summary = self.update(progress, cancel)
        summary.rebuilt = summary.rebuilt or "asked for"
        return summary

    # --- searching ----------------------------------------------------------------------------------------

    def parse(self, query: str) -> ParsedQuery:
        return self.parser.parse(query)

    def search(
        self, query: str, sort: str = "relevance", limit: int | None = None, entity: str | None = None
    ) -> SearchResults:
        """Articles matching `query`, best first (or newest first with sort="date"). Empty query: all."""
        parsed = self.parser.parse(query)
        if any(chip.key in ("after", "before", "on") for chip in parsed.filters):
            # Undated articles can match no date filter; say so, or the filter looks broken.
            undated = self.store.undated_count()
            if undated:
                plural = "s" if undated != 1 else ""
                left_out = f"{undated} undated article{plural} left out by the date filter"
                parsed.notice = f"{parsed.notice}; {left_out}" if parsed.notice else left_out
        flt = parsed.filter
        if entity:
            by_entity = wq.Term("entities", " ".join(entity.replace(",", " ").split()).lower())
            flt = by_entity if flt is None else wq.And([flt, by_entity])
        by_date = sort == "date" or parsed.empty
        limit = limit if limit is not None else self.config.app.max_results
        try:
            searcher = self._searcher()
            # The filter's documents are cached per searcher: while a user types, the words change but the
            # after:/source: filter does not.
            docs = self._filter_docs(searcher, flt)
            if docs is not None and not docs:  # Whoosh reads an empty set as "no filter at all"
                return SearchResults(query, 0, [], parsed.notice, parsed.filters)
            if by_date:
                results = searcher.search(
                    parsed.query, limit=max(1, limit), filter=docs, sortedby="date", reverse=True
                )
                total = len(results)  # the sorting collector sees every match, so this is not a re-run
            else:
                results, total = top_and_total(searcher, parsed.query, max(1, limit), docs)
            found = [(hit["id"], hit.score or 0.0) for hit in results][:limit]
        except Exception as exc:  # a damaged or vanished index must not take the app down
            notice = f"the index could not be searched ({type(exc).__name__}); run `ukr-tui index` to repair"
            return SearchResults(query, 0, [], notice, parsed.filters)
        terms, prefixes = positive_terms(parsed.query)
        highlighter = Highlighter(self.terms, terms, prefixes, self.surface_forms)
        ids = [i for i, _ in found]
        rows = self.store.rows(ids)
        bodies = self.store.bodies(ids)
        hits: list[Hit] = []
        for rank, (article_id, score) in enumerate(found):
            row = rows.get(article_id)
            body = bodies.get(article_id)
            if row is None or body is None:
                continue
            count: int | None = None
            if rank < HIGHLIGHTED_SNIPPETS and highlighter:
                snippet, matches, count = highlighter.snippet(body)
            else:
                snippet, matches = make_snippet(body, [])
            hits.append(
                Hit(
                    row.id,
                    row.path,
                    row.title,
                    row.date,
                    row.source,
                    row.author,
                    float(score),
                    matches,
                    snippet,
                    row.line,
                    count,
                )
            )
        shown = tuple(sorted(terms)) + tuple(sorted(p + "*" for p in prefixes))
        return SearchResults(query, total, hits, parsed.notice, parsed.filters, shown)

    def highlights(self, article: Article, query: str) -> list[Span]:
        """Spans of `article.body` that the query matched, stemmed forms and alias variants included."""
        return self.text_highlights(article.body, query)

    def text_highlights(self, text: str, query: str) -> list[Span]:
        """The same, for any text shown with the article (its title, as the reader prints it)."""
        highlighter = self._highlighters.get(query)
        if highlighter is None:
            terms, prefixes = positive_terms(self.parser.parse(query).query)
            highlighter = Highlighter(self.terms, terms, prefixes, self.surface_forms)
            self._highlighters[query] = highlighter
            while len(self._highlighters) > 64:
                self._highlighters.popitem(last=False)
        return highlighter.spans(text)

    def _surface_forms(self) -> dict[str, set[str]]:
        """Index term -> alias variants that fold into it, so highlighting looks for `Kiev` too."""
        out: dict[str, set[str]] = {}
        for variant, targets in self.fold.items():
            for target in targets:
                for term in self.terms.terms_of(target):
                    out.setdefault(term, set()).add(variant)
        return out

    # --- reading ------------------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        found = self.store.article(article_id)
        if found is None:
            raise KeyError(article_id)
        return found

    def articles(self) -> list[Hit]:
        """Every article, newest first, undated last; snippet is the start of the body."""
        out = []
        for row, lead in self.store.all_rows():
            snippet, _ = make_snippet(lead, [])
            out.append(
                Hit(row.id, row.path, row.title, row.date, row.source, row.author, 0.0, (), snippet, row.line)
            )
        return out

    def entities(self, ids: list[str] | set[str] | None = None) -> list[Entity]:
        return self.store.entities(ids)

    def quote_groups(self) -> list[QuoteGroup]:
        """The same quotation across articles (`corpus.quote_groups.group_quotes`), cached until an update."""
        from ukr_tui.corpus.quote_groups import group_quotes

        generation = f"{self.store.get_meta('generation')}/{self.store.count()}"
        cached = self._quote_groups
        if cached is not None and cached[0] == generation:
            return cached[1]

        groups = list(group_quotes(list(self.store.iter_articles())))
        self._quote_groups = (generation, groups)
        return groups

    def skipped(self) -> list[Skipped]:
        return self.store.skipped()

    def counts(self) -> dict[str, int]:
        return self.store.counts()


def _waiting(progress: Progress | None) -> Callable[[str], None] | None:
    if progress is None:
        return None
    return lambda message: progress(0, 0, message)
