"""The incident summary of 1,000 incidents, against plain reportlab laying out the same text.

    .venv/bin/python benchmarks/export.py [--incidents 1000] [--out benchmarks/results/export.json]

Generates incidents with mixed-script titles and places (Spanish, French, Arabic, Russian,
Chinese), imports them into a real journal, then in separate processes (so each peak memory
is that side's own):

- ours: `hrjournal report incidents --profile full` as the program does it: read and redact the
  incidents from the encrypted journal, lay out the table, the timeline and both charts with
  our own line layout, finish with pypdf; and the layout alone on incidents already read;
- plain: a reportlab script with the same fonts laying out the same rows as Paragraphs in a
  Table (the text escaped), no charts, no redaction, no metadata pass;
- the time to encrypt the finished PDF (AES-256) against finishing it without a password.

Prints and saves JSON with medians and the ratios ours / plain.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from peak_memory import peak_mb  # beside this script

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark passphrase, never a real one"
RUNS = 3
WORDS = {
    "es": "detención arbitraria de la defensora frente a la oficina comunitaria",
    "fr": "perquisition du bureau de l'avocate et saisie des ordinateurs portables",
    "ar": "مداهمة مكتب المحامية ومصادرة أجهزة الكمبيوتر المحمولة",
    "ru": "обыск в офисе адвоката и изъятие ноутбуков",
    "zh": "警察搜查律师事务所并没收笔记本电脑",
}
PLACES = [
    ("MX", "Oaxaca de Juárez"),
    ("EG", "القاهرة"),
    ("RU", "Москва"),
    ("FR", "Lyon"),
    ("CN", "北京"),
]
TYPES = [
    "threats::death_threat",
    "liberty::arrest",
    "raids_and_property::raid",
    "digital::phishing",
    "judicial_harassment::charges",
    "surveillance::physical",
]


def generate(path: Path, count: int) -> None:
    rng = random.Random(5)
    incidents = []
    for n in range(count):
        language = rng.choice(list(WORDS))
        country, locality = rng.choice(PLACES)
        incidents.append(
            {
                "id": f"i-{n}",
                "title": f"{WORDS[language]} ({n})",
                "description": " ".join(rng.choice(list(WORDS.values())) for _ in range(8)),
                "start": f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-"
                f"{rng.randint(1, 28):02d}",
                "location": {"country": country, "locality": locality, "region": "Region"},
                "types": rng.sample(TYPES, rng.randint(1, 3)),
            }
        )
    document = {"format": "hrjournal/1", "contacts": [], "incidents": incidents, "safety_plans": []}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def _median(action: Any, runs: int = RUNS) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def side_ours(journal: Path) -> dict[str, Any]:
    from hrjournal.export.incident_summary import incident_summary
    from hrjournal.export.pages import ReportInfo, build_pdf
    from hrjournal.export.profiles import Profile
    from hrjournal.export.protect import finish_pdf
    from hrjournal.services import journal as journals
    from hrjournal.services.catalog import catalog
    from hrjournal.services.reports import ReportKind, ReportRequest, build_report
    from hrjournal.store import incidents as store

    with journals.unlocked(journal, PASSPHRASE) as opened:
        request = ReportRequest(ReportKind.INCIDENTS, Profile.FULL)
        end_to_end, built = _median(lambda: build_report(opened, request))
        known = catalog()
        chosen = [
            store.get_incident(opened.connection, known, uid)
            for uid in store.all_incident_uids(opened.connection)
        ]

    def layout_only() -> bytes:
        info = ReportInfo.now("Incident summary", Profile.FULL)
        return build_pdf(incident_summary(chosen, [], known, info), info)

    layout_s, document = _median(layout_only)
    plain_finish, _ = _median(lambda: finish_pdf(document, "Incident summary", None), 5)
    encrypted_finish, _ = _median(lambda: finish_pdf(document, "Incident summary", "pw-123456"), 5)
    return {
        "end_to_end_s": round(end_to_end, 3),
        "layout_only_s": round(layout_s, 3),
        "pdf_bytes": len(built.content),
        "finish_without_password_ms": round(plain_finish * 1000, 1),
        "finish_with_aes256_ms": round(encrypted_finish * 1000, 1),
        "peak_memory_mb": peak_mb(),
    }


def side_plain(data: Path) -> dict[str, Any]:
    import io
    from xml.sax.saxutils import escape

    from hrjournal.resources import font  # the same font files, read the same way
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    pdfmetrics.registerFont(TTFont("Plain", io.BytesIO(font("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont("PlainCJK", io.BytesIO(font("DroidSansFallbackFull.ttf"))))
    incidents = json.loads(data.read_text(encoding="utf-8"))["incidents"]
    style = ParagraphStyle("cell", fontName="Plain", fontSize=8, leading=10.8)

    def build() -> bytes:
        buffer = io.BytesIO()
        document = SimpleDocTemplate(buffer, pagesize=A4)
        rows = [
            [
                Paragraph(escape(text), style)
                for text in ("Reference", "When", "Title", "What happened", "Where")
            ]
        ]
        for n, incident in enumerate(incidents, start=1):
            place = incident["location"]
            cells = [
                f"INC-{n:04d}",
                incident["start"],
                incident["title"],
                "\n".join(incident["types"]),
                f"{place['locality']}, {place['country']}",
            ]
            rows.append([Paragraph(escape(cell), style) for cell in cells])
        widths = [26 * mm, 28 * mm, 62 * mm, 42 * mm, 20 * mm]
        document.build([Table(rows, colWidths=widths, repeatRows=1)])
        return buffer.getvalue()

    seconds, content = _median(build)
    return {"layout_s": round(seconds, 3), "pdf_bytes": len(content), "peak_memory_mb": peak_mb()}


def _child(side: str, path: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, __file__, "--side", side, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return dict(json.loads(result.stdout))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/export.json")
    parser.add_argument("--side", nargs=2, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.side:
        side, path = arguments.side
        found = side_ours(Path(path)) if side == "ours" else side_plain(Path(path))
        print(json.dumps(found))
        return

    # The journal is a throwaway: cheap key derivation keeps the set-up short; unlocking is
    # not what is measured here.
    os.environ["HRJOURNAL_INSECURE_CHEAP_KDF_FOR_TESTS"] = "1"
    sys.path.insert(0, str(ROOT))
    from hrjournal.services import interchange, journal

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data = work / "incidents.json"
        generate(data, arguments.incidents)
        journal.create_journal(work / "journal", PASSPHRASE)
        with journal.unlocked(work / "journal", PASSPHRASE) as opened:
            interchange.import_json(opened, data)
        ours = _child("ours", work / "journal")
        plain = _child("plain", data)
    results = {
        "benchmark": "export",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "incidents": arguments.incidents,
        "ours": ours,
        "plain_reportlab": plain,
        "ratios": {
            "end_to_end_vs_plain": round(ours["end_to_end_s"] / plain["layout_s"], 2),
            "layout_only_vs_plain": round(ours["layout_only_s"] / plain["layout_s"], 2),
            "peak_memory_vs_plain": round(ours["peak_memory_mb"] / plain["peak_memory_mb"], 2),
        },
        "targets": {"ratio_under": 2.0, "peak_memory_mb_under": 400},
    }
    print(json.dumps(results, indent=2))
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
