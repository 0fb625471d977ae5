"""What an appendix needs of a captured quote besides its text, in the capture bar's second row:
the language (named, guessed from the script of the typed text until chosen), the source (an
interview and its lines, a time stamp; kept for the next quote), letterlijk or parafrase (kept),
a Dutch translation and who made it (the translator is kept), and tags. Every field has an Alt
key that the capture bar handles (see ``KEYS``); none of them is needed on the main path."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from klantreis.evidence import session
from klantreis.model.entities import Provenance, Translator

LANGUAGE_CODES = ("nl", "ar", "fa", "prs", "ti", "so", "am", "ku", "ps", "en", "tr", "uk")
_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class CaptureDetails(QWidget):
    """Public API: ``language``, ``source``, ``paraphrase``, ``translation``, ``translator``,
    ``tags`` (the widgets); ``language_code()``, ``values()`` (keyword arguments for
    :func:`klantreis.evidence.session.capture_quote`), ``follow_text(text)`` (guess the language),
    ``captured()`` (after a quote: clear what belongs to one quote only)."""

    KEYS = {Qt.Key.Key_T: "language", Qt.Key.Key_O: "source", Qt.Key.Key_V: "translation",
            Qt.Key.Key_K: "translator", Qt.Key.Key_L: "tags"}  # with Alt; Alt+A: parafrase

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in LANGUAGE_CODES:
            self.language.addItem(f"{self.language_name(code)} ({code})", code)
        self.language.setMinimumContentsLength(14)
        self.language.activated.connect(lambda _index: self._chosen())
        self.language.lineEdit().textEdited.connect(lambda _text: self._chosen())
        self._guessing = True  # until the facilitator picks a language, the script decides
        self.guess_label = QLabel()
        self.guess_label.setStyleSheet("color: #5B6770;")
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("bv. interview R3, r. 120-124 (blijft staan)"))
        self.paraphrase = QCheckBox(self.tr("Parafrase (Alt+A)"))
        self.translation = QLineEdit()
        self.translation.setPlaceholderText(self.tr("Nederlandse vertaling"))
        self.translator = QComboBox()
        for label, value in ((self.tr("—"), Translator.NONE), (self.tr("tolk"), Translator.TOLK),
                             (self.tr("onderzoeker"), Translator.ONDERZOEKER)):
            self.translator.addItem(label, value)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("labels, met komma's"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (text, widget) in enumerate((
                (self.tr("Taal (Alt+T):"), self.language), (self.tr("Bron (Alt+O):"), self.source),
                (self.tr("Vertaling (Alt+V):"), self.translation),
                (self.tr("door (Alt+K):"), self.translator))):
            grid.addWidget(QLabel(text), 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
        grid.addWidget(self.guess_label, 1, 1)
        grid.addWidget(self.paraphrase, 1, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("Labels (Alt+L):")), 1, 4)
        grid.addWidget(self.tags, 1, 5, 1, 3)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 3)

    def language_name(self, code: str) -> str:
        return {
            "nl": self.tr("Nederlands"), "ar": self.tr("Arabisch"), "fa": self.tr("Farsi"),
            "prs": self.tr("Dari"), "ti": self.tr("Tigrinya"), "so": self.tr("Somalisch"),
            "am": self.tr("Amhaars"), "ku": self.tr("Koerdisch"), "ps": self.tr("Pasjtoe"),
            "en": self.tr("Engels"), "tr": self.tr("Turks"), "uk": self.tr("Oekraïens"),
        }.get(code, code)

    def widget_for(self, key) -> QWidget | None:
        name = self.KEYS.get(key)
        return getattr(self, name) if name else None

    # ------------------------------------------------------------------ the language

    def language_code(self) -> str:
        """The chosen language: the code of a listed language, or a code typed in."""
        text = self.language.currentText().strip()
        index = self.language.findText(text)
        if index >= 0:
            return self.language.itemData(index)
        match = re.search(r"\(([^)]+)\)\s*$", text)
        code = match.group(1) if match else text.casefold()
        return code if _CODE.match(code) else text

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setEditText(code)

    def _chosen(self) -> None:
        self._guessing = False
        self.guess_label.clear()

    def follow_text(self, text: str) -> None:
        """While the facilitator has not chosen, the language follows the script of the text
        (Arabic script: Arabic, or Farsi with letters only Persian has; Ge'ez: Tigrinya)."""
        if not self._guessing:
            return
        guess = session.guess_language(text) or "nl"
        if guess != self.language_code():
            self.set_language(guess)
        self.guess_label.setText(self.tr("geraden uit het schrift") if guess != "nl" else "")

    def toggle_paraphrase(self) -> None:
        self.paraphrase.setChecked(not self.paraphrase.isChecked())

    # ------------------------------------------------------------------ one quote

    def values(self) -> dict:
        return {
            "language": self.language_code() or "nl", "source": self.source.text(),
            "provenance": Provenance.PARAFRASE if self.paraphrase.isChecked() else Provenance.LETTERLIJK,
            "translation": self.translation.text(),
            "translated_by": Translator(self.translator.currentData() or ""),
            "tags": self.tags.text(),
        }

    def captured(self) -> None:
        """After a quote is stored: its translation and tags go, the source, the kind, the
        translator and a language chosen by hand stay for the next one."""
        self.translation.clear()
        self.tags.clear()
        if self._guessing:  # (a language chosen by hand stays for the session)
            self.set_language("nl")
            self.guess_label.clear()
