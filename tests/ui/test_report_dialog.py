"""The PDF report dialog, driven through its real widgets on the example journal: what each
profile leaves out, the password, real exports from the views, and the lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from hrjournal.services import exports, records, reports
from hrjournal.services.reports import ReportKind
from hrjournal.ui import report_wording
from hrjournal.ui.contacts_view import ContactsView
from hrjournal.ui.incidents_view import IncidentsView
from hrjournal.ui.plans_view import PlansView
from hrjournal.ui.report_dialog import ReportDialog, ReportSubject, suggested_name
from hrjournal.ui.session import JournalSession
from tests.support.pdf import all_text

TITLE = "Registro de la oficina y decomiso de equipos"  # an incident of the example journal
PASSWORD = "a long PDF password"


def _incident_uid(session: JournalSession, title: str = TITLE) -> str:
    return next(row.uid for row in records.list_incidents(session.journal) if row.title == title)


_opened: list[ReportDialog] = []


@pytest.fixture(autouse=True)
def _close_dialogs() -> Iterator[None]:
    """A report dialog deletes itself when closed; those still open are closed here (not
    through qtbot, which would close them again after they are gone)."""
    yield
    for dialog in _opened:
        if isValid(dialog):
            dialog.close()
    _opened.clear()


def _kept(dialog: ReportDialog | None) -> ReportDialog:
    assert dialog is not None
    _opened.append(dialog)
    return dialog


def _dialog(session: JournalSession, subject: ReportSubject) -> ReportDialog:
    dialog = _kept(ReportDialog(session, subject))
    dialog.show()
    return dialog


def _incident_dialog(session: JournalSession) -> ReportDialog:
    return _dialog(session, ReportSubject(ReportKind.INCIDENT, _incident_uid(session)))


def _save(qtbot: QtBot, dialog: ReportDialog, path: Path) -> None:
    dialog.export_to(path)
    qtbot.waitUntil(lambda: not dialog.working, timeout=60000)
    assert dialog.message.text().startswith(f"Saved {path}"), dialog.message.text()


def _answer_with(path: Path) -> None:
    """Choose `path` in the next file dialog, as a user would."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setDirectory(str(path.parent))
        # Typed over the suggested name, as a user would (selectFile waits for a folder
        # listing an offscreen test never finishes).
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(path.name)
        # done() rather than accept(): accept() waits for a folder listing that an offscreen
        # test never lets finish.
        dialog.done(QFileDialog.DialogCode.Accepted)

    QTimer.singleShot(20, answer)


def _bullets(dialog: ReportDialog) -> list[str]:
    return [line for line in dialog.removed.text().splitlines() if line.startswith("•")]


def test_the_dialog_defaults_to_share_and_says_what_it_leaves_out(
    qtbot: QtBot, example_session: JournalSession
) -> None:
    dialog = _incident_dialog(example_session)
    assert dialog.share.isChecked()
    assert dialog.chosen_profile() is reports.Profile.SHARE
    assert len(_bullets(dialog)) == len(reports.SHARE_REMOVES["incident"])
    assert "Sources and witnesses." in dialog.removed.text()
    assert "Private notes." in dialog.removed.text()
    assert dialog.kept.isVisible()
    assert "kept as written" in dialog.kept.text()
    # Images of the evidence follow the profile: none in a shared copy.
    assert dialog.images.isVisible()
    assert not dialog.images.isChecked()
    assert "Incident report" in dialog.windowTitle()


def test_full_changes_the_list_and_the_images_until_the_user_chooses(
    qtbot: QtBot, example_session: JournalSession
) -> None:
    dialog = _incident_dialog(example_session)
    dialog.full.click()
    assert _bullets(dialog) == []
    assert dialog.removed.text().startswith("Nothing is removed")
    assert not dialog.kept.isVisible()
    assert dialog.images.isChecked()
    dialog.share.click()
    assert not dialog.images.isChecked()
    assert len(_bullets(dialog)) == len(reports.SHARE_REMOVES["incident"])
    dialog.images.click()  # the user's own choice now stays
    dialog.full.click()
    dialog.share.click()
    assert dialog.images.isChecked()


def test_each_kind_lists_its_own_removals(qtbot: QtBot, example_session: JournalSession) -> None:
    for kind in (ReportKind.INCIDENTS, ReportKind.CONTACTS):
        dialog = _dialog(example_session, ReportSubject(kind))
        assert dialog.share.isChecked()
        assert len(_bullets(dialog)) == len(reports.SHARE_REMOVES[kind.value])
        assert not dialog.images.isVisible()  # images belong to an incident report only
        dialog.close()


