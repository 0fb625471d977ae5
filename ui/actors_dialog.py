"""Bewerken > Actoren (Ctrl+Shift+A): the organisations and roles of the journey. Add (Ins),
rename, kind, colour, delete (Del: where do the references of its touchpoints go?) and reorder
(Ctrl+Up / Ctrl+Down); every step is one undo step (Ctrl+Z works inside the dialog too).

The dialog only asks; the edits are computed by :mod:`klantreis.model.actors` and applied through the
document. The questions it asks go through :class:`ActorPrompts`, which tests replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klantreis.model import actors
from klantreis.model.entities import ActorKind
from klantreis.model.errors import KlantreisError
from klantreis.ui.styles import ERROR_STYLE
from klantreis.ui.wiring import on_changes, rewire


def actor_kind_labels(_widget: QWidget | None = None) -> dict[ActorKind, str]:
    """The kinds of actor in the interface language (one fixed context, "ActorKind", so the
    translation is found whichever widget asks)."""
    return {
        ActorKind.GEMEENTE: QCoreApplication.translate("ActorKind", "Gemeente"),
        ActorKind.VLUCHTELINGENWERK: QCoreApplication.translate("ActorKind", "VluchtelingenWerk"),
        ActorKind.WONINGCORPORATIE: QCoreApplication.translate("ActorKind", "Woningcorporatie"),
        ActorKind.TAALSCHOOL: QCoreApplication.translate("ActorKind", "Taalschool"),
        ActorKind.DUO: QCoreApplication.translate("ActorKind", "DUO"),
        ActorKind.COA: QCoreApplication.translate("ActorKind", "COA"),
        ActorKind.IND: QCoreApplication.translate("ActorKind", "IND"),
        ActorKind.RIJK: QCoreApplication.translate("ActorKind", "Rijk"),
        ActorKind.WELZIJN: QCoreApplication.translate("ActorKind", "Welzijn"),
        ActorKind.WERKGEVER: QCoreApplication.translate("ActorKind", "Werkgever"),
        ActorKind.VRIJWILLIGERSORGANISATIE: QCoreApplication.translate("ActorKind",
                                                                       "Vrijwilligersorganisatie"),
        ActorKind.SCHULDHULP: QCoreApplication.translate("ActorKind", "Schuldhulp"),
        ActorKind.STATUSHOUDER: QCoreApplication.translate("ActorKind", "Statushouder"),
        ActorKind.OVERIG: QCoreApplication.translate("ActorKind", "Overig"),
    }


class ActorPrompts:
    """The questions of the actors dialog (tests replace them)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def colour(self, current: str) -> str | None:
        colour = QColorDialog.getColor(QColor(current), self.parent,
                                       QCoreApplication.translate("ActorsDialog", "Kleur van de actor"))
        return colour.name().upper() if colour.isValid() else None

    def move_to(self, name: str, count: int, others: list[tuple[str, str]]) -> tuple[bool, str | None]:
        """(go ahead, the actor that takes over the references, or None: drop them)."""
        nowhere = QCoreApplication.translate("ActorsDialog", "(nergens: alleen de verwijzing weghalen)")
        choice, ok = QInputDialog.getItem(
            self.parent, QCoreApplication.translate("ActorsDialog", "Actor verwijderen"),
            QCoreApplication.translate("ActorsDialog", "'{name}' staat bij {count} contactmoment(en). "
                                       "Welke actor komt daar in de plaats?").format(name=name, count=count),
            [nowhere] + [n for n, _ in others], 0, False)
        if not ok:
            return False, None
        return True, dict(others).get(choice)


