"""Correcting who speaks in a transcript after its import (the dock's "Sprekers…" button).

The dialog lists the transcript's speakers (the label as in the text; the labels and the text
are not changed here), each with its role (respondent, interviewer, tolk, onbekend) and, for a
respondent, one of the project's respondents; and the transcript's group (session), date and
language. A speaker with the role respondent needs a respondent: OK is refused with a message
and the dialog stays open. After OK, when quotes made from the transcript would get another
respondent or group (klantreis/evidence/speakers.py), a question names how many: yes, they
follow in the same undo step; no, only the transcript changes. Layout:
ui/transcript_speakers_dialog_view.py."""

from __future__ import annotations

from klantreis.evidence.speakers import quotes_following, speakers_edit
from klantreis.model.enums import SpeakerRole
from klantreis.model.errors import KlantreisError
from klantreis.model.transcripts import Speaker
from klantreis.ui.transcript_import_dialog_view import language_name
from klantreis.ui.transcript_speakers_dialog_view import TranscriptSpeakersView


class TranscriptSpeakersDialog(TranscriptSpeakersView):
    """``TranscriptSpeakersDialog(journey, transcript, parent)``. After ``accept()``:
    ``choice`` (``speakers``, ``group_id``, ``date``, ``language``: the arguments of
    :func:`speakers_edit`), None while the input is refused (the error line says why and the
    dialog stays open)."""

    def __init__(self, journey, transcript, parent=None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.transcript = transcript
        self.choice: dict | None = None
        self.summary.setText(self.tr("{name}: %n spreker(s)", "", len(transcript.speakers))
                             .format(name=transcript.name))
        self.group.addItem(self.tr("(geen groep)"), None)
        for group in journey.groups:
            self.group.addItem(group.name, group.id)
        self.group.setCurrentIndex(max(0, self.group.findData(transcript.group_id)))
        self.date.setText(transcript.date)
        if self.language.findData(transcript.language) < 0:
            self.language.addItem(f"{language_name(transcript.language)} ({transcript.language})",
                                  transcript.language)
        self.language.setCurrentIndex(self.language.findData(transcript.language))
        respondents = [(r.code + (f" ({journey.group(r.group_id).name})" if r.group_id else ""), r.id)
                       for r in journey.respondents]
        for speaker in transcript.speakers:
            row = self.add_speaker_row(speaker.label, respondents)
            self.set_role(row, speaker.role)
            respondent = self.respondents[row]
            respondent.setCurrentIndex(max(0, respondent.findData(speaker.respondent_id)))
            self.roles[row].currentIndexChanged.connect(lambda _i, r=row: self._role_chosen(r))
            respondent.currentIndexChanged.connect(lambda _i, r=row: self._respondent_chosen(r))
        self.set_tab_order()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.group.setFocus()

    def _role_chosen(self, row: int) -> None:
        """Only a respondent is one of the respondents."""
        if self.role_of(row) is not SpeakerRole.RESPONDENT:
            self.respondents[row].setCurrentIndex(0)

    def _respondent_chosen(self, row: int) -> None:
        if self.respondents[row].currentData() is not None:
            self.set_role(row, SpeakerRole.RESPONDENT)

    def language_code(self) -> str:
        index = self.language.findText(self.language.currentText())
        code = self.language.itemData(index) if index >= 0 else self.language.currentText().strip()
        return code or "nl"

    # ------------------------------------------------------------------ the result

    def accept(self) -> None:
        try:
            self.choice = self._build()
        except (ValueError, KlantreisError) as error:
            self.choice = None
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        super().accept()

    def _build(self) -> dict:
        """The choices; ValueError (a Dutch message) for a respondent without a respondent,
        KlantreisError for what the transcript does not accept (a language code)."""
        speakers = []
        for row, speaker in enumerate(self.transcript.speakers):
            role, respondent_id = self.role_of(row), self.respondents[row].currentData()
            if role is SpeakerRole.RESPONDENT and respondent_id is None:
                raise ValueError(self.tr("Kies de respondent van spreker ‘{label}’, of geef die "
                                         "spreker een andere rol.").format(label=speaker.label))
            speakers.append(Speaker(speaker.label, role, respondent_id))
        result = {"speakers": tuple(speakers), "group_id": self.group.currentData(),
                  "date": self.date.text().strip(), "language": self.language_code()}
        # (checks the date and the language as the transcript will; nothing is applied here)
        speakers_edit(self.journey, self.transcript.id, update_quotes=False, **result)
        return result

    def question(self, moved: list[tuple]) -> str:
        """What is asked before the quotes follow: ``moved`` holds (quote as it would become,
        quote as it is)."""
        count = len(moved)
        if any(new.respondent_id != old.respondent_id for new, old in moved):
            text = self.tr("%n citaat/citaten uit dit transcript krijgen de nieuwe respondent.",
                           "", count)
        else:
            text = self.tr("%n citaat/citaten uit dit transcript krijgen de nieuwe groep.", "", count)
        return text + " " + self.tr("Ook de citaten aanpassen? Bij ‘Nee’ wijzigt alleen het "
                                    "transcript.")


def change_speakers(workspace, transcript_id: str, parent=None) -> bool:
    """Correct the speakers, group, date and language of a transcript of the workspace's
    journey through the dialog; True when a step was applied (one undo step, saved at once)."""
    journey = workspace.journey
    transcript = journey.find("transcript", transcript_id) if journey is not None else None
    if transcript is None:
        return False
    dialog = TranscriptSpeakersDialog(journey, transcript, parent)
    try:
        if not workspace.prompts.run_dialog(dialog) or dialog.choice is None:
            return False
        chosen = dialog.choice
        following = quotes_following(journey, transcript_id, chosen["speakers"], chosen["group_id"])
        moved = [(q, journey.quote(q.id)) for q in following]
        update = bool(moved) and workspace.prompts.confirm(dialog.windowTitle(),
                                                           dialog.question(moved))
    finally:
        dialog.deleteLater()
    edit = speakers_edit(journey, transcript_id, update_quotes=update, **chosen)
    return edit is not None and workspace.apply(edit)