def test_a_safety_plan_is_made_only_in_full_and_a_password_is_proposed(
    qtbot: QtBot, example_session: JournalSession
) -> None:
    dialog = _dialog(example_session, ReportSubject(ReportKind.PLAN))
    assert dialog.full.isChecked()
    assert not dialog.share.isEnabled()
    assert dialog.removed.text().startswith("Nothing is removed")
    assert dialog.protect.isChecked()
    dialog.choose_file()  # no password typed yet: asked for one, nothing else happens
    assert "at least 8" in dialog.password_message.text()


def test_the_app_has_its_own_words_for_everything_a_profile_removes() -> None:
    assert set(report_wording.removed_sentences()) == set(reports.REMOVED_SENTENCES)
    for kind in ReportKind:
        lines = report_wording.removed_lines(kind, reports.Profile.SHARE)
        assert len(lines) == len(reports.SHARE_REMOVES[kind.value])
        assert report_wording.removed_lines(kind, reports.Profile.FULL) == []


@pytest.mark.parametrize(
    ("password", "again", "problem"),
    [
        ("a long PDF password", "a long PDF passwort", "not the same"),
        ("short", "short", "at least 8"),
    ],
)
def test_a_password_that_cannot_be_used_is_refused_and_nothing_is_written(
    qtbot: QtBot,
    example_session: JournalSession,
    tmp_path: Path,
    password: str,
    again: str,
    problem: str,
) -> None:
    dialog = _incident_dialog(example_session)
    assert not dialog.password.isEnabled()
    dialog.protect.click()
    assert dialog.password.isEnabled()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    dialog.password.setText(password)
    dialog.again.setText(again)
    out = tmp_path / "out"
    out.mkdir()
    asked: list[Path] = []

    def choose() -> Path:
        asked.append(out / "never.pdf")
        return asked[-1]

    dialog.choose_path = choose
    dialog.choose_file()
    assert problem in dialog.password_message.text()
    assert asked == []  # refused before asking where to save
    dialog.export_to(out / "never.pdf")
    assert problem in dialog.password_message.text()
    assert not dialog.working
    assert list(out.iterdir()) == []
    assert exports.list_exports(example_session.journal) == []


def test_a_shared_incident_report_is_saved_and_registered(
    qtbot: QtBot, example_session: JournalSession, tmp_path: Path
) -> None:
    dialog = _incident_dialog(example_session)
    target = tmp_path / "incident.pdf"
    _save(qtbot, dialog, target)
    content = target.read_bytes()
    assert content.startswith(b"%PDF")
    message = dialog.message.text()
    assert message.startswith(f"Saved {target}")
    assert "export register" in message
    assert "no password" in message
    [listed] = exports.list_exports(example_session.journal)
    assert listed.record.kind == "incident"
    assert listed.record.profile == "share"
    assert not listed.record.protected
    assert TITLE in all_text(content)  # the user's own title is kept as written


def test_a_protected_report_hides_the_title_until_the_password_is_given(
    qtbot: QtBot, example_session: JournalSession, tmp_path: Path
) -> None:
    dialog = _incident_dialog(example_session)
    dialog.protect.click()
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    target = tmp_path / "protected.pdf"
    _save(qtbot, dialog, target)
    content = target.read_bytes()
    assert content.startswith(b"%PDF")
    assert TITLE.encode() not in content
    assert TITLE.encode("utf-16-be") not in content
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(target)
    assert TITLE in all_text(content, PASSWORD)
    assert "no password" not in dialog.message.text()
    assert exports.list_exports(example_session.journal)[0].record.protected


def test_the_summary_reports_the_lists_filter_through_the_file_dialog(
    qtbot: QtBot, example_session: JournalSession, tmp_path: Path
) -> None:
    view = IncidentsView(example_session)
    qtbot.addWidget(view)
    view.refresh()
    assert view.model.rowCount() == 2
    view.status_filter.set_key("follow_up")
    view.search.setText("decomiso")
    dialog = _kept(view.report_summary())
    assert view.model.rowCount() == 1
    assert "Status: " in dialog.about.text()
    assert "Search: decomiso" in dialog.about.text()
    assert dialog.subject.where is not None
    assert dialog.subject.where.status == "follow_up"

    target = tmp_path / "summary-for-the-lawyer.pdf"
    _answer_with(target)
    dialog.choose_file()
    qtbot.waitUntil(lambda: not dialog.working, timeout=60000)
    assert dialog.message.text().startswith(f"Saved {target}"), dialog.message.text()
    text = all_text(target.read_bytes())
    assert target.read_bytes().startswith(b"%PDF")
    assert "decomiso" in text.lower()  # the chosen incident's title
    assert "تهديد" not in text  # the other incident is not chosen
    # A shared copy does not repeat the search words, which may be a name.
    assert "Search: decomiso" not in text
    assert "Matching a search" in text
    assert [e.record.kind for e in exports.list_exports(example_session.journal)] == ["incidents"]


