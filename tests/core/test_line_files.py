"""Two line-aligned files: whatever the lines, blank ones included, and whatever the line ends,
the Russian file comes back from `export_lines` byte for byte (session 40, lineimport)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from workbench.core.ingest.line_files import export_lines, file_lines, import_lines, line_count
from workbench.core.project import Project

# Letters of both alphabets, digits, spaces and punctuation: what news lines and subtitles hold
# (control characters are cleaned on import, so a file of them is not given back as it was).
LINE = st.text(alphabet=st.sampled_from("abcXYZ абвЖЯ 019.,!?«»—-'"), max_size=30)
FILE = st.lists(LINE, min_size=1, max_size=12).filter(lambda lines: any(line.strip() for line in lines))


@given(english=FILE, russian=FILE, newline=st.sampled_from(["\n", "\r\n"]), final=st.booleans())
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_russian_file_comes_back_byte_for_byte(english: list[str], russian: list[str], newline: str,
                                                   final: bool) -> None:
    count = min(len(english), len(russian))
    english, russian = english[:count], russian[:count]
    assume(any(line.strip() for line in english) and any(line.strip() for line in russian))
    # Without a final line end, an empty last line is no line: "0\n" is the one line "0", ended.
    assume(final or (english[-1] and russian[-1]))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        en, ru, out = folder / "a.en.txt", folder / "a.ru.txt", folder / "out.txt"
        en.write_bytes((newline.join(english) + (newline if final else "")).encode("utf-8"))
        ru.write_bytes((newline.join(russian) + (newline if final else "")).encode("utf-8"))
        with Project.create(folder / "p", "en", "ru") as project:
            report = import_lines(project, en, ru)
            assert report.segments == count
            stored = project.conn.execute("select source, target from segments order by seq").fetchall()
            assert stored == list(zip(english, russian))
            export_lines(project, out)
        assert out.read_bytes() == ru.read_bytes()


def test_lines_are_counted_as_editors_count_them() -> None:
    assert list(file_lines("a\n\nb\n")) == ["a", "", "b"]
    assert list(file_lines("a\n\nb")) == ["a", "", "b"]
    assert list(file_lines("a\n\n")) == ["a", ""]
    assert [line_count(text) for text in ("a\n\nb\n", "a\n\nb", "a\n\n", "a")] == [3, 3, 2, 1]
