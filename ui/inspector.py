"""The inspector dock ("Eigenschappen"): the fields of the selected touchpoint or transition.

It shows exactly one entity: the single selected touchpoint, else (when no touchpoint is
selected) the single selected transition, else a hint. Every field edit is one undo step, pushed
through :meth:`OpenDocument.apply` as an ``Update`` named after the field ("kanaal wijzigen");
nothing is pushed when the value did not change. A value the model refuses shows its Dutch message
in a red line inside the dock and changes nothing; a text field keeps what was typed so it can be
corrected (Escape shows the model's value again). After every change, undo or redo the fields are
filled again from the model, with their signals blocked, so filling never makes an edit.

This module holds the behaviour (the controller); the widgets and their layout are made by
:class:`InspectorView` in ui/inspector_view.py, which the dock shows in a scroll area and connects.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea, QSizePolicy, QWidget

from klantreis.evidence import assessment
from klantreis.graph import layout
from klantreis.graph import route as graph
from klantreis.model import edits
from klantreis.model.entities import Channel, DurationUnit, RouteRole, TouchpointKind, TransitionKind
from klantreis.model.errors import InvalidValue
from klantreis.ui.inspector_fields import KeepKeysInField
from klantreis.ui.inspector_view import InspectorView
from klantreis.ui.styles import show_error
from klantreis.ui.wiring import bind, on_changes, rewire

TOUCHPOINT, TRANSITION = "touchpoint", "transition"
DEADLINE = "deadline"  # the fields of the shown touchpoint's deadline
NO_DEADLINE = {"amount": None, "unit": DurationUnit.MAANDEN, "counted_from": "", "source": "",
               "realised": None, "realised_note": ""}  # what the fields show without one


class InspectorDock(QDockWidget):
    """Public API: ``set_document(document)``, ``show_selection(touchpoint_ids, transition_ids)``
    and ``follow_scene(scene)`` (calls show_selection whenever the scene's selection changes).
    ``shown`` is ``(kind, id)`` of the entity on display, or None; ``fields[kind][attr]`` are the
    field widgets (``fields["deadline"]``: the touchpoint's deadline, one field of it per undo
    step) and ``error_label`` the red message line (for tests and for the window). These and the
    other widgets (``heading``, ``pages``, ``hint``, ``indicator_list`` ...) belong to ``view``,
    an :class:`InspectorView`; the dock keeps references to them and connects their signals.
    ``indicator_requested(indicator_id)``: an indicator of the touchpoint was clicked (the
    window shows it in the Indicatoren dock)."""

    indicator_requested = Signal(str)

    def __init__(self, workspace, canvas, parent=None) -> None:
        super().__init__(self.tr("Eigenschappen"), parent)
        self.prompts = workspace.prompts
        self.setObjectName("inspector")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.document = None
        self.shown: tuple[str, str] | None = None
        self.fields: dict[str, dict[str, QWidget]] = {TOUCHPOINT: {}, TRANSITION: {}, DEADLINE: {}}
        self._undo_labels: dict[tuple[str, str], str] = {}
        self._applying = False
        self._refusal: str | None = None
        self._scene = None
        self._key_guard = KeepKeysInField(self, canvas.focus)
        self._changes = on_changes({"touchpoint", "transition", "phase", "actor", "indicator"},
                                   self.refresh)

        self.view = InspectorView()
        self.heading, self.error_label = self.view.heading, self.view.error_label
        self.pages, self.hint = self.view.pages, self.view.hint
        self.new_actor_button = self.view.new_actor_button
        self.source_label, self.target_label = self.view.source_label, self.view.target_label
        undo_labels = self._field_undo_labels()
        for kind, fields in ((TOUCHPOINT, self.view.touchpoint_fields),
                             (TRANSITION, self.view.transition_fields),
                             (DEADLINE, self.view.deadline_fields)):
            for attr, widget in fields.items():
                self._field(kind, attr, widget, undo_labels[kind][attr])
        self.fields[TOUCHPOINT]["channel"].set_choices(self._labelled(self.channel_labels()))
        self.fields[TOUCHPOINT]["kind"].set_choices(self._labelled(self.touchpoint_kind_labels()))
        self.fields[TRANSITION]["kind"].set_choices(self._labelled(self.transition_kind_labels()))
        for kind in (TOUCHPOINT, TRANSITION):
            self.fields[kind]["route"].set_choices(self._labelled(self.route_labels()))
        self.fields[DEADLINE]["unit"].set_choices(self._labelled(self.unit_labels()))
        self.new_actor_button.clicked.connect(self.add_actor)
        self.indicator_list = self.view.indicator_list
        self.indicator_list.installEventFilter(self._key_guard)
        for signal in (self.indicator_list.itemActivated, self.indicator_list.itemClicked):
            signal.connect(lambda item: self.indicator_requested.emit(
                item.data(Qt.ItemDataRole.UserRole)))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        self.setWidget(scroll)
        self.setMinimumWidth(280)
        self._show_hint(0)
        if parent is not None:
            parent.installEventFilter(self)  # to save a field being edited when the window closes
        bind(self, workspace, canvas)

    # ------------------------------------------------------------------ connecting the view

    def _field(self, kind: str, attr: str, widget: QWidget, undo_label: str) -> None:
        """Register a field: its commits go to ``_commit``; plain keys stay inside it."""
        self.fields[kind][attr] = widget
        self._undo_labels[(kind, attr)] = undo_label
        widget.commit_requested.connect(lambda: self._commit(kind, attr))
        widget.installEventFilter(self._key_guard)

    def _field_undo_labels(self) -> dict[str, dict[str, str]]:
        """What a change of each field is called in the undo history ("kanaal wijzigen")."""
        return {
            TOUCHPOINT: {
                "title": self.tr("titel"), "phase_id": self.tr("fase"), "actor_ids": self.tr("actoren"),
                "description": self.tr("omschrijving"), "channel": self.tr("kanaal"),
                "kind": self.tr("soort contactmoment"), "norm": self.tr("norm/termijn"),
                "matters": self.tr("moment dat ertoe doet"), "bottleneck": self.tr("knelpunt"),
                "internal_note": self.tr("interne notitie"), "route": self.tr("ontwerp of praktijk"),
            },
            TRANSITION: {"kind": self.tr("soort overgang"), "label": self.tr("label"),
                         "share": self.tr("aandeel"), "route": self.tr("ontwerp of praktijk")},
            DEADLINE: {"amount": self.tr("termijn"), "unit": self.tr("eenheid van de termijn"),
                       "counted_from": self.tr("termijn gerekend vanaf"),
                       "source": self.tr("bron van de termijn"),
                       "realised": self.tr("werkelijke duur"),
                       "realised_note": self.tr("toelichting werkelijke duur")},
        }

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

    def route_labels(self) -> dict[RouteRole, str]:
        return {RouteRole.BOTH: self.tr("Beide (ontwerp en praktijk)"),
                RouteRole.DESIGNED: self.tr("Alleen ontwerp"), RouteRole.LIVED: self.tr("Alleen praktijk")}

    def unit_labels(self) -> dict[DurationUnit, str]:
        return {DurationUnit.DAGEN: self.tr("dagen"), DurationUnit.WEKEN: self.tr("weken"),
                DurationUnit.MAANDEN: self.tr("maanden"), DurationUnit.JAREN: self.tr("jaren")}

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
        deadline = tp.deadline
        for attr, widget in self.fields[DEADLINE].items():
            widget.fill(getattr(deadline, attr) if deadline is not None else NO_DEADLINE[attr])
            widget.setEnabled(deadline is not None or attr == "amount")
        exceeded = deadline is not None and deadline.exceeded
        if exceeded:
            point, unit = QLocale().decimalPoint(), self.unit_labels()[deadline.unit]
            self.view.exceeded_label.setText(self.tr(
                "Werkelijk {realised} {unit}: {over} {unit} langer dan de termijn.").format(
                realised=assessment.format_number(deadline.realised, point), unit=unit,
                over=assessment.format_number(round(deadline.realised - deadline.amount, 6), point)))
        self.view.exceeded_label.setVisible(exceeded)
        self._fill_indicators(tp.id)
        number = graph.display_numbers(journey).get(tp.id, "?")
        self.heading.setText(self.tr("Contactmoment {number}").format(number=number))

    def _fill_indicators(self, touchpoint_id: str) -> None:
        """The indicators that measure the touchpoint: name, target -> realised and unit."""
        self.indicator_list.clear()
        point = QLocale().decimalPoint()
        for indicator in assessment.indicators_of(self.document.journey, touchpoint_id):
            target, realised = (assessment.format_number(v, point) or "?"
                                for v in (indicator.target, indicator.realised))
            unit = f" {indicator.unit}" if indicator.unit else ""
            self.indicator_list.addItem(f"{indicator.name}: {target} → {realised}{unit}")
            item = self.indicator_list.item(self.indicator_list.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, indicator.id)
        self.indicator_list.setVisible(self.indicator_list.count() > 0)
        self.view.no_indicators.setVisible(self.indicator_list.count() == 0)

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
        if self.shown is None or self.shown[0] != (TOUCHPOINT if kind == DEADLINE else kind):
            return
        item = self._current_item()
        widget = self.fields[kind][attr]
        if item is None or not widget.edited():
            return
        try:
            value = widget.value()
            old = getattr(item.deadline, attr, None) if kind == DEADLINE else getattr(item, attr)
            if value == old:
                widget.fill(value)  # e.g. only spaces added around a title
                self._clear_error()
                return
            if kind == DEADLINE:
                new = replace(item, deadline=assessment.deadline_with(item.deadline, attr, value))
            else:
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
        show_error(self.error_label, text)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
