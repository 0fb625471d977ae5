"""The inspector dock ("Eigenschappen"): the fields of the selected touchpoint or transition.

It shows exactly one entity: the single selected touchpoint, else (when no touchpoint is
selected) the single selected transition, else a hint. Every field edit is one undo step, pushed
through :meth:`OpenDocument.apply` as an ``Update`` named after the field ("kanaal wijzigen");
nothing is pushed when the value did not change. A value the model refuses shows its Dutch message
in a red line inside the dock and changes nothing; a text field keeps what was typed so it can be
corrected (Escape shows the model's value again). After every change, undo or redo the fields are
filled again from the model, with their signals blocked, so filling never makes an edit.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from klantreis.graph import layout
from klantreis.graph import route as graph
from klantreis.model import edits
from klantreis.model.entities import Channel, TouchpointKind, TransitionKind
from klantreis.model.errors import InvalidValue
from klantreis.ui.inspector_fields import (
    ActorChecks,
    CheckField,
    ChoiceBox,
    KeepKeysInField,
    ShareLine,
    TextBlock,
    TextLine,
)
from klantreis.ui.styles import ERROR_STYLE
from klantreis.ui.wiring import bind, on_changes, rewire

TOUCHPOINT, TRANSITION = "touchpoint", "transition"


class InspectorDock(QDockWidget):
    """Public API: ``set_document(document)``, ``show_selection(touchpoint_ids, transition_ids)``
    and ``follow_scene(scene)`` (calls show_selection whenever the scene's selection changes).
    ``shown`` is ``(kind, id)`` of the entity on display, or None; ``fields[kind][attr]`` are the
    field widgets and ``error_label`` the red message line (for tests and for the window)."""

    def __init__(self, workspace, canvas, parent=None) -> None:
        super().__init__(self.tr("Eigenschappen"), parent)
        self.prompts = workspace.prompts
        self.setObjectName("inspector")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.document = None
        self.shown: tuple[str, str] | None = None
        self.fields: dict[str, dict[str, QWidget]] = {TOUCHPOINT: {}, TRANSITION: {}}
        self._undo_labels: dict[tuple[str, str], str] = {}
        self._applying = False
        self._refusal: str | None = None
        self._scene = None
        self._key_guard = KeepKeysInField(self, canvas.focus)
        self._changes = on_changes({"touchpoint", "transition", "phase", "actor"}, self.refresh)

        body = QWidget()
        column = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.error_label = QLabel()
        self.error_label.setObjectName("inspectorError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        column.addWidget(self.error_label)
        self.pages = QStackedWidget()
        self.hint = QLabel(self.tr("Selecteer een contactmoment of overgang"))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self._build_touchpoint_page())
        self.pages.addWidget(self._build_transition_page())
        column.addWidget(self.pages)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(280)
        self._show_hint(0)
        if parent is not None:
            parent.installEventFilter(self)  # to save a field being edited when the window closes
        bind(self, workspace, canvas)

    # ------------------------------------------------------------------ building

    def _field(self, kind: str, attr: str, widget: QWidget, undo_label: str) -> QWidget:
        """Register a field: its commits go to ``_commit``; plain keys stay inside it."""
        self.fields[kind][attr] = widget
        self._undo_labels[(kind, attr)] = undo_label
        widget.commit_requested.connect(lambda: self._commit(kind, attr))
        widget.installEventFilter(self._key_guard)
        return widget

    @staticmethod
    def _form() -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return page, form

    @staticmethod
    def _row(form: QFormLayout, text: str, widget: QWidget) -> None:
        """A row whose label has a mnemonic (Alt+letter) that puts the focus in the field."""
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _build_touchpoint_page(self) -> QWidget:
        page, form = self._form()
        f = TOUCHPOINT
        self._row(form, self.tr("&Titel"), self._field(f, "title", TextLine(), self.tr("titel")))
        self._row(form, self.tr("Fas&e"), self._field(f, "phase_id", ChoiceBox(), self.tr("fase")))
        self._row(form, self.tr("&Actoren"),
                  self._field(f, "actor_ids", ActorChecks(), self.tr("actoren")))
        self.new_actor_button = QPushButton(self.tr("Nieu&we actor…"))
        self.new_actor_button.setToolTip(self.tr("Een nieuwe actor, meteen bij dit contactmoment "
                                                 "(alle actoren: Bewerken > Actoren, Ctrl+Shift+A)"))
        self.new_actor_button.clicked.connect(self.add_actor)
        form.addRow("", self.new_actor_button)
        self._row(form, self.tr("&Omschrijving"),
                  self._field(f, "description", TextBlock(), self.tr("omschrijving")))
        channel = self._field(f, "channel", ChoiceBox(), self.tr("kanaal"))
        channel.set_choices(self._labelled(self.channel_labels()))
        self._row(form, self.tr("&Kanaal"), channel)
        kind = self._field(f, "kind", ChoiceBox(), self.tr("soort contactmoment"))
        kind.set_choices(self._labelled(self.touchpoint_kind_labels()))
        self._row(form, self.tr("&Soort"), kind)
        self._row(form, self.tr("&Norm/termijn"), self._field(f, "norm", TextLine(), self.tr("norm/termijn")))
        form.addRow(self._field(f, "matters", CheckField(self.tr("&Moment dat ertoe doet")),
                                self.tr("moment dat ertoe doet")))
        form.addRow(self._field(f, "bottleneck", CheckField(self.tr("Kne&lpunt")), self.tr("knelpunt")))
        note = self._field(f, "internal_note", TextBlock(), self.tr("interne notitie"))
        note.setPlaceholderText(self.tr("Alleen voor het onderzoeksteam"))
        note_label = QLabel(self.tr("&Interne notitie"))
        note_label.setBuddy(note)
        note_label.setToolTip(self.tr("Staat alleen in het projectbestand; "
                                      "exports en infographics laten haar weg."))
        note.setToolTip(note_label.toolTip())
        form.addRow(note_label, note)
        explain = QLabel(self.tr("De interne notitie verlaat de app nooit: alleen voor het "
                                 "onderzoeksteam, niet in exports, rapporten of infographics."))
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #5B6770;")
        form.addRow(explain)
        self._chain(self.fields[TOUCHPOINT].values())
        return page

    def _build_transition_page(self) -> QWidget:
        page, form = self._form()
        f = TRANSITION
        self.source_label, self.target_label = QLabel(), QLabel()
        for label in (self.source_label, self.target_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Van:"), self.source_label)
        form.addRow(self.tr("Naar:"), self.target_label)
        kind = self._field(f, "kind", ChoiceBox(), self.tr("soort overgang"))
        kind.set_choices(self._labelled(self.transition_kind_labels()))
        self._row(form, self.tr("&Soort"), kind)
        self._row(form, self.tr("&Label"), self._field(f, "label", TextLine(), self.tr("label")))
        share = self._field(f, "share", ShareLine(), self.tr("aandeel"))
        share.setPlaceholderText(self.tr("leeg, of bijvoorbeeld 35,5"))
        self._row(form, self.tr("&Aandeel (%)"), share)
        self._chain(self.fields[TRANSITION].values())
        return page

    def _chain(self, widgets) -> None:
        """Tab order top to bottom, in the order the fields were made."""
        widgets = list(widgets)
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _labelled(labels: dict) -> list[tuple[str, object]]:
        return [(label, value) for value, label in labels.items()]

    # ------------------------------------------------------------------ Dutch labels for the enums

    def channel_labels(self) -> dict[Channel, str]:
        return {
            Channel.BALIE: self.tr("Balie"), Channel.GESPREK: self.tr("Gesprek"),
            Channel.TELEFOON: self.tr("Telefoon"), Channel.BRIEF: self.tr("Brief"),
            Channel.EMAIL: self.tr("E-mail"), Channel.HUISBEZOEK: self.tr("Huisbezoek"),
            Channel.ONLINE: self.tr("Online"), Channel.GROEPSBIJEENKOMST: self.tr("Groepsbijeenkomst"),
            Channel.LES: self.tr("Les"), Channel.OVERIG: self.tr("Overig"),
            Channel.ONBEKEND: self.tr("Onbekend"),
        }

    def touchpoint_kind_labels(self) -> dict[TouchpointKind, str]:
        return {
            TouchpointKind.CONTACT: self.tr("Contact"), TouchpointKind.WACHTEN: self.tr("Wachten"),
            TouchpointKind.BESLISSING: self.tr("Beslissing"),
            TouchpointKind.OVERDRACHT: self.tr("Overdracht"),
            TouchpointKind.MIJLPAAL: self.tr("Mijlpaal"),
        }

    def transition_kind_labels(self) -> dict[TransitionKind, str]:
        return {
            TransitionKind.VOLGENDE: self.tr("Volgende stap"),
            TransitionKind.VERTAKKING: self.tr("Vertakking (keuze)"),
            TransitionKind.PARALLEL: self.tr("Parallel spoor"),
            TransitionKind.TERUGKEER: self.tr("Terugkeer (lus)"),
            TransitionKind.OMWEG: self.tr("Omweg"),
            TransitionKind.OVERDRACHT: self.tr("Overdracht naar andere organisatie"),
        }

    # ------------------------------------------------------------------ public API

    def set_document(self, document) -> None:
        """Show fields of ``document`` (an OpenDocument, or None); starts with the hint."""
        rewire(self.document, document, {"changes": self._changes, "failed": self._document_failed})
        self.document = document
        self.shown = None
        self._show_hint(0)

    def follow_scene(self, scene) -> None:
        """Show what is selected in ``scene`` (a JourneyScene) from now on, instead of in the
        scene followed before."""
        rewire(self._scene, scene, {"selectionChanged": self._scene_selection_changed})
        self._scene = scene
        self._scene_selection_changed()

    def _scene_selection_changed(self) -> None:
        try:
            touchpoints = self._scene.selected_touchpoints()
            transitions = self._scene.selected_transitions()
        except RuntimeError:  # the scene is being deleted (its items deselect on the way)
            return
        self.show_selection(touchpoints, transitions)

    def show_selection(self, touchpoint_ids: list[str], transition_ids: list[str]) -> None:
        """Show the single selected touchpoint, else the single selected transition, else a hint."""
        if len(touchpoint_ids) == 1:
            wanted = (TOUCHPOINT, touchpoint_ids[0])
        elif not touchpoint_ids and len(transition_ids) == 1:
            wanted = (TRANSITION, transition_ids[0])
        else:
            wanted = None
        if wanted == self.shown and wanted is not None:
            return  # the same entity again (e.g. the scene was rebuilt): keep what is being typed
        if wanted is None:
            self.shown = None
            self._show_hint(len(touchpoint_ids) + len(transition_ids))
            return
        self.shown = wanted
        self._clear_error()
        self.refresh()

    def refresh(self) -> None:
        """Fill the fields from the model (after every change, undo and redo)."""
        item = self._current_item()
        if item is None:
            self.shown = None
            self._show_hint(0)
            return
        kind = self.shown[0]
        self._clear_error()
        if kind == TOUCHPOINT:
            self._fill_touchpoint(item)
        else:
            self._fill_transition(item)
        self.heading.show()
        self._set_page(1 if kind == TOUCHPOINT else 2)

    # ------------------------------------------------------------------ filling

    def _current_item(self):
        if self.document is None or self.shown is None:
            return None
        return self.document.journey.find(*self.shown)

    def _numbered(self, numbers: dict[str, int], touchpoint_id: str) -> str:
        tp = self.document.journey.touchpoint(touchpoint_id)
        return f"{numbers.get(touchpoint_id, '?')} · {tp.title}"

    def _fill_touchpoint(self, tp) -> None:
        journey = self.document.journey
        fields = self.fields[TOUCHPOINT]
        fields["phase_id"].set_choices([(p.name, p.id) for p in journey.phases])
        fields["actor_ids"].set_actors([(a.name, a.id) for a in journey.actors])
        for attr, widget in fields.items():
            widget.fill(getattr(tp, attr))
        number = graph.display_numbers(journey).get(tp.id, "?")
        self.heading.setText(self.tr("Contactmoment {number}").format(number=number))

    def _fill_transition(self, tr) -> None:
        numbers = graph.display_numbers(self.document.journey)
        self.source_label.setText(self._numbered(numbers, tr.source_id))
        self.target_label.setText(self._numbered(numbers, tr.target_id))
        for attr, widget in self.fields[TRANSITION].items():
            widget.fill(getattr(tr, attr))
        self.heading.setText(self.tr("Overgang"))

    def _show_hint(self, count: int) -> None:
        self._clear_error()
        self.heading.setText(self.tr("{count} geselecteerd").format(count=count) if count > 1 else "")
        self.heading.setVisible(count > 1)
        self._set_page(0)

    def _set_page(self, index: int) -> None:
        """Show one page; the hidden ones do not count for the size, so a short page does not
        get the scroll bar of the long touchpoint page."""
        for number in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            self.pages.widget(number).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()

    # ------------------------------------------------------------------ committing

    def add_actor(self) -> bool:
        """A new actor for the touchpoint on display, named by the user, as one undo step."""
        if self.document is None or self.shown is None or self.shown[0] != TOUCHPOINT:
            return False
        name = self.prompts.text(self.tr("Nieuwe actor"), self.tr("Naam van de organisatie of rol:"))
        if not name or not name.strip():
            return False
        from klantreis.model.actors import add_actor_to

        try:
            edit = add_actor_to(self.document.journey, self.shown[1], name)
        except InvalidValue as error:
            self._show_error(str(error))
            return False
        return self.document.apply(edit)

    def _commit(self, kind: str, attr: str) -> None:
        """The user finished editing one field: push it as one undo step if it changed."""
        if self.shown is None or self.shown[0] != kind:
            return
        item = self._current_item()
        widget = self.fields[kind][attr]
        if item is None or not widget.edited():
            return
        try:
            value = widget.value()
            if value == getattr(item, attr):
                widget.fill(value)  # e.g. only spaces added around a title
                self._clear_error()
                return
            new = replace(item, **{attr: value})
        except InvalidValue as error:
            self._show_error(str(error))  # the typed text stays, to be corrected
            return
        label = self._undo_labels[(kind, attr)]
        if kind == TOUCHPOINT and attr == "phase_id":  # to a free place in its new band
            x, y = layout.free_spot(self.document.journey, value, ignore=frozenset({item.id}))
            edit = edits.move_touchpoints(self.document.journey, {item.id: (value, x, y)}).with_code(
                "edit_change_field", field=label)
        else:
            edit = edits.Update(new, "edit_change_field", field=label)
        self._applying, self._refusal = True, None
        try:
            applied = self.document.apply(edit)
        finally:
            self._applying = False
        if not applied:  # refused or not saved: show the model's value and why
            self.refresh()
            if self._refusal:
                self._show_error(self._refusal)

    def commit_pending(self) -> None:
        """Commit the field that has the keyboard focus, if it was edited. Runs when the window
        is about to close (seen by an event filter), before the window closes the document."""
        focus = QApplication.focusWidget()
        for kind, fields in self.fields.items():
            for attr, widget in fields.items():
                if focus is not None and (widget is focus or widget.isAncestorOf(focus)):
                    self._commit(kind, attr)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Close and watched is self.parent():
            self.commit_pending()
        return super().eventFilter(watched, event)

    def _document_failed(self, text: str) -> None:
        if self._applying:
            self._refusal = text

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text[:1].upper() + text[1:])  # "titel mag niet ..." starts a line
        self.error_label.show()

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
