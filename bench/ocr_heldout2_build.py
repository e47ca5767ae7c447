"""How the second real-scan OCR held-out set (`python -m bench.ocr_heldout --set en2`) was built:
pages of the same source as set one (`bench.ocr_heldout_build`) that no set had read, OCR'd and
given gold by the same rules, in session 46 (the ocr46 helper).

Source: `ConcaveTrillion/train_pgdp_ocr` at `SOURCE_COMMIT` (the page scans and the Distributed
Proofreaders' proofread pages of six public-domain books). Set one read 48 pages of four of them
(and, to reject them, pp. 129-132 of Singer's book and a first look at Lady Dilke's). This set
takes, first, the book no set had used:

* Woodrow Wilson, *A History of the American People*, vol. III (Harper, New York 1902): its body
  pages alternate with pages of portraits and captions, so no four consecutive plain body pages
  exist before the appendix; the three runs are the appendix's documents (pp. 346-349, 356-359,
  380-383 of the scans: the Northwest Ordinance, the Constitution, the Kentucky resolutions),
  legal prose with long sentences, capitalised nouns and numbered sections;

and then runs of set one's books outside the pages it read, at least forty pages from
any of them (pages with illustrations, tables, side-notes or headings in capitals skipped):

* Jones, *Credulities Past and Present*: p0680-p0710, p2040-p2070, p3340-p3370 (set one:
  p1130-p1160, p2810-p2840, p4490-p4520);
* Russell, *A Visit to Chile*: p0160-p0190, p1300-p1330, p3400-p3430 (set one: p0690-p0720,
  p1880-p1910, p2920-p2950);

36 pages. The other two books gave no run: the *Book of Filial Duty* has 60 pages, none far
from set one's; Singer's *From Magic to Science* was OCR'd at p113-p116 and left out after a
look at its furniture and unmatched lines (not its garbage): the pages set Gildas's Latin
*Lorica* beside its translation in two columns, which Tesseract reads across, the case set one
rejected pp. 129-132 for; its other runs of four plain pages are figures' pages or near set
one's. Of the gold, the furniture lines and the "join" and "hyphen" breaks were read against the
proofread pages (all fit the rules; a margin's scrap, "revi,", is furniture by the rule); the
garbage tokens were not read before the set's first run.

The OCR is Tesseract's as for set one (`OCR_ENGINE`, `--psm 3`, one page at a time, a run's pages
joined by a form feed); the gold is `bench.ocr_heldout_build.build_run`'s, unchanged: derived
from the proofread text, never from the project's output. It was frozen and committed before
the cleanup was run on the set; no gold item was read to tune a check.

    python -m bench.ocr_heldout2_build MIRROR PAGES_DIR   # PAGES_DIR: Tesseract's page texts,
                                                          # named BOOK-PAGE.txt
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.ocr_heldout_build import BOOKS, OCR_ENGINE, SOURCE_COMMIT, SOURCE_REPO, build_run

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "ocr_heldout2"
GOLD = HERE / "data" / "ocr_heldout2.json"

BOOKS2 = {
    "wilson": ("projectID629292e7559a8",
               "Woodrow Wilson, A History of the American People, vol. III, 1902"),
    **{book: BOOKS[book] for book in ("credulities", "chile")},
}
RUNS2 = {
    "wilson": (("346", "347", "348", "349"), ("356", "357", "358", "359"),
               ("380", "381", "382", "383")),
    "credulities": (("p0680", "p0690", "p0700", "p0710"), ("p2040", "p2050", "p2060", "p2070"),
                    ("p3340", "p3350", "p3360", "p3370")),
    "chile": (("p0160", "p0170", "p0180", "p0190"), ("p1300", "p1310", "p1320", "p1330"),
              ("p3400", "p3410", "p3420", "p3430")),
}


def _show(mirror: Path, path: str) -> bytes:
    return subprocess.check_output(["git", "-C", str(mirror), "show", f"{SOURCE_COMMIT}:{path}"])


def main(argv: list[str]) -> int:
    mirror, pages_dir = Path(argv[0]), Path(argv[1])
    DATA.mkdir(parents=True, exist_ok=True)
    runs: list[dict[str, Any]] = []
    for book, page_runs in RUNS2.items():
        project, title = BOOKS2[book]
        folder = f"source-pgdp-data/output/{project}"
        texts = json.loads(_show(mirror, f"{folder}/pages.json"))
        for names in page_runs:
            run_id = f"{book}-{names[0]}-{names[-1]}"
            pages, images = [], []
            for name in names:
                image = _show(mirror, f"{folder}/{name}.png")
                images.append({"path": f"{folder}/{name}.png",
                               "sha256": hashlib.sha256(image).hexdigest(),
                               "proofread_sha256": hashlib.sha256(
                                   texts[f"{name}.png"].encode()).hexdigest()})
                ocr = (pages_dir / f"{book}-{name}.txt").read_text(encoding="utf-8")
                pages.append((ocr, texts[f"{name}.png"]))
            text, gold = build_run(pages)
            (DATA / f"{run_id}.txt").write_text(text, encoding="utf-8")
            runs.append({"id": run_id, "lang": "en", "book": title, "pages": images,
                         "sha256": hashlib.sha256(text.encode()).hexdigest(), **gold})
    GOLD.write_text(json.dumps({"source": SOURCE_REPO, "commit": SOURCE_COMMIT,
                                "ocr": OCR_ENGINE, "runs": runs},
                               ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
