"""`project.toml` written back as a document: comments kept, the data always exactly what was given."""

from __future__ import annotations

import tomllib
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.project.toml_document import updated_text

PERSONS_FILE = """# Client: the museum. Deadline 1 March.
name = "Clubs" # the title on the contract
source_lang = "en"
target_lang = "ru"
termbases = [
  "glossary.tbx", # from the client
]

# the client's house style
[checks.length-ratio]
enabled = false # they asked

[checks.spelling]
enabled = true

[[documents]]
name = "a"
source = "sources/a.txt"
"""
COMMENTS = (
    "# Client: the museum. Deadline 1 March.", "# the title on the contract", "# from the client",
    "# the client's house style", "# they asked",
)


def test_values_changed_around_comments_keep_them() -> None:
    data = tomllib.loads(PERSONS_FILE)
    data["target_lang"] = "ru-RU"
    data["checks"]["spelling"] = {"enabled": False}
    data["documents"].append({"name": "b", "source": "sources/b.tsv"})
    data["unread"] = {"kept": [1, 2]}
    text = updated_text(PERSONS_FILE, data)
    assert tomllib.loads(text) == data
    assert all(comment in text for comment in COMMENTS), text


def test_a_key_gone_from_the_data_is_gone_from_the_file() -> None:
    data = tomllib.loads(PERSONS_FILE)
    del data["checks"]["spelling"], data["termbases"]
    text = updated_text(PERSONS_FILE, data)
    assert tomllib.loads(text) == data
    assert "# they asked" in text


def test_a_file_that_is_not_toml_any_more_is_written_from_the_data() -> None:
    data = {"name": "Clubs", "documents": [{"name": "a"}]}
    assert tomllib.loads(updated_text("name = [\n# half written", data)) == data


names = st.text(st.sampled_from("abc-_"), min_size=1, max_size=3)
scalars = st.one_of(st.text(max_size=5), st.integers(-5, 5), st.booleans())
values = st.one_of(scalars, st.lists(scalars.filter(lambda v: isinstance(v, str)), max_size=3),
                   st.dictionaries(names, scalars, max_size=3))
configs = st.fixed_dictionaries(
    {"name": st.text(max_size=8), "checks": st.dictionaries(names, st.dictionaries(names, scalars, max_size=2), max_size=3),
     "documents": st.lists(st.dictionaries(names, scalars, min_size=1, max_size=3), max_size=3)},
    optional={"extra": values, "termbases": st.lists(st.text(max_size=5), max_size=2)},
)


@settings(max_examples=150, deadline=None)
@given(before=configs, after=configs)
def test_whatever_changed_the_file_reads_as_the_data_given(before: dict[str, Any], after: dict[str, Any]) -> None:
    """From any file of this shape (with a comment a person added) to any other data: what
    every command reads back is exactly the data written."""
    previous = "# a person's note\n" + updated_text(None, before)
    assert tomllib.loads(updated_text(previous, after)) == after