def test_a_summary_of_nothing_is_not_offered(qtbot: QtBot, example_session: JournalSession) -> None:
    view = IncidentsView(example_session)
    qtbot.addWidget(view)
    view.refresh()
    view.search.setText("nothingofthiskind")
    assert view.report_summary() is None
    assert "nothing to sum up" in view.message.text()


def test_the_views_offer_reports_on_what_they_show(
    qtbot: QtBot, example_session: JournalSession, tmp_path: Path
) -> None:
    incidents = IncidentsView(example_session)
    qtbot.addWidget(incidents)
    incidents.refresh()
    assert not incidents.report_button.isEnabled()  # nothing open yet
    assert incidents.report_selected() is None
    uid = _incident_uid(example_session)
    incidents.open_record(uid)
    assert incidents.report_button.isEnabled()
    dialog = _kept(incidents.report_selected())
    assert dialog.subject == ReportSubject(ReportKind.INCIDENT, uid, dialog.subject.about)
    assert TITLE in dialog.about.text()
    dialog.reject()
    incidents.new_record()
    assert not incidents.report_button.isEnabled()

    plans = PlansView(example_session)
    qtbot.addWidget(plans)
    plans.refresh()
    assert not plans.report_button.isEnabled()
    plans.open_record(str(plans.model.uid_at(0)))
    plan_dialog = _kept(plans.report_selected())
    assert plan_dialog.subject.kind is ReportKind.PLAN
    plan_dialog.password.setText(PASSWORD)
    plan_dialog.again.setText(PASSWORD)
    _save(qtbot, plan_dialog, tmp_path / "plan.pdf")
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert "Plan for the trial weeks" in all_text((tmp_path / "plan.pdf").read_bytes(), PASSWORD)

    contacts = ContactsView(example_session)
    qtbot.addWidget(contacts)
    card = _kept(contacts.report_card())
    assert card.subject.kind is ReportKind.CONTACTS
    card.full.click()
    _save(qtbot, card, tmp_path / "card.pdf")
    assert "Elena Ruiz Torres" in all_text((tmp_path / "card.pdf").read_bytes())


def test_the_suggested_name_says_nothing_of_the_records() -> None:
    name = suggested_name(ReportKind.INCIDENT)
    assert name.startswith("incident-")
    assert name.endswith(".pdf")
    assert len(name) == len("incident-20250101.pdf")


def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    qtbot: QtBot, example_session: JournalSession, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the user's own file")
    dialog = _incident_dialog(example_session)
    dialog.choose_path = lambda: target
    dialog.confirm = lambda *_arguments: False
    dialog.choose_file()
    assert not dialog.working
    assert target.read_bytes() == b"the user's own file"
    dialog.confirm = lambda *_arguments: True
    dialog.choose_file()
    qtbot.waitUntil(lambda: not dialog.working, timeout=60000)
    assert target.read_bytes().startswith(b"%PDF")


def test_closing_or_locking_forgets_the_password(
    qtbot: QtBot, example_session: JournalSession
) -> None:
    dialog = _incident_dialog(example_session)
    dialog.protect.click()
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Esc closes
    assert not dialog.isVisible()
    assert dialog.password.text() == ""
    assert dialog.again.text() == ""

    locked = _incident_dialog(example_session)
    locked.protect.click()
    locked.password.setText(PASSWORD)
    locked.again.setText(PASSWORD)
    example_session.lock()
    assert not locked.isVisible()
    assert locked.password.text() == ""
    assert locked.about.text() == ""


def test_every_control_of_the_dialog_has_an_accessible_name(
    qtbot: QtBot, example_session: JournalSession
) -> None:
    dialog = _incident_dialog(example_session)
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractSpinBox)
    nameless = [
        widget
        for kind in kinds
        for widget in dialog.findChildren(kind)
        if not widget.accessibleName() and not widget.objectName().startswith("qt_")
    ]
    assert nameless == []
    assert all(
        "&" in button.text()
        for button in (dialog.share, dialog.full, dialog.images, dialog.protect, dialog.save_button)
    )


def test_a_lock_in_the_window_closes_the_dialog(qtbot: QtBot, example_dir: Path) -> None:
    from hrjournal.ui.jobs import jobs_running
    from hrjournal.ui.main_window import MainWindow
    from tests.support.journals import PASSPHRASE

    window = MainWindow(example_dir)
    qtbot.addWidget(window)
    window.show()
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.unlock()
    qtbot.waitUntil(lambda: jobs_running() == 0 and window.session.is_open, timeout=20000)
    incidents = window.journal_view.incidents
    incidents.open_record(_incident_uid(window.session))
    dialog = _kept(incidents.report_selected())
    assert dialog.isVisible()
    dialog.protect.click()
    dialog.password.setText(PASSWORD)
    window.lock()
    assert not dialog.isVisible()
    assert dialog.password.text() == ""
    visible: list[QWidget] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ReportDialog) and w.isVisible()
    ]
    assert visible == []
