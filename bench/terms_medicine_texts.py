"""The ninth bilingual term set's texts (`python -m bench.terms_bilingual --set en-ru-medicine`):
patient information in English with its professional Russian translation, 22 documents kept as
plain text (extracted from the publishers' PDFs) by the study ``hallixrap/llm-translation-study``
(``data/extracted_text/``), read from the ``fetch`` mirror at ``9dad4cb``, each file refused
unless it hashes to the sha256 frozen here. Nothing of their text is committed: the repository
states no licence; the English Vaccine Information Statements are the CDC's (a US government
work), their Russian translations the Immunization Action Coalition's, and the cancer handouts and
their Russian versions are © the American Cancer Society. `pairs.tsv` holds only ids, line
numbers and digests.

* 11 CDC Vaccine Information Statements (``vis-*``: influenza, hepatitis B, HPV, meningococcal
  ACWY, MMR, PCV, polio, PPSV23, Tdap, varicella, recombinant zoster) in the Immunization Action
  Coalition's Russian; two (polio, varicella) say the translation is "out of date", so their
  Russian may translate an earlier edition of the English;
* 11 American Cancer Society patient handouts (``acs-*``: five "After a ... Cancer Diagnosis"
  sheets on one template, chemotherapy, nausea and vomiting, and four on skin cancer) with the
  Society's Russian versions (some of an earlier edition: the Russian footers say 2021 or 9/24).

A document's lines are the file's non-empty lines, stripped, numbered from 0. A pair is a run of
English lines with the run of Russian lines that translates it: the two files were paired by a
length-based dynamic programme over their lines (1–1 up to 3–2; numbers, bullets and questions
weighed; a document's furniture, the VIS headers, footers, edition dates and "Russian translation"
notes, set aside), giving 945 beads; every bead was then read and 39 whose sides say different
things were left out (the VIS back pages, where the Russian PDFs are extracted in another order,
and lines wrapped at another place), with the one bead one side of which is empty and 8 with no
Russian letter or no English word on one side (a footer, a web address). `pairs.tsv` lists the 897
pairs kept: ``text``, ``bead`` (the pair's place among the 945 beads), ``block``
(``<text>#<bead>``), ``digest`` (the QA sets' block digest of the English and Russian) and the
English and Russian line numbers.
"""

from __future__ import annotations

from pathlib import Path

from bench.align_heldout import SourceFile, read_source
from bench.qa_heldout import HeldOutCase, absent_is_missing
from bench.terms_listing import listed_case, rows

REPO = "hallixrap/llm-translation-study"
COMMIT = "9dad4cb3855e229e25826228c428bdceda3e9229"
PAIRS = Path(__file__).resolve().parent / "data" / "terms_bilingual_enru_medicine" / "pairs.tsv"

