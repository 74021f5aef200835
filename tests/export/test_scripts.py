"""Every script the program promises prints with real glyphs from the bundled fonts.

Each sample becomes a one-page document, rendered to PNG by poppler: the page must have ink
where the text is, and the text must be drawn in the font made for its script (an unknown
character would otherwise print as an empty box). Set HRJOURNAL_KEEP_RENDERINGS=DIR to keep
the PNGs and look at them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from hrjournal.export import blocks
from hrjournal.export.pages import ReportInfo, build_pdf
from hrjournal.export.profiles import Profile

PDFTOPPM = shutil.which("pdftoppm")
PDFFONTS = shutil.which("pdffonts")

SAMPLES = {
    "latin": ("Déclaration de témoin: l'officier a saisi l'ordinateur à 7h30.", "DejaVuSans"),
    "cyrillic": ("Свидетель видел, как полиция изъяла компьютеры в 7:30.", "DejaVuSans"),
    "greek": ("Ο μάρτυρας είδε την αστυνομία να κατάσχει τους υπολογιστές.", "DejaVuSans"),
    "arabic": (
        "رأى الشاهد الشرطة تصادر أجهزة الكمبيوتر في الساعة 7:30 صباحاً، وكان معه English "
        "notes وأرقام ١٢٣ في سطور كثيرة تلتف على عرض الصفحة بالترتيب الصحيح.",
        "NotoSansArabic",
    ),
    "persian": (
        "شاهد دید که پلیس رایانه‌ها را در ساعت ۷:۳۰ توقیف کرد؛ او می‌گوید سه نفر بودند.",
        "NotoSansArabic",
    ),
    "burmese": ("သက်သေက ရဲများ ကွန်ပျူတာများကို သိမ်းဆည်းသွားသည်ကို မြင်ခဲ့သည်။", "NotoSansMyanmar"),
    "chinese": (
        "证人看到警察在早上七点三十分没收了电脑。證人看見警察沒收電腦。",
        "DroidSansFallback",
    ),
}


def _render(content: bytes, folder: Path, name: str) -> Image.Image:
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(content)
    subprocess.run(
        [PDFTOPPM, "-r", "72", "-png", "-singlefile", str(pdf), str(folder / name)], check=True
    )
    keep = os.environ.get("HRJOURNAL_KEEP_RENDERINGS")
    if keep:
        shutil.copy(folder / f"{name}.png", Path(keep) / f"{name}.png")
    return Image.open(folder / f"{name}.png").convert("L")


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return sum(1 for value in image.crop(box).get_flattened_data() if value < 128)


@pytest.mark.skipif(PDFTOPPM is None or PDFFONTS is None, reason="needs poppler-utils")
@pytest.mark.parametrize("script", list(SAMPLES))
def test_each_script_renders_with_its_own_font(script: str, tmp_path: Path) -> None:
    sample, font = SAMPLES[script]
    info = ReportInfo.now("Script test", Profile.FULL)
    story = [*blocks.title(sample[:30]), blocks.paragraph(sample * 3)]
    content = build_pdf(story, info)
    image = _render(content, tmp_path, script)
    # The text sits under the banner (top 60 px at 72 dpi) and above the footer.
    body = (40, 70, image.width - 40, image.height - 80)
    assert _ink(image, body) > 400, f"the {script} page is blank"
    fonts = subprocess.run(
        [PDFFONTS, str(tmp_path / f"{script}.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert font in fonts, fonts
    assert "Helvetica" not in fonts  # no font the reader's system would have to supply


@pytest.mark.skipif(PDFTOPPM is None, reason="needs poppler-utils")
def test_right_to_left_paragraphs_are_aligned_right(tmp_path: Path) -> None:
    sample, _ = SAMPLES["arabic"]
    short = sample.split("،")[0]
    info = ReportInfo.now("Alignment", Profile.FULL)
    image = _render(build_pdf([blocks.paragraph(short)], info), tmp_path, "alignment")
    line = (40, 70, image.width - 40, 110)
    left, right = (
        _ink(image, (line[0], 70, image.width // 2, 110)),
        _ink(image, (image.width // 2, 70, line[2], 110)),
    )
    assert right > left * 3
