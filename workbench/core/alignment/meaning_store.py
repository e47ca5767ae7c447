"""Sentence vectors kept in the project database, so re-alignment reuses them.

Embedding is the slowest step of aligning with meaning; the vectors of the
sentences of a project hardly change between two alignments (a split, a
merge or a confirmed pair changes none of them). They live in the
`embeddings` table, keyed by encoder and text hash (see `schema`), stored as
raw float32 bytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from workbench.core.alignment.meaning import DIMENSIONS, Meaning, default_encoder
from workbench.core.project import Project

_CHUNK = 500
"""Keys per query: well under SQLite's limit on bound parameters."""


class ProjectStore:
    """An `EmbeddingStore` in a project's database."""

    def __init__(self, project: Project) -> None:
        self.project = project

    def load(self, encoder: str, keys: Sequence[str]) -> Mapping[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for first in range(0, len(keys), _CHUNK):
            chunk = list(keys[first : first + _CHUNK])
            marks = ",".join("?" * len(chunk))
            for key, blob in self.project.db.conn.execute(
                f"select key, vector from embeddings where encoder = ? and key in ({marks})",
                [encoder, *chunk],
            ).fetchall():
                vector = np.frombuffer(blob, dtype=np.float32)
                if vector.shape == (DIMENSIONS,):
                    found[key] = vector
        return found

    def save(self, encoder: str, vectors: Mapping[str, np.ndarray]) -> None:
        rows = [
            (encoder, key, np.asarray(v, dtype=np.float32).tobytes()) for key, v in vectors.items()
        ]
        with self.project.transaction():
            self.project.db.conn.executemany(
                "insert or replace into embeddings (encoder, key, vector) values (?, ?, ?)", rows
            )


def project_meaning(project: Project, *, semantic: bool = True) -> Meaning | None:
    """How the project's alignments read meaning: None when asked not to, or when the
    encoder is not installed."""
    if not semantic:
        return None
    encoder = default_encoder()
    return None if encoder is None else Meaning(encoder, ProjectStore(project))
