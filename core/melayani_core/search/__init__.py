"""Need search: normalise -> lexicon -> stem -> FTS5 -> typo fallback -> rank."""
