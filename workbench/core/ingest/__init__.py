"""Ingest: from files on disk to a project's documents and sentences.

Owns encoding detection, OCR cleanup, sentence segmentation (built-in rules,
abbreviations and a project's SRX rules) and the import of plain texts,
bilingual files and memories into a project. Other packages use the names
this package exports; its modules are its own.
"""

import lazy_loader

# Names load on first use (see __init__.pyi), so a light command pays for none of them.
__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