class ActorsDialog(QDialog):
    """Public API: ``list`` (the actors), ``name``, ``kind``, ``colour_button``, ``error``;
    ``add()``, ``remove()``, ``move(step)``, ``rename()``, ``set_kind()``, ``choose_colour()``."""

    def __init__(self, document, parent=None, prompts: ActorPrompts | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actors")
        self.setWindowTitle(self.tr("Actoren"))
        self.document = document
        self.prompts = prompts or ActorPrompts(self)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.name = QLineEdit()
        self.name.editingFinished.connect(self.rename)
        self.kind = QComboBox()
        self._kinds = list(actor_kind_labels(self).items())
        self.kind.addItems([label for _kind, label in self._kinds])
        self.kind.activated.connect(lambda _index: self.set_kind())
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self.choose_colour)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self._layout()
        self._shortcuts()
        self._changes = on_changes({"actor", "touchpoint"}, self.refresh)
        document.changes.connect(self._changes)
        self.finished.connect(lambda _result: rewire(document, None, {"changes": self._changes}))
        self.refresh()
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def _layout(self) -> None:
        form = QFormLayout()
        for text, widget in ((self.tr("&Naam:"), self.name), (self.tr("&Soort:"), self.kind),
                             (self.tr("&Kleur:"), self.colour_button)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QVBoxLayout()
        for text, slot, tip in ((self.tr("Nie&uw"), self.add, "Ins"),
                                (self.tr("&Verwijderen…"), self.remove, "Del"),
                                (self.tr("Om&hoog"), lambda: self.move(-1), "Ctrl+Up"),
                                (self.tr("Om&laag"), lambda: self.move(+1), "Ctrl+Down")):
            button = QPushButton(text)
            button.setAutoDefault(False)  # (Enter in the name field only commits the name)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        for button in (*close.buttons(), self.colour_button):
            button.setAutoDefault(False)
        column = QVBoxLayout(self)
        label = QLabel(self.tr("&Actoren (organisaties en rollen), in de volgorde van de legenda:"))
        label.setBuddy(self.list)
        column.addWidget(label)
        column.addLayout(row)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(close)
        self.resize(560, 440)

    def _shortcuts(self) -> None:
        stack = self.document.undo_stack
        for keys, slot in (("Ins", self.add), ("Del", self.remove), ("Ctrl+Up", lambda: self.move(-1)),
                           ("Ctrl+Down", lambda: self.move(+1))):
            QShortcut(QKeySequence(keys), self.list, slot, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Undo, self, stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, stack.redo)
        QShortcut(QKeySequence("Ctrl+Y"), self, stack.redo)

    # ------------------------------------------------------------------ showing

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def refresh(self) -> None:
        journey = self.document.journey
        keep = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        labels = dict(self._kinds)
        for actor in journey.actors:
            count = len(actors.users(journey, actor.id))
            item = QListWidgetItem(_swatch(actor.colour),
                                   self.tr("{name} ({kind}, {count}×)").format(
                                       name=actor.name, kind=labels[actor.kind], count=count))
            item.setData(Qt.ItemDataRole.UserRole, actor.id)
            self.list.addItem(item)
            if actor.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        actor = self.document.journey.find("actor", self.current_id())
        for widget in (self.name, self.kind, self.colour_button):
            widget.setEnabled(actor is not None)
        self.name.setText(actor.name if actor else "")
        kinds = [k for k, _ in self._kinds]
        self.kind.setCurrentIndex(kinds.index(actor.kind) if actor else -1)
        self.colour_button.setText(actor.colour if actor else "")
        self.colour_button.setIcon(_swatch(actor.colour) if actor else QIcon())

    # ------------------------------------------------------------------ editing

    def _apply(self, make) -> bool:
        """Apply the edit ``make()`` computes; what the model refuses is said in the dialog."""
        failures: list[str] = []
        try:
            edit = make()
        except KlantreisError as error:  # (a value the entity refuses, e.g. an empty name)
            failures.append(str(error))
            ok = False
        else:
            self.document.failed.connect(failures.append)
            try:
                ok = self.document.apply(edit)
            finally:
                self.document.failed.disconnect(failures.append)
        self._last_edit = edit if ok else None
        self.error.setText(failures[-1] if failures else "")
        self.error.setVisible(bool(failures))
        return ok

    def add(self) -> None:
        row = self.list.currentRow()
        if self._apply(lambda: actors.add_actor(self.document.journey, self.tr("Nieuwe actor"),
                                                index=row + 1 if row >= 0 else None)):
            self._select(self._last_edit.item.id)
            self.name.setFocus()
            self.name.selectAll()

    def rename(self) -> None:
        actor = self.document.journey.find("actor", self.current_id())
        if actor is not None and self.name.text().strip() != actor.name:
            self._apply(lambda: actors.change_actor(self.document.journey, actor.id,
                                                    name=self.name.text()))

    def set_kind(self) -> None:
        actor = self.document.journey.find("actor", self.current_id())
        index = self.kind.currentIndex()
        if actor is not None and index >= 0 and self._kinds[index][0] is not actor.kind:
            self._apply(lambda: actors.change_actor(self.document.journey, actor.id,
                                                    kind=self._kinds[index][0]))

    def choose_colour(self) -> None:
        actor = self.document.journey.find("actor", self.current_id())
        if actor is None:
            return
        colour = self.prompts.colour(actor.colour)
        if colour and colour != actor.colour:
            self._apply(lambda: actors.change_actor(self.document.journey, actor.id, colour=colour))

    def remove(self) -> None:
        journey = self.document.journey
        actor = journey.find("actor", self.current_id())
        if actor is None:
            return
        count = len(actors.users(journey, actor.id))
        move_to = None
        if count:
            others = [(a.name, a.id) for a in journey.actors if a.id != actor.id]
            ok, move_to = self.prompts.move_to(actor.name, count, others)
            if not ok:
                return
        row = self.list.currentRow()
        if self._apply(lambda: actors.remove_actor(journey, actor.id, move_to)):
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move(self, step: int) -> None:
        journey = self.document.journey
        actor_id = self.current_id()
        if actor_id is None:
            return
        index = journey.index_of("actor", actor_id) + step
        if 0 <= index < journey.count("actor") and self._apply(
                lambda: actors.move_actor(journey, actor_id, index)):
            self._select(actor_id)

    def _select(self, actor_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == actor_id:
                self.list.setCurrentRow(row)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
