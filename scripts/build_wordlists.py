"""Rebuild resources/lexicon/words/ind.txt, the list of real Indonesian words.

A word in this list (or in the regional lists jav.txt, osi.txt, mad.txt, or in the lexicon
and concept files) is never "corrected" by the need search: only a word that is no word at
all is a typo.  Sources, both allowed to be shipped (see resources/lexicon/words/README.md):

- nlp-id 0.1.23.0 (kumparan, MIT licence): ``nlp_id/data/root-word.txt``, 29,931 root words;
- wordfreq 3.1.1 (Robyn Speer; data CC-BY-SA 4.0): ``wordfreq/data/small_id.msgpack.gz``,
  the ~31,000 most frequent Indonesian words in its sources (Wikipedia, subtitles, news,
  social media), which brings the everyday and colloquial forms (ilang, bikin, ngurus).

Generated forms (nlp-id's lemma dictionary) are left out on purpose: it holds valid but
unattested derivations such as ``kebakatan``, which is what a clerk types for
``kebakaran``.

    python scripts/build_wordlists.py WHEEL_DIR   # a folder holding the two wheels
    (pip download --no-deps nlp-id==0.1.23.0 wordfreq==3.1.1 -d WHEEL_DIR)
"""

from __future__ import annotations

import gzip
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "lexicon" / "words" / "ind.txt"
WORD = re.compile(r"[a-z]{2,}")


def _msgpack_lists(data: bytes) -> list[list[str]]:
    """wordfreq's cBpack: a msgpack list of [header, bucket, bucket, ...] (tiny decoder, so
    the build needs no msgpack package)."""
    pos = 0

    def read() -> object:
        nonlocal pos
        b = data[pos]
        pos += 1
        if b <= 0x7F:
            return b
        if 0x90 <= b <= 0x9F or b in (0xDC, 0xDD):
            if b <= 0x9F:
                n = b & 0x0F
            else:
                size = 2 if b == 0xDC else 4
                n = int.from_bytes(data[pos : pos + size], "big")
                pos += size
            return [read() for _ in range(n)]
        if 0x80 <= b <= 0x8F:
            return {read(): read() for _ in range(b & 0x0F)}
        if 0xA0 <= b <= 0xBF or b in (0xD9, 0xDA, 0xDB):
            if b <= 0xBF:
                n = b & 0x1F
            else:
                size = {0xD9: 1, 0xDA: 2, 0xDB: 4}[b]
                n = int.from_bytes(data[pos : pos + size], "big")
                pos += size
            text = data[pos : pos + n].decode("utf-8")
            pos += n
            return text
        raise ValueError(f"unexpected msgpack byte {b:#x} at {pos - 1}")

    value = read()
    assert isinstance(value, list)
    return [v for v in value[1:] if isinstance(v, list)]


def main(wheels: Path) -> int:
    words: set[str] = set()
    nlp = next(wheels.glob("nlp_id-*.whl"))
    with zipfile.ZipFile(nlp) as zf:
        words |= set(WORD.findall(zf.read("nlp_id/data/root-word.txt").decode("utf-8")))
    wf = next(wheels.glob("wordfreq-*.whl"))
    with zipfile.ZipFile(wf) as zf:
        buckets = _msgpack_lists(gzip.decompress(zf.read("wordfreq/data/small_id.msgpack.gz")))
    for bucket in buckets:
        words.update(w for w in bucket if isinstance(w, str) and WORD.fullmatch(w))
    header = (
        "# Real Indonesian words (never corrected by the need search); one per line.\n"
        "# Built by scripts/build_wordlists.py from nlp-id 0.1.23.0 root words (MIT) and\n"
        "# wordfreq 3.1.1 small_id (CC-BY-SA 4.0, (c) Robyn Speer et al.): see README.md.\n"
    )
    OUT.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
