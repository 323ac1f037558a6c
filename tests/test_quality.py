"""Can a page's text layer be trusted?  Word rules on real words, then real pages.

The page table reads only text layers (no OCR): the garbled pages of Nykarleby's protocols,
whose font maps drop ligatures and swap letters, and a scanner's bad OCR layer must be flagged;
the bundled born-digital samples and good pages of real files must not be.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.extract import DEFAULT_ENGINE, ENGINES, extract
from pipeline.extract.quality import (
    agreement,
    classify,
    is_known,
    language,
    ligature_repair,
    page_quality,
    patch_lines,
    tokens,
)
from pipeline.extract.repair import GlyphWidths, repair_words, suspects
from pipeline.records import Line

from .conftest import require

ROOT = Path(__file__).resolve().parents[1]
REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"


def real(name: str) -> Path:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def lines(*texts: str) -> list[Line]:
    return [Line(text=t, page=1) for t in texts]


# --------------------------------------------------------------------------- words
@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Beslutande", "known"),
        ("ersättare", "known"),
        ("Sammanträdesplats", "known"),  # a compound: sammanträde|s|plats
        ("protokolljusterare", "known"),
        ("Sammanträdestd", "ligature"),  # "ti" lost
        ("fnns", "ligature"),  # "fi" lost
        ("Ersätare", "ligature"),  # "tt" lost
        ("at", "ligature"),  # "att" with its "tt" lost
        ("underskrifer", "ligature"),  # "ft" lost
        ("Haverinen", "plausible"),  # a name: unknown, but spelt the Swedish way
        ("Stcnäldcrns", "garbled"),  # a scanner's OCR of "Stenålderns"
        ("irdhnarhe", "garbled"),  # "ordinarie" through a shifted font map
        ("förgdrggnnngslnsagn", "garbled"),
    ],
)
def test_words_are_classified(word: str, kind: str) -> None:
    assert classify(word) == kind


@pytest.mark.parametrize(
    ("broken", "mended"),
    [
        ("Sammanträdestd", "Sammanträdestid"),
        ("fnns", "finns"),
        ("Ersätare", "Ersättare"),
        ("at", "att"),
        ("Elektroniska", None),
    ],
)
def test_a_lost_ligature_is_put_back(broken: str, mended: str | None) -> None:
    assert ligature_repair(broken) == mended


def test_english_and_letterless_words_are_not_in_the_list() -> None:
    # "at" must stay unknown, or the commonest lost ligature ("att") would go unseen.
    assert not is_known("at") and not is_known("the") and not is_known("tt")


def test_tokens_skip_numbers_and_count_junk() -> None:
    words, junk = tokens("§ 12 Beslut 2023-05-24: sa ml?i l'lats Frostdahl-Blomqvist [X]")
    assert words == ["Beslut", "sa", "Frostdahl", "Blomqvist"]
    assert junk == 2


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Byrådet godkendte forslaget og det blev besluttet at sagen sendes til udvalget fra kommune "
            "hvor der ikke var flertal",
            "da",
        ),
        (
            "Paikallisia järjestelyeriä kohdennettaessa ensisijaisia tavoitteita ovat henkilöstön "
            "saatavuuden turvaaminen ja tuloksellisuutta sekä tuottavuutta jos se on mukaan",
            "fi",
        ),
        ("Kommunstyrelsen beslutar att godkänna förslaget och att uppdra åt förvaltningen", "sv"),
    ],
)
def test_the_language_of_a_page(text: str, code: str) -> None:
    assert language(tokens(text)[0]) == code


# --------------------------------------------------------------------------- pages by hand
def test_no_text_is_flagged() -> None:
    q = page_quality([])
    assert q.flags == ("no text",) and q.score == 0.0


def test_a_stamp_on_a_scan_is_flagged_but_a_short_page_is_not() -> None:
    stamp = lines("Bilaga Stadsstyrelsen, 26.09.2022 § 191")
    assert "sparse text on an image" in page_quality(stamp, image_cover=0.98).flags
    assert page_quality(stamp, image_cover=0.02).trusted
    assert page_quality(stamp).trusted  # without image information a short page is just short


def test_a_danish_page_is_not_judged_by_swedish_words() -> None:
    q = page_quality(
        lines(
            "Byrådet godkendte forslaget, og det blev besluttet at sagen sendes til",
            "udvalget fra kommune, hvor der ikke var flertal for indstillingen.",
        )
    )
    assert q.trusted and q.reason.startswith("not Swedish (da)")


def test_patching_replaces_only_broken_lines_and_keeps_their_place() -> None:
    text = [
        Line(text="3 § Godkännande av föredragningslistan", page=5, x0=72, top=120, x1=300, bottom=132, bold=True),
        Line(text="Benlutande irdhnarhe", page=5, x0=72, top=150, x1=200, bottom=162, bold=True),
    ]
    ocr = [
        Line(text="38 Godkännande av föredragningslistan", page=5, x0=71, top=121, x1=301, bottom=133),
        Line(text="Beslutande ordinarie", page=5, x0=72, top=151, x1=199, bottom=163),
    ]
    patched, n = patch_lines(text, ocr)
    assert n == 1
    assert [ln.text for ln in patched] == ["3 § Godkännande av föredragningslistan", "Beslutande ordinarie"]
    assert patched[1].bold and patched[1].x0 == 72


def test_agreement_is_low_for_a_stamp_against_its_scan() -> None:
    stamp = lines("Bilaga Stadsstyrelsen")
    scan = lines("Bilaga Stadsstyrelsen", "Avtal om samarbete mellan staden och föreningen om vägarna")
    assert agreement(stamp, scan) < 0.3
    assert agreement(scan, scan) == 1.0


# --------------------------------------------------------------------------- glyph repair
def chars(text: str, widths: dict[str, int], font: str = "BAAAAA+Calibri") -> list[dict]:
    """pdfplumber-like chars; a letter's advance is its width in thousandths of the size (10)."""
    return [
        {"text": c, "fontname": font, "size": 10.0, "adv": widths.get(c, 500) / 100, "x0": i * 5.0, "x1": i * 5.0 + 5}
        for i, c in enumerate(text)
    ]