_FILES: dict[str, tuple[str, str, str, str]] = {
    "acs-after-a-breast-cancer-diagnosis": ("data/extracted_text/cancer/english/after-a-breast-cancer-diagnosis.txt", "5f66ddfca969c4b7d2fe0866a0a70e3e1ac52d0ab6471139a6b34d12c7b71e39",
        "data/extracted_text/cancer/russian/after-a-breast-cancer-diagnosis.txt", "77e053352065346395dac6bd7d229440b29257847ec5240c6f1be88d32a698f4"),
    "acs-after-a-cervical-cancer-diagnosis": ("data/extracted_text/cancer/english/after-a-cervical-cancer-diagnosis.txt", "dd631718018c67ab42b0532426caf72f4d6746281213cca1f844680089053b40",
        "data/extracted_text/cancer/russian/after-a-cervical-cancer-diagnosis.txt", "7401df7f603c0fe62631d65ea8cfd8f1d48e9aea6fc530542d655defd814eb87"),
    "acs-after-a-colorectal-cancer-diagnosis": ("data/extracted_text/cancer/english/after-a-colorectal-cancer-diagnosis.txt", "5c2fba1eb7b68d97ed3b612c9481271c9df0b4f4155715ab35c736fc138b0992",
        "data/extracted_text/cancer/russian/after-a-colorectal-cancer-diagnosis.txt", "37d56586995560fba1b34b5c58bb89971627f80acbfa273fe97e534332e010de"),
    "acs-after-a-lung-cancer-diagnosis": ("data/extracted_text/cancer/english/after-a-lung-cancer-diagnosis.txt", "24d01b430c0669e6af0df5a7dcd0f305b49ce949d32bf63c677f7c3249d57e22",
        "data/extracted_text/cancer/russian/after-a-lung-cancer-diagnosis.txt", "07e5eb7d805294b514f752d2bf443833bfc96a0041718ae8bc11e71704753f82"),
    "acs-after-a-prostate-cancer-diagnosis": ("data/extracted_text/cancer/english/after-a-prostate-cancer-diagnosis.txt", "16d2d028df66a8c38cacbf3d342693751716e96fd1c24b45d83787e4f473c1fa",
        "data/extracted_text/cancer/russian/after-a-prostate-cancer-diagnosis.txt", "cb6272067edda16dc1a9f950574bb8eb4c116a319d1a19307d882102bb7d5c0d"),
    "acs-checking-your-skin": ("data/extracted_text/cancer/english/checking-your-skin.txt", "276e3f4a85df7ffed581bfe8ae0e783cb65f090be8a1de4d297f0d8390a636f6",
        "data/extracted_text/cancer/russian/checking-your-skin.txt", "07d0418514862fef81b0d1ca4dbc9ebf46504ed314f503f4b09f23608d552143"),
    "acs-chemotherapy-for-cancer": ("data/extracted_text/cancer/english/chemotherapy-for-cancer.txt", "203cf67cc861d234180436e593bcf8e5dbba7e4d3b092cf11e4bb4753a3e6b2a",
        "data/extracted_text/cancer/russian/chemotherapy-for-cancer.txt", "92280f4bac641172acd0f35751c8526daeb4750046b41337d8cb92ee8528bc45"),
    "acs-getting-help-for-nausea-and-vomiting": ("data/extracted_text/cancer/english/getting-help-for-nausea-and-vomiting.txt", "f1ef333d2f73e5feb2a18388f767789c9ac5957250086d155e00bc7c438c6760",
        "data/extracted_text/cancer/russian/getting-help-for-nausea-and-vomiting.txt", "3aac0e967f8868957d7fc78fcc8b7c9755a5e567cdb12a0923eecd432b322e53"),
    "acs-living-with-skin-cancer": ("data/extracted_text/cancer/english/living-with-skin-cancer.txt", "2317c5930e7e6fea13e46f94885463eaf673fb0eb81a24af391c2aeecdb77e41",
        "data/extracted_text/cancer/russian/living-with-skin-cancer.txt", "63829b127037a1369287efd4fefacf6f9de20ac5774a5dd32025d0058b80fbf4"),
    "acs-skin-cancer-tests-and-procedures": ("data/extracted_text/cancer/english/skin-cancer-tests-and-procedures.txt", "e005e3a8b034defa5f0be050f31be75f1bc6aac22623e285c8f925f848a3ad61",
        "data/extracted_text/cancer/russian/skin-cancer-tests-and-procedures.txt", "9218912a745e7ed9830cd1e9d7336bc3802b3e8f70586bd0232c8bc3fbda287d"),
    "acs-skin-cancer-treatments": ("data/extracted_text/cancer/english/skin-cancer-treatments.txt", "5ce782e68a4562ab2a76cd3c3ff45c92bacf2304a5f04054c236d57ae4a25448",
        "data/extracted_text/cancer/russian/skin-cancer-treatments.txt", "e3a23802704d19c2d89f7cb7836937e0f3f7b38fba95db17cd7570b7bd7edb7f"),
    "vis-flu-inactive": ("data/extracted_text/immunize/english/flu_inactive.txt", "a5af90b51c0cdab7f9de67029d9eb11d615282abd137953bceb5edd029062ca6",
        "data/extracted_text/immunize/russian/russian_flu_inactive.txt", "1d17523e7bf44f53394006392ea75c40824a562dfbd62dce4ac498ec3af8f375"),
    "vis-hepatitis-b": ("data/extracted_text/immunize/english/hepatitis_b.txt", "66685a853bcdb39e4d9623dbd8df67afe35b123a98300a145dc8ffecddf6736f",
        "data/extracted_text/immunize/russian/russian_hepatitis_b.txt", "5818cb0cfafb1406e70a70987e0c5252c4e03ec8b3cf99aea65cf3739014b097"),
    "vis-hpv": ("data/extracted_text/immunize/english/hpv.txt", "e092c81ab3eb73265ff9d6f8bf35d6ca381be0838b56d331095a35b4b1aa4625",
        "data/extracted_text/immunize/russian/russian_hpv.txt", "4ce72c175e4adbe404184ce0bf100c2cf73f1ac5dbb7ee2b2a315cc1dcc8e2b7"),
    "vis-meningococcal-acwy": ("data/extracted_text/immunize/english/meningococcal_acwy.txt", "35bbcf4eba74f0d0ab48bde8b452569384ed2c988dbd8c296255751abbbfd41a",
        "data/extracted_text/immunize/russian/russian_meningococcal.txt", "56280b70d0dc6b0159e99a9d47f7eee305860f7b9fbf67898d8d6da1b5816c7d"),
    "vis-mmr": ("data/extracted_text/immunize/english/mmr.txt", "2c96492ae6d2f7ff54673fbe291d72587384f52d474394d474df63a009b4d693",
        "data/extracted_text/immunize/russian/russian_mmr.txt", "d871d397c2902b7ec13c2da2f8cedee33eb9d26084dc0c457a5f1b774877fe0c"),
    "vis-pcv": ("data/extracted_text/immunize/english/pcv.txt", "e5ea4f20ab026c53a108b654c1240bd4e98c4d0625e117f2db55e19bed46c704",
        "data/extracted_text/immunize/russian/russian_pcv.txt", "cb8b0f001481c4450d84fb15131b1cea95d7ef0b8e0574c67b53171589a7a580"),
    "vis-polio-ipv": ("data/extracted_text/immunize/english/polio_ipv.txt", "f7f2e646b2a23ee172cfd1c9eb2a63b31e02695199c2f8cbc4b34da1ecc7cae0",
        "data/extracted_text/immunize/russian/russian_polio_ipv.txt", "677c056365550879c759198827a079254e954788ca8b1c2d18a8e0d333a01bc8"),
    "vis-ppsv": ("data/extracted_text/immunize/english/ppsv.txt", "e1d485ff0e577437cfc5236e73d17c01bf7ce91a2af6266fa258cbb43a9ac1cb",
        "data/extracted_text/immunize/russian/russian_ppsv.txt", "3e2b8726b1e4f3e7e2572c5affa0aa9858a372890cb7af88aa9dd97ef526dc48"),
    "vis-tdap": ("data/extracted_text/immunize/english/tdap.txt", "21dcf1ae421471d3b0076210c5e6f9fa7900bb196b59e407592e43d8f41ed9e6",
        "data/extracted_text/immunize/russian/russian_tdap.txt", "cfa0794da38dd6b8351053084954bb3362b23202cb9c0fbe3dc68c5e364cc8af"),
    "vis-varicella": ("data/extracted_text/immunize/english/varicella.txt", "bf4643ada79dab63a2d2d413ef612c892bfc6cfa0fed4c7cd48ce899c4ee83b8",
        "data/extracted_text/immunize/russian/russian_varicella.txt", "79e94388e8ac161b0bd370e482158027f2bb22e459da8207cacfc2ce145cde9b"),
    "vis-zoster-recombinant": ("data/extracted_text/immunize/english/zoster_recombinant.txt", "353b0d312747dfce31b18b62cd4cbbeac930759b3d20100e3f169cafb1504314",
        "data/extracted_text/immunize/russian/russian_zoster_recombinant.txt", "0b34ecbfbdf83dd2d5f80b1b14dc4a490b5b1bd730abf20ce3958f8b92723cd2"),
}
"""Each document's English and Russian file in the repository and their sha256."""

