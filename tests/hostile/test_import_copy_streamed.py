"""`import --tmx` held the whole file while it imported (hardening, round twenty).

Round nineteen's 522 MB TMX peaked at 609 MB in `import --tmx`, some 540 bytes a unit: the
verbatim copy kept in `sources/` was made from the file read whole, and those bytes stayed
referenced until the import ended. The copy is hashed and written a megabyte at a time now:
a made-up TMX of 800,000 units (198 MB) imports in 92 MB.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from workbench.core.ingest.importing import import_tmx
from workbench.core.project.store import Project

FILLER = "ж" * 1_000


def _tmx(path: Path, units: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" '
                  'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" '
                  'datatype="plaintext"/><body>\n')
        for number in range(units):
            out.write(f'<tu><tuv xml:lang="en"><seg>Sentence {number} of the club.</seg></tuv>'
                      f'<tuv xml:lang="ru"><seg>Предложение {number} {FILLER}</seg></tuv></tu>\n')
        out.write("</body></tmx>\n")
    return path


def test_the_copy_of_a_large_tmx_is_not_held(tmp_path: Path) -> None:
    tmx = _tmx(tmp_path / "large.tmx", 20_000)
    size = tmx.stat().st_size
    assert size > 40 * 2**20
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        tracemalloc.start()
        try:
            report = import_tmx(project, tmx)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert report.segments == 20_000
        assert peak < size / 2, (peak, size)  # the parts in flight, some 15 MB; the file was held whole
        (copy,) = project.sources_dir.iterdir()
    assert copy.read_bytes() == tmx.read_bytes()


def test_the_same_file_imported_again_reuses_its_copy(tmp_path: Path) -> None:
    tmx = _tmx(tmp_path / "small.tmx", 10)
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        import_tmx(project, tmx)
        import_tmx(project, tmx)
        assert [p.name for p in project.sources_dir.iterdir()] == ["small.tmx"]
        tmx.write_text(tmx.read_text(encoding="utf-8").replace("Sentence 0 ", "Sentence zero "), encoding="utf-8")
        import_tmx(project, tmx)
        assert sorted(p.name for p in project.sources_dir.iterdir()) == ["small-2.tmx", "small.tmx"]
