"""Differential test of the RIS reader against rispy, an independent RIS
parser: on records written as EndNote, Scopus, Web of Science, Mendeley,
Citavi, Google Scholar, Ovid and JabRef's fixtures write them (small
hand-made reductions), and on every ``.ris`` file of ``$SCAN_CORPUS/ris``
when there is one, both read the same records and agree on title, authors'
family names, year, DOI, volume, issue, pages, keywords and URLs.

Where we read more than rispy does (a DOI in a resolver URL, a keyword
repeated, a name written without a comma) the comparison normalises both
sides the same way; it never reads our answer into rispy's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from refs.formats import read_text
from refs.ris import keyword_list, parse_ris
from refs.values.dates import year_of
from refs.values.doi import normalise_doi

from tests.conftest import corpus_dir

rispy = pytest.importorskip("rispy")

SAMPLES = {
    "endnote": "TY  - JOUR\nAB  - A new specimen.\nAU  - Boisvert, C.\nAU  - Curtice, B.\nDB  - Embase\n"
               "Medline\nDO  - 10.1002/ar.25520\nKW  - article\nbiostratigraphy\nColorado\nPY  - 2024\n"
               "SN  - 1932-8494\n1932-8486\nSP  - 549-565\nT2  - Anatomical Record\n"
               "TI  - Description of a new specimen\nUR  - https://www.embase.com/x?id=L1\nVL  - 307\n"
               "ID  - 889\nER  - \n\n",
    "wos": "\ufeffTY  - JOUR\nAU  - Sampson, SD\nAU  - Loewen, MA\nTI  - New Horned Dinosaurs from Utah\n"
           "T2  - PLOS ONE\nKW  - 1ST CERATOPSID DINOSAUR\nKW  - FACIES\nAB  - Background: one.\n"
           "   Methods: two.\nSN  - 1932-6203\nJ9  - PLOS ONE\nDA  - SEP 22\nPY  - 2010\nVL  - 5\nIS  - 9\n"
           "C7  - e12292\nDO  - 10.1371/journal.pone.0012292\nAN  - WOS:000282053100002\nER  -\n\n"
           "TY  - JOUR\nAU  - Dawson, G\nTI  - DICKENS, DINOSAURS, AND DESIGN\nT2  - VICTORIAN LITERATURE\n"
           "SN  - 1060-1503\nSN  - 1470-1553\nDA  - DEC\nPY  - 2016\nVL  - 44\nIS  - 4\nSP  - 761\nEP  - 778\n"
           "DO  - 10.1017/S1060150316000358\nER  -\n",
    "scopus": "\ufeffTY  - JOUR\nAU  - Wilson, L.N.\nAU  - Gardner, J.D.\nTI  - Global latitudinal gradients\n"
              "PY  - 2024\nT2  - Nature Communications\nVL  - 15\nIS  - 1\nC7  - 2864\n"
              "DO  - 10.1038/s41467-024-46843-2\nUR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-1\n"
              "KW  - Animals\nKW  - Models, Biological\nKW  - body size\nKW  - body size\nSN  - 20411723 (ISSN)\nJ2  - Nat. Commun.\n"
              "DB  - Scopus\nN1  - Export Date: 05 August 2024; Cited By: 2\nER  -\n",
    "mendeley": "TY  - JOUR\nAU  - van den Hoven, null\nAU  - Smits, Maarten L J\nDO  - 10.1016/j.jvir.2013.12.293\n"
                "IS  - 3\nPY  - 2014\nSP  - S105\nEP  - S105\nTI  - The effect of angiotensin II\n"
                "T2  - Journal of Vascular and Interventional Radiology\nUR  - https://lens.org/152-434\n"
                "UR  - https://www.sciencedirect.com/science/article/pii/S1051044313020757\nVL  - 25\nER  -\n"
                "TY  - JOUR\nAU  - de Jong, Ype\nPY  - 2020\nTI  - Stroke prediction models\nER  -\n",
    "citavi": "TY  - JOUR\nSN  - 09374477\nAU  - Pogoda, Louis\nT1  - Postoperative headache\n"
              "JF  - European archives of oto-rhino-laryngology\nSP  - 3643\nEP  - 3651\nIS  - 10\nVL  - 278\n"
              "PY  - 2021\nUR  - https://lens.org/084-036\nL2  - https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8382607\n"
              "Y2  - 2021/02/01\nTS  - RIS\nDO  - 10.1007/s00405-021-06627-6\nM4  - Citavi\nER  -\n",
    "gscholar": "TY  - JOUR\nT1  - Did dinosaurs invent flowers?\nA1  - Barrett, Paul M\nA1  - Willis, Katherine J\n"
                "JO  - Biological Reviews\nVL  - 76\nIS  - 3\nSP  - 411\nEP  - 447\nSN  - 1469-185X\nY1  - 2001\n"
                "PB  - Cambridge University Press\nER  - \n\n\n",
    "ovid": "2. \nTY  - JOUR\nDB  - APA PsycInfo <2021>\nID  - 2021-94054-001\n"
            "DO  - https://dx.doi.org/10.1186/s11689-021-09396-9\nT1  - DINOSAUR: An integrated treatment.\n"
            "A1  - Keefer, Amy\nA1  - Vasa, Roma A\nY1  - 2021//\nKW  - *Anxiety Management\nKW  - Parents\n"
            "JF  - Journal of Neurodevelopmental Disorders\nVL  - 13\nER  - \n",
    "sciencedirect": "TY  - JOUR\nT1  - Phase separation in V-Ti alloys\nJO  - Acta Materialia\nVL  - 121\n"
                     "SP  - 310\nEP  - 324\nPY  - 2016/12//\nT2  - \nAU  - Ghosh, Chanchal\nSN  - 1359-6454\n"
                     "DO  - https://doi.org/10.1016/j.actamat.2016.09.028\n"
                     "UR  - https://www.sciencedirect.com/science/article/pii/S1359645416307273\n"
                     "KW  - V-Ti-Cr alloys\nKW  - Spinodal decomposition\nER  - \n",
    "crlf": "TY  - BOOK\r\nAU  - Smith, John, Jr.\r\nTI  - A book\r\nPY  - 2019///\r\nPB  - P\r\nER  - \r\n",
}


def _theirs(record: dict) -> dict:
    title = record.get("title") or record.get("primary_title")
    names = (record.get("authors") or []) + (record.get("first_authors") or [])
    families = [n.split(",")[0].strip() for n in names if "," in n]
    year = re.match(r"\d{4}", str(record.get("year") or record.get("publication_year") or ""))
    pages = "-".join(p for p in (record.get("start_page"), record.get("end_page")) if p)
    if record.get("start_page") and record.get("end_page") and "-" in record["start_page"]:
        pages = record["start_page"]
    return {
        "title": title, "families": families, "year": int(year.group(0)) if year else None,
        "doi": normalise_doi(record.get("doi")) or record.get("doi"),
        "volume": record.get("volume") or None, "issue": record.get("number") or None,
        "pages": pages or None, "keywords": list(dict.fromkeys(record.get("keywords") or [])),
        "urls": [u.strip() for url in record.get("urls") or [] for u in url.split(";") if u.strip()],
    }


def _ours(item: dict) -> dict:
    families = [" ".join(filter(None, [n.get("non-dropping-particle"), n.get("family")]))
                for n in item.get("author") or [] if n.get("family")]
    urls = [item["URL"]] if item.get("URL") else []
    urls += (item.get("custom") or {}).get("ris", {}).get("UR", [])
    return {
        "title": item.get("title"), "families": families, "year": year_of(item), "doi": item.get("DOI"),
        "volume": item.get("volume"), "issue": item.get("issue"), "pages": item.get("page"),
        "keywords": keyword_list(item.get("keyword") or ""),
        "urls": [u.strip() for url in urls for u in url.split(";") if u.strip()],
    }


def _compare(text: str, source: str) -> list[str]:
    ours, problems = parse_ris(text, source)
    theirs = rispy.loads(text.removeprefix("\ufeff"))
    if len(ours) != len(theirs):
        # Records without ER: rispy merges them, we keep each and say so.
        return [] if problems else [f"{source}: {len(ours)} records, rispy {len(theirs)}"]
    disagreements = []
    for index, (item, record) in enumerate(zip(ours, theirs), start=1):
        a, b = _ours(item), _theirs(record)
        for field in a:
            if a[field] != b[field]:
                disagreements.append(f"{source} record {index} {field}: ours {a[field]!r}, rispy {b[field]!r}")
    return disagreements


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_agrees_with_rispy(name):
    assert _compare(SAMPLES[name], name) == []


def _corpus_files() -> list[Path]:
    folder = corpus_dir() / "ris"
    return sorted(folder.glob("*.ris")) if folder.is_dir() else []


@pytest.mark.skipif(not _corpus_files(), reason="no $SCAN_CORPUS/ris folder")
def test_agrees_with_rispy_on_the_corpus():
    disagreements = []
    for path in _corpus_files():
        text, _ = read_text(path)
        disagreements += _compare(text, path.name)
    assert disagreements == []
