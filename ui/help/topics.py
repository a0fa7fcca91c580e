"""The user guide's pages: where they live, in which language, their titles, and which page a screen asks for.

The guide is Markdown in ``resources/help/<language>/<topic>.md`` (the file name is the topic id). A language
whose page is missing shows the English one, so a new topic can be written in English first.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QWidget

from resources import FOLDER as RESOURCES
from ui.translations import language_for_locale

HELP = RESOURCES / "help"
FALLBACK = "en"
DEFAULT_TOPIC = "desk"
TOPIC_PROPERTY = "helpTopic"

# The order of the list in the help window: the day's work first, the IT person's page last.
TOPICS = (
    "index",
    "desk",
    "move-in",
    "move-out",
    "labels",
    "scan-covers",  # issue 21
    "scan-inbox",  # issue 21
    "archive",
    "loans",
    "fees",
    "services",
    "forms",
    "signatories",  # issue 20
    "survey",
    "dashboard",
    "import",
    "backups",
    "server",
    "people",
    "command-line",
)

# Windows whose files belong to rooms this module may not edit (the archive room, the approvals room) get their
# page by class name; every other screen says it itself with the ``helpTopic`` property.
CLASS_TOPICS = {
    "ArchiveWizard": "archive",
    "BindDialog": "archive",
    "ArchiveBrowser": "archive",
    "ApprovalsWaitingWindow": "loans",
    "CountersignDialog": "loans",
}

_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


def help_language() -> str:
    """The interface language (the default locale ``ui.translations.install`` set): zh_CN, zh_TW or en."""
    return language_for_locale(QLocale())


def topic_file(topic: str, language: str, folder: Path = HELP) -> Path:
    """The page of ``topic`` in ``language``, or the English one when that language lacks it."""
    page = folder / language / f"{topic}.md"
    return page if page.exists() else folder / FALLBACK / f"{topic}.md"


def topic_text(topic: str, language: str, folder: Path = HELP) -> str:
    page = topic_file(topic, language, folder)
    return page.read_text(encoding="utf-8") if page.exists() else ""


def title_of(markdown: str, default: str = "") -> str:
    """A page's title: its first level-one heading."""
    found = _HEADING.search(markdown)
    return found.group(1) if found else default


def topic_for(widget: QObject | None) -> str:
    """The page for a screen: the first ``helpTopic`` property (or known window class) from ``widget`` up through
    its parents; the desk's page when none says."""
    while widget is not None:
        topic = widget.property(TOPIC_PROPERTY)
        if isinstance(topic, str) and topic:
            return topic
        by_class = CLASS_TOPICS.get(type(widget).__name__)
        if by_class is not None:
            return by_class
        widget = widget.parentWidget() if isinstance(widget, QWidget) else widget.parent()
    return DEFAULT_TOPIC
