"""Typed errors of the domain and the store. Each carries a message code and its parameters;
``str(error)`` is the message in the current language (see :mod:`klantreis.messages`)."""

from __future__ import annotations

from klantreis.messages import message


class KlantreisError(Exception):
    """Base of every error a user can cause. Never shown with a traceback."""

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    def __str__(self) -> str:
        return message(self.code, **self.params)


class InvalidValue(KlantreisError, ValueError):
    """A field has a value the model does not accept."""


class DuplicateId(KlantreisError):
    """An entity with this id is already in the journey."""


class NotFound(KlantreisError, KeyError):
    """No entity with this id."""

    def __str__(self) -> str:  # KeyError would quote the message
        return KlantreisError.__str__(self)


class InvalidIndex(KlantreisError, IndexError):
    """An insert position outside the list."""


class UnknownReference(KlantreisError):
    """An entity refers to something that is not in the journey."""


class InUse(KlantreisError):
    """Removing this would leave other entities pointing at nothing."""


class DuplicateTransition(KlantreisError):
    """Two transitions between the same touchpoints in the same direction."""


class DuplicateCode(KlantreisError):
    """Two respondents with the same code."""


class ProjectFileError(KlantreisError):
    """A project or interchange file cannot be opened, read or written."""


class FragmentError(ProjectFileError):
    """Copied touchpoints that cannot be pasted: not a fragment, too new, or invalid data."""


class NewerVersion(ProjectFileError):
    """The file was written by a newer Klantreis."""


class CsvError(KlantreisError):
    """A CSV file that cannot be read or imported: encoding, header, cells or column choice."""


class TranscriptError(KlantreisError):
    """A transcript that cannot be read or imported: file type, encoding, a damaged Word
    document or subtitle file, a speaker label, a passage to quote."""
