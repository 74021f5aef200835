"""No screen text is written in the code in English only: every string a widget shows goes
through tr() (or QCoreApplication.translate), so lupdate finds it and translators see it.

The scan reads the source (no Qt needed): a string constant, an f-string or a concatenation
with letters in it, given directly as the text of a widget or a dialog, is a finding.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "hrjournal" / "ui"

# The call, and which of its positional arguments are text the user sees (or hears: the
# accessible names a screen reader speaks).
TEXT_ARGUMENTS: dict[str, tuple[int, ...]] = {
    # Qt's setters
    "setText": (0,),
    "setWindowTitle": (0,),
    "setWindowIconText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTitle": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setLabelText": (0,),
    "setSpecialValueText": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setButtonText": (1,),
    "setItemText": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "addRow": (0,),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "showMessage": (0,),
    # QMessageBox, QInputDialog and QFileDialog's static functions: (parent, title, text...)
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    # Qt's constructors
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QCommandLinkButton": (0, 1),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QMessageBox": (1, 2),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    # Our own helpers, which pass their text on to one of the above
    "secret_field": (1,),
    "message_label": (1,),
    "show_message": (1,),
    "confirm": (1, 2, 3),
    "open_file": (1, 2),
    "open_files": (1, 2),
    "save_file": (1, 3),
    "VocabularyCombo": (1,),
    "VocabularyChecklist": (1,),
    "CountryCombo": (0,),
    "DateField": (0,),
    "DateCell": (0,),
    "TextCell": (0,),
    "NumberCell": (2,),
}
TEXT_KEYWORDS = {"text", "title", "label", "header", "accessible_name"}

# (file, text): why it is right to show it untranslated.
ALLOWED = {
    ("language_view.py", "<h2>Language · اللغة · Idioma · Langue · Язык · زبان</h2>"): (
        "the language chooser's heading says 'Language' in every language at once: whoever "
        "reads it may not read the current one"
    ),
}


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def literal_text(node: ast.expr) -> str | None:
    """The words of `node` written in the code, if it is text not passed through tr: a
    constant, an f-string's fixed parts, a + or % of them, or "...".format(...)."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        parts = (literal_text(node.left), literal_text(node.right))
        return "".join(p for p in parts if p) if any(p is not None for p in parts) else None
    if isinstance(node, ast.IfExp):
        parts = (literal_text(node.body), literal_text(node.orelse))
        return "".join(p for p in parts if p) if any(p is not None for p in parts) else None
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return literal_text(node.func.value)
    return None


def _texts(call: ast.Call) -> list[ast.expr]:
    """The arguments of `call` that are shown as text (each item of a list of them)."""
    name = _call_name(call)
    chosen = [call.args[i] for i in TEXT_ARGUMENTS.get(name or "", ()) if i < len(call.args)]
    chosen += [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
    found: list[ast.expr] = []
    for argument in chosen:
        found.extend(argument.elts if isinstance(argument, ast.List | ast.Tuple) else [argument])
    return found


def scan(source: str, filename: str) -> tuple[list[str], int]:
    """The findings in one file, and how many text arguments were looked at."""
    findings = []
    looked_at = 0
    for node in ast.walk(ast.parse(source, filename=filename)):
        if not isinstance(node, ast.Call):
            continue
        for argument in _texts(node):
            looked_at += 1
            text = literal_text(argument)
            if text is None or not any(c.isalpha() for c in text):
                continue  # through tr, a variable, empty, or only digits and signs
            if (filename, text) not in ALLOWED:
                findings.append(f"{filename}:{node.lineno}: {_call_name(node)}({text!r})")
    return findings, looked_at


def test_every_text_a_widget_shows_goes_through_tr() -> None:
    findings: list[str] = []
    looked_at = 0
    for path in sorted(UI.glob("*.py")):
        found, count = scan(path.read_text(encoding="utf-8"), path.name)
        findings += found
        looked_at += count
    assert looked_at > 500, "the scan no longer sees the screens' texts"
    assert findings == [], "not passed through tr():\n" + "\n".join(findings)


def test_the_scan_finds_what_it_is_for() -> None:
    source = """
label = QLabel("Save the report", self)
self.setWindowTitle(f"Journal of {name}")
button.setText("Open " + name)
box.addItem("Other", "other")
table.setHorizontalHeaderLabels([self.tr("When"), "Where"])
note = message_label(self, "Report message")
fine = QLabel(self.tr("Save the report"), self)
fine.setText(self.tr("%1 of %2").replace("%1", "1"))
fine.setText("")
fine.setText("• " + ", ".join(items))
fine.setText(str(count))
box.addItem(QCoreApplication.translate("template", title), key)
"""
    findings, _ = scan(source, "example.py")
    assert [f.split(": ", 1)[1] for f in findings] == [
        "QLabel('Save the report')",
        "setWindowTitle('Journal of ')",
        "setText('Open ')",
        "addItem('Other')",
        "setHorizontalHeaderLabels('Where')",
        "message_label('Report message')",
    ]


def test_every_allowed_text_is_still_there_and_says_why() -> None:
    for (filename, text), reason in ALLOWED.items():
        assert len(reason) > 20
        assert text in (UI / filename).read_text(encoding="utf-8"), (filename, text)
