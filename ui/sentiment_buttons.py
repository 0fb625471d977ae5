"""The row of sentiment buttons of the capture bar and the Transcripten dock: one checkable
button per sentiment (in SENTIMENT_ORDER), only one checked, none taking the focus (the keys are
Alt+1..5, Alt+G and Alt+0, handled by their owners)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QToolButton

from klantreis.evidence import session
from klantreis.model.entities import Sentiment
from klantreis.ui.quote_format import SENTIMENT_ORDER, sentiment_icon, sentiment_label

KEY_OF_SENTIMENT = {s: k for k, s in session.SENTIMENT_KEYS.items()}  # (Alt+<key>)


class SentimentButtons(QButtonGroup):
    """``SentimentButtons(parent, layout, icon_size=20, keys_beside=False)`` adds the buttons to
    ``layout``; each button's ``sentiment`` property is the value of its sentiment. With
    ``keys_beside`` a button shows its key ("Alt+1") beside the smiley, else in its tooltip.
    ``chosen(Sentiment)`` when one is clicked; ``show_sentiment`` checks the one given."""

    chosen = Signal(object)

    def __init__(self, parent, layout, *, icon_size: int = 20, keys_beside: bool = False) -> None:
        super().__init__(parent)
        self.setExclusive(True)
        for sentiment in SENTIMENT_ORDER:
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(sentiment_icon(sentiment, icon_size))
            key = f"Alt+{KEY_OF_SENTIMENT[sentiment]}"
            if keys_beside:
                button.setText(key)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                button.setToolTip(sentiment_label(sentiment))
            else:
                button.setToolTip(f"{sentiment_label(sentiment)} — {key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("sentiment", sentiment.value)
            button.clicked.connect(lambda _=False, s=sentiment: self.chosen.emit(s))
            self.addButton(button)
            layout.addWidget(button)

    def show_sentiment(self, sentiment: Sentiment) -> None:
        for button in self.buttons():
            button.setChecked(button.property("sentiment") == sentiment.value)
