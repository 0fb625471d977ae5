"""The dialog between reading a transcript and importing it: who each speaker is.

Per speaker the role (respondent, interviewer, tolk, onbekend) and, for a respondent, the
respondent: one of the project's, or a new one with a code typed (created in the same undo step
as the transcript); the transcript's group (session), date and language. A label that looks like
a real name is shown in red with the advice to replace it by the code; the replacement is made
in the text too (``relabel``), so a name never reaches the project. Accepting builds
``result_edit`` (one edit: the new respondents and the transcript) and ``result_transcript_id``;
the caller applies it. Layout: ui/transcript_import_dialog_view.py."""

from __future__ import annotations

from klantreis.evidence import session
from klantreis.io import transcript_import as importing
from klantreis.model.edits import Insert, Sequence
from klantreis.model.entities import Respondent, new_id
from klantreis.model.enums import SpeakerRole
from klantreis.model.errors import KlantreisError
from klantreis.model.transcripts import Speaker
from klantreis.ui.transcript_import_dialog_view import NEW, TranscriptImportView

DEFAULT_LABELS = {SpeakerRole.INTERVIEWER: "Interviewer", SpeakerRole.INTERPRETER: "Tolk"}


class TranscriptImportDialog(TranscriptImportView):
    """``TranscriptImportDialog(journey, parsed, file_name, parent)``: ``parsed`` is what
    ``read_transcript`` gave. After ``accept()``: ``result_edit`` and ``result_transcript_id``
    (None while the input is refused: the error line says why and the dialog stays open)."""

    def __init__(self, journey, parsed, file_name: str, parent=None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.parsed = parsed
        self.result_edit = None
        self.result_transcript_id: str | None = None
        self.labels = list(parsed.speakers)
        self.words = tuple(journey.info.privacy.words)  # (the project's own names to look for)
        self.flagged = set(importing.name_like_labels(self.labels, words=self.words))
        self._typed: set[int] = set()  # rows whose project label the user typed
        self.summary.setText(self.tr(
            "{name}: {format}, %n spreker(s), {turns} beurten, {chars} tekens ({encoding})", "",
            len(self.labels)).format(name=file_name, format=parsed.file_format.value.upper(),
                                     turns=len(parsed.turns), chars=len(parsed.text),
                                     encoding=parsed.encoding or "–"))
        self.name.setText(file_name)
        self.group.addItem(self.tr("(geen groep)"), None)
        for group in journey.groups:
            self.group.addItem(group.name, group.id)
        self.group.currentIndexChanged.connect(self._group_chosen)
        self._date_typed = False
        self.date.textEdited.connect(lambda _text: setattr(self, "_date_typed", True))
        respondents = [(r.code + (f" ({journey.group(r.group_id).name})" if r.group_id else ""), r.id)
                       for r in journey.respondents]
        guessed = {s.label: s for s in importing.guess_speakers(journey, self.labels)}
        for label in self.labels:
            row = self.add_speaker_row(label, label in self.flagged, respondents)
            role, respondent, code, new_label = self.row_widgets(row)
            guess = guessed.get(label, Speaker(label))
            self.set_role(row, guess.role)
            respondent.setCurrentIndex(max(0, respondent.findData(guess.respondent_id)))
            role.currentIndexChanged.connect(lambda _i, r=row: self._role_chosen(r))
            respondent.currentIndexChanged.connect(lambda _i, r=row: self._respondent_chosen(r))
            code.textEdited.connect(lambda _t, r=row: self._follow(r))
            new_label.textEdited.connect(lambda _t, r=row: self._typed.add(r))
            self._respondent_chosen(row)
        self.chain_tabs()
        self.names_label.setVisible(bool(self.flagged))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------------ following the choices

    def _group_chosen(self) -> None:
        """The date follows the group's until the user types one."""
        if not self._date_typed:
            group = self.journey.find("group", self.group.currentData())
            self.date.setText(group.date if group is not None else "")

    def _role_chosen(self, row: int) -> None:
        respondent = self.row_widgets(row)[1]
        if self.role_of(row) is not SpeakerRole.RESPONDENT and respondent.currentData() is not None:
            respondent.setCurrentIndex(0)  # (only a respondent is one of the respondents)
        self._follow(row)

    def _respondent_chosen(self, row: int) -> None:
        _role, respondent, code, _label = self.row_widgets(row)
        chosen = respondent.currentData()
        if chosen is not None:
            self.set_role(row, SpeakerRole.RESPONDENT)
        code.setEnabled(chosen == NEW)
        if chosen == NEW and not code.text().strip():
            code.setText(self._free_code())
        self._follow(row)

    def _free_code(self) -> str:
        taken = {r.code.casefold() for r in self.journey.respondents}
        taken |= {self.row_widgets(r)[2].text().strip().casefold() for r in range(self.speakers.rowCount())}
        number = 1
        while f"r{number}" in taken:
            number += 1
        return f"R{number}"

    def _follow(self, row: int) -> None:
        """A flagged label's replacement follows the respondent's code or the role, until the
        user types one."""
        if self.labels[row] not in self.flagged or row in self._typed:
            return
        self.row_widgets(row)[3].setText(self._suggestion(row))

    def _suggestion(self, row: int) -> str:
        _role, respondent, code, _label = self.row_widgets(row)
        chosen = respondent.currentData()
        if chosen == NEW and code.text().strip():
            return code.text().strip()
        if chosen not in (None, NEW):
            return self.journey.respondent(chosen).code
        return DEFAULT_LABELS.get(self.role_of(row), self.tr("Spreker {n}").format(n=row + 1))

    # ------------------------------------------------------------------ the result

    def accept(self) -> None:
        try:
            self.result_edit, self.result_transcript_id = self._build()
        except (ValueError, KlantreisError) as error:
            self._refuse(str(error))
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.result_edit = self.result_transcript_id = None
        self.error_label.setText(text)
        self.error_label.show()

    def _build(self):
        """The edit and the new transcript's id; ValueError (a Dutch message) for bad input."""
        name = self.name.text().strip()
        if not name:
            raise ValueError(self.tr("Geef het transcript een naam."))
        named = importing.name_like_file(name, self.words)
        if named:
            raise ValueError(self.tr("De naam van het transcript lijkt een echte naam te bevatten "
                                     "({name}). Geef het een naam zonder namen, bv. ‘interview "
                                     "R3’.").format(name=", ".join(named)))
        group_id = self.group.currentData()
        existing = {r.code.casefold(): r.id for r in self.journey.respondents}
        new: dict[str, Respondent] = {}
        speakers: dict[str, Speaker] = {}  # by the label in the project
        mapping = {}
        for row, label in enumerate(self.labels):
            _role, respondent, code, new_label = self.row_widgets(row)
            chosen, target = respondent.currentData(), new_label.text().strip()
            if not target:
                raise ValueError(self.tr("Geef spreker ‘{label}’ een label.").format(label=label))
            if importing.name_like_labels([target], words=self.words):
                raise ValueError(self.tr("‘{label}’ lijkt een echte naam: vervang het door de "
                                         "respondentcode of een rol.").format(label=target))
            if chosen == NEW:
                typed = code.text().strip()
                if not typed:
                    raise ValueError(self.tr("Typ de code van de nieuwe respondent voor ‘{label}’.")
                                     .format(label=label))
                if typed.casefold() in existing:
                    raise ValueError(self.tr("Respondent {code} bestaat al: kies die in de lijst.")
                                     .format(code=typed))
                if typed.casefold() not in new:
                    new[typed.casefold()] = Respondent(new_id(), typed, group_id=group_id)
                chosen = new[typed.casefold()].id
            speaker = Speaker(target, self.role_of(row), chosen)
            if speakers.setdefault(target, speaker) != speaker:  # (the same person twice: merged)
                raise ValueError(self.tr("Twee sprekers krijgen het label ‘{label}’ met een andere "
                                         "rol of respondent: geef elk een eigen label.").format(label=target))
            if target != label:
                mapping[label] = target
        parsed = importing.relabel(self.parsed, mapping) if mapping else self.parsed
        index = self.language.findText(self.language.currentText())
        language = self.language.itemData(index) if index >= 0 else self.language.currentText().strip()
        transcript = importing.transcript_from(
            parsed, name, tuple(speakers.values()), imported_at=session.now_stamp(),
            date=self.date.text().strip(), language=language or "nl", group_id=group_id)
        if not new:
            return importing.import_transcript_edit(self.journey, transcript), transcript.id
        # the new respondents first, in the same step (import_transcript_edit wants every
        # respondent already in the journey; the journey checks them when the step is applied)
        return Sequence([*(Insert(r) for r in new.values()),
                         Insert(transcript, code="edit_import_transcript")],
                        "edit_import_transcript"), transcript.id
