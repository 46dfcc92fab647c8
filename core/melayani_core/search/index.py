"""The search text stored for each service: words as written, spelling-folded, plus stems.

Python's sqlite3 cannot register a custom FTS5 tokenizer, so the index holds the
normalised words and their stems side by side, and the query side does the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from melayani_core.directory.model import Directory
from melayani_core.search.knowledge import Knowledge, load_knowledge
from melayani_core.search.lexicon import (
    Lexicon,
    bundled_files,
    fold_spelling,
    load_lexicon,
    tokenize,
)
from melayani_core.search.stem import stem


def index_text(text: str, lex: Lexicon) -> str:
    out: list[str] = []
    for word in fold_spelling(tokenize(text), lex):
        out.append(word)
        root = stem(word)
        if root != word:
            out.append(root)
    return " ".join(out)


def search_rows(
    directory: Directory, lex: Lexicon | None = None
) -> Iterator[tuple[str, str, str, str]]:
    """(name, keywords, org, body) for each service, in ``directory.services`` order."""
    lex = lex or load_lexicon()
    orgs = {o.org_id: o for o in directory.organizations}
    # an organization's text comes with each of its services, and many services share a
    # name or a description (every puskesmas offers the same ones): each text once
    done: dict[str, str] = {}

    def text_of(text: str) -> str:
        found = done.get(text)
        if found is None:
            found = done[text] = index_text(text, lex)
        return found

    for s in directory.services:
        org = orgs.get(s.org_id)
        org_text = " ".join([org.name, org.short_name, *org.aliases]) if org else ""
        yield (
            text_of(s.name),
            text_of(" ; ".join(s.keywords)),
            text_of(org_text),
            text_of(" ".join([s.category, s.description])),
        )


def carry_lexicon(directory: Directory) -> Knowledge:
    """Settle the lexicon ``directory`` is built and searched with: the files it carries
    (from the hub or an import folder's ``lexicon/``) over the program's bundled ones, a
    carried file replacing the bundled file of the same name.  Stored in the directory file,
    so every desk searches a published version with the same words."""
    directory.lexicon = {**bundled_files(), **directory.lexicon}
    return load_knowledge(directory.lexicon)


def build_search(
    directory: Directory,
) -> tuple[Iterator[tuple[str, str, str, str]], Callable[[Path], None]]:
    """What a directory file is built with for search: its index rows and the step that
    links services to concepts, both from the lexicon the directory carries."""
    knowledge = carry_lexicon(directory)
    return search_rows(directory, knowledge.lexicon), prepare_search(directory, knowledge)


def prepare_search(directory: Directory, kb: Knowledge | None = None) -> Callable[[Path], None]:
    """What a new directory file needs for search, written before it is checked: the
    organizations' office types and the services' concept links, then the precomputed
    answers to the heaviest keystrokes."""

    def prepare(path: Path) -> None:
        from melayani_core.search.heavy import precompute
        from melayani_core.search.linker import link_directory
        from melayani_core.storage.directory_db import open_building

        knowledge = kb or load_knowledge()
        offices, links = link_directory(directory, knowledge)
        con = open_building(Path(path))
        try:
            with con:
                con.executemany(
                    "INSERT INTO org_offices(org_id, office) VALUES (?, ?)",
                    ((org, office) for org, found in offices.items() for office in found),
                )
                con.executemany(
                    "INSERT OR REPLACE INTO service_concepts(sid, concept, weight) VALUES (?,?,?)",
                    links,
                )
        finally:
            con.close()
        precompute(path)

    return prepare