def word(text: str, widths: dict[str, int]) -> dict:
    cs = chars(text, widths)
    return {
        "text": text,
        "x0": 0.0,
        "x1": 5.0 * len(text),
        "top": 0.0,
        "bottom": 10.0,
        "fontname": cs[0]["fontname"],
        "size": 10.0,
        "chars": cs,
    }


def test_a_ligature_glyph_read_as_t_is_read_as_ti() -> None:
    # Calibri: "t" is 334 wide; its "ti" ligature (612) maps to "t" alone in Nykarleby's fonts.
    normal = {"t": 334, "i": 229}
    normal_words = [word(w, normal) for w in ("Sammanträdesplats", "att", "och", "tal", "Stadshuset")]
    broken = word("Sammanträdestd", normal)
    broken["chars"][12]["adv"] = 6.12  # the wide glyph
    mended = repair_words([*normal_words, broken])
    assert mended is not None
    assert mended[-1]["text"] == "Sammanträdestid"
    assert [w["text"] for w in mended[:-1]] == ["Sammanträdesplats", "att", "och", "tal", "Stadshuset"]


@pytest.mark.shared
def test_a_repaired_page_reads_the_same_in_every_process() -> None:
    """String hashing differs between processes (PYTHONHASHSEED); the glyphs' re-readings are
    judged in turn, so their order must not come from a set: the same file, the same text.
    (Pages of a font map that drops ligatures and shifts letters: many suspects.)"""
    path = require(REAL / "nykarleby-ungdomsfullmaktige_2023-01-30_protokoll.pdf")
    script = (
        "import sys; from pathlib import Path; from pipeline.extract import extract\n"
        "doc = extract(Path(sys.argv[1]), ocr=False, pages=[4, 5, 6])\n"
        "print(sorted({p.source for p in doc.pages})); print('\\n'.join(l.text for p in doc.pages for l in p.lines))\n"
    )
    texts = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
        texts.add(done.stdout)
    (text,) = texts
    assert text.startswith("['repaired']")


def test_a_font_with_one_width_per_letter_is_left_alone() -> None:
    words = [word("Beslutande", {}), word("ordinarie", {})]
    assert repair_words(words) is None


def test_a_glyph_whose_width_is_not_its_letters_usual_width_is_a_suspect() -> None:
    usual = GlyphWidths()
    usual.add(chars("hhhhhh", {"h": 525}))
    # on this page the glyph claiming "h" is as narrow as an "i": the map is shifted
    assert ("BAAAAA+Calibri", "h", 229) in suspects([("BAAAAA+Calibri", "h", 229)], usual)
    assert not suspects([("BAAAAA+Calibri", "h", 525)], usual)