DOCUMENTS: dict[str, tuple[SourceFile, SourceFile]] = {
    name: (SourceFile(REPO, COMMIT, english, english_sha), SourceFile(REPO, COMMIT, russian, russian_sha))
    for name, (english, english_sha, russian, russian_sha) in _FILES.items()
}
"""The 22 documents by their name in the set, (English, Russian)."""


def document_lines(source: SourceFile) -> list[str]:
    """A file's non-empty lines, stripped: the lines `pairs.tsv` numbers."""
    return [line.strip() for line in read_source(source).split("\n") if line.strip()]


def listed_pairs(listing: Path = PAIRS) -> list[tuple[dict[str, str], str, str]]:
    """Every listed row with its pair's English and Russian as the mirror holds them (each side's lines
    joined by a space); the mirror absent or a file changed raises `FileNotFoundError`. The QA set
    `bench.qa_patient_leaflets` reads the same pairs."""
    listed = rows(listing)
    with absent_is_missing():
        read = {name: (document_lines(english), document_lines(russian))
                for name, (english, russian) in DOCUMENTS.items() if any(r["text"] == name for r in listed)}
    return [(row, " ".join(read[row["text"]][0][int(i)] for i in row["en"].split(",")),
             " ".join(read[row["text"]][1][int(i)] for i in row["ru"].split(",")))
            for row in listed]


def load(listing: Path = PAIRS) -> list[HeldOutCase]:
    """Every listed pair as a real case (English source, Russian target, as the QA sets keep
    them), its block id ``<text>#<bead>``, refused (`ValueError`) where its digest is not the
    listing's; the mirror absent or a file changed raises `FileNotFoundError`."""
    return [listed_case(row, english, russian) for row, english, russian in listed_pairs(listing)]
