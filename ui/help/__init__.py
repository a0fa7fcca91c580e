"""The user guide in the program: the help window (topics from ``resources/help/<language>/``) and the F1 key that
opens the page for the screen in front.

Other rooms and the window use what is named here; the modules inside are this room's own. A screen names its
page with ``widget.setProperty(TOPIC_PROPERTY, "move-out")``.
"""

from __future__ import annotations

from ui.help.guide import UserGuide
from ui.help.help_window import HelpWindow
from ui.help.topics import CLASS_TOPICS, DEFAULT_TOPIC, HELP, TOPIC_PROPERTY, TOPICS, title_of, topic_file, topic_for

__all__ = [
    "CLASS_TOPICS",
    "DEFAULT_TOPIC",
    "HELP",
    "TOPICS",
    "TOPIC_PROPERTY",
    "HelpWindow",
    "UserGuide",
    "title_of",
    "topic_file",
    "topic_for",
]