# --------------------------------------------------------------------------- real pages
FLAGGED = [  # (file, pages): text layers that must not be trusted
    ("stenalderns-samfallighet_2015-01-15_styrelseprotokoll-badocr.pdf", (1, 2)),  # scanner OCR garbage
    ("stenalderns-samfallighet_2016-11-08_styrelseprotokoll-scan.pdf", (1, 2)),  # no text layer
    ("nykarleby-valfardsnamnden_2022-09-15_protokoll.pdf", (1, 4)),  # "Sammanträdestd", "protokojjet"
    ("nykarleby-radet-for-funktionshindrade_2023-05-24_protokoll.pdf", (1, 4, 5)),  # "Benlutande irdhnarhe"
    ("nykarleby-ungdomsfullmaktige_2023-01-30_protokoll.pdf", (4, 5)),  # "Ungdomsfullmäktgg godkänngr"
    ("nykarleby-ungdomsfullmaktige_2023-05-09_protokoll.pdf", (5, 6, 9)),
    ("nykarleby-stadsstyrelsen_2022-09-26_foredragningslista.pdf", (8, 9)),  # a stamp on a scanned bilaga
]
GOOD = [  # (file, pages): born-digital or good OCR layers to trust as they are
    ("stenalderns-samfallighet_2025-03-13_styrelseprotokoll.pdf", (1, 2, 3)),
    ("stenalderns-samfallighet_2025-04-28_kallelse-underlag.pdf", (1, 2, 3)),
    ("stenalderns-samfallighet_2022-06-01_styrelseprotokoll-ocr.pdf", (1, 2)),  # a good OCR layer
    ("stenalderns-samfallighet_2025-12-16_styrelseprotokoll-ocr.pdf", (1, 2)),
    ("nykarleby-stadsstyrelsen_2022-09-26_foredragningslista.pdf", (14, 15, 16)),  # intact pages
    ("aarhus-byrad_2025-08-27_referat.pdf", (4, 5)),  # Danish: not garbled, only not Swedish
]


def _text_layer(path: Path, pages: tuple[int, ...]) -> dict[int, tuple[list[Line], float | None]]:
    return {raw.number: (raw.lines, raw.image_cover) for raw in ENGINES[DEFAULT_ENGINE](path, pages)}


@pytest.mark.shared
@pytest.mark.parametrize(("name", "pages"), FLAGGED, ids=[f[0][:40] for f in FLAGGED])
def test_untrustworthy_text_layers_are_flagged(name: str, pages: tuple[int, ...]) -> None:
    for number, (page_lines, cover) in _text_layer(real(name), pages).items():
        q = page_quality(page_lines, image_cover=cover)
        assert not q.trusted, f"{name} page {number}: {q}"
        assert q.score < 0.8, f"{name} page {number}: {q}"


@pytest.mark.shared
@pytest.mark.parametrize(("name", "pages"), GOOD, ids=[f[0][:40] for f in GOOD])
def test_good_text_layers_are_trusted(name: str, pages: tuple[int, ...]) -> None:
    for number, (page_lines, cover) in _text_layer(real(name), pages).items():
        q = page_quality(page_lines, image_cover=cover)
        assert q.trusted, f"{name} page {number}: {q}"


@pytest.mark.parametrize("path", sorted((ROOT / "raw").glob("*.pdf")), ids=lambda p: p.stem)
def test_the_bundled_samples_are_trusted_and_never_repaired(path: Path) -> None:
    for raw in ENGINES[DEFAULT_ENGINE](path):
        q = page_quality(raw.lines, image_cover=raw.image_cover)
        assert q.trusted and q.score >= 0.8, f"{path.name} page {raw.number}: {q}"
        assert raw.repaired is None


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("nykarleby-valfardsnamnden_2022-09-15_protokoll.pdf", ["Sammanträdestid", "ersättare"]),
        ("nykarleby-ungdomsfullmaktige_2023-01-30_protokoll.pdf", ["Sammanträdestid", "Ersättare", "underskrifter"]),
        ("nykarleby-ungdomsfullmaktige_2023-05-09_protokoll.pdf", ["Sammanträdestid", "Ersättare", "underskrifter"]),
    ],
)
def test_lost_ligatures_are_repaired_from_the_glyphs_without_ocr(name: str, words: list[str]) -> None:
    page = extract(real(name), ocr=False, pages=[1]).pages[0]
    assert page.source == "repaired"
    text = page.text
    for w in words:
        assert w in text.split(), w
    assert "Sammanträdestd" not in text and "Ersätare" not in text
