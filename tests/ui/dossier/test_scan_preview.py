"""The scan preview reads an image off the UI thread, and shows it only if it is still the one asked for."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.dossier import AttachmentFile, DocumentRow
from app.dossier.documents import AttachmentInfo
from tests.ui.dossier.test_dossier import make_pdf, make_png
from ui.dossier import scan_preview
from ui.dossier.scan_preview import ScanPreview

pytestmark = pytest.mark.qt


def _document(*attachments: tuple[int, str, str]) -> DocumentRow:
    return DocumentRow(
        id=1,
        dossier_id=1,
        category="correspondence",
        doc_date=dt.date(2026, 1, 5),
        title="来函",
        reference_no="",
        issuer="",
        pages=1,
        is_original=False,
        paper_location="",
        notes="",
        recorded_by="王小明",
        recorded_at=dt.datetime(2026, 1, 5, 9, 0),
        attachments=tuple(AttachmentInfo(i, name, 100, media, "0" * 64) for i, name, media in attachments),
        version=1,
    )


def test_an_image_is_decoded_off_the_ui_thread(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    png = make_png(tmp_path / "photo.png")
    threads: list[bool] = []
    read = scan_preview._read_image

    def spying(path: str) -> tuple[QImage, int]:
        threads.append(threading.current_thread() is threading.main_thread())
        return read(path)

    monkeypatch.setattr(scan_preview, "_read_image", spying)
    preview = ScanPreview(lambda _id: AttachmentFile(png, "photo.png", "image/png", "0" * 64))
    qtbot.addWidget(preview)
    preview.show_document(_document((7, "photo.png", "image/png")))
    qtbot.waitUntil(lambda: preview.stack.currentIndex() == ScanPreview.IMAGE)
    assert not preview.image_view.pixmap().isNull()
    assert threads == [False]  # read on a worker thread, shown on the UI thread
    assert "60 × 80" in preview.info.text()


def test_an_image_read_for_a_document_left_meanwhile_is_not_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    png = make_png(tmp_path / "photo.png")
    pdf = make_pdf(tmp_path / "letter.pdf", 2)
    release = threading.Event()
    read = scan_preview._read_image

    def slow(path: str) -> tuple[QImage, int]:
        release.wait(10)  # the clerk moves to the next document before this image is decoded
        return read(path)

    monkeypatch.setattr(scan_preview, "_read_image", slow)
    files = {
        7: AttachmentFile(png, "photo.png", "image/png", "0" * 64),
        8: AttachmentFile(pdf, "letter.pdf", "application/pdf", "1" * 64),
    }
    preview = ScanPreview(lambda attachment_id: files[attachment_id])
    qtbot.addWidget(preview)
    preview.show_document(_document((7, "photo.png", "image/png")))
    assert preview.stack.currentIndex() == ScanPreview.NOTE  # "reading…" meanwhile, the window not held up
    preview.show_document(_document((8, "letter.pdf", "application/pdf")))
    assert preview.stack.currentIndex() == ScanPreview.PDF and preview.page_count() == 2
    with qtbot.waitSignal(next(iter(scan_preview._RUNNING)).finished):
        release.set()
    qtbot.waitUntil(lambda: not scan_preview._RUNNING)
    assert preview.stack.currentIndex() == ScanPreview.PDF  # the late image did not replace the PDF
    assert preview.image_view.pixmap().isNull()
