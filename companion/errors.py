"""User-facing errors. Each carries one line that says what is wrong and how to fix it."""


class CompanionError(Exception):
    """Base for errors shown to users as one line (CLI: stderr + exit code; HTTP: 4xx detail)."""

    exit_code = 2
    http_status = 400


class BadAudioError(CompanionError):
    """The audio cannot be read or decoded."""

    http_status = 415


class BadTranscriptError(CompanionError):
    """A transcript line is malformed."""

    http_status = 422


class UnknownLanguageError(CompanionError):
    http_status = 422


class UnknownPlaybookError(CompanionError):
    http_status = 422


class PlaybookError(CompanionError):
    """A playbook file is invalid (the message names file and line)."""

    http_status = 422


class BadChannelMapError(CompanionError):
    http_status = 422


class DeviceError(CompanionError):
    """A sound device is missing or cannot be opened."""

    http_status = 409


class ModelError(CompanionError):
    """The speech model is missing, incomplete or corrupt."""

    exit_code = 3
    http_status = 503


class NotFoundError(CompanionError):
    http_status = 404


class NotReadyError(CompanionError):
    """The service is still loading, or cannot start calls."""

    http_status = 503


class TooLargeError(CompanionError):
    http_status = 413


class BadQueryError(CompanionError):
    http_status = 422


class CallStateError(CompanionError):
    """The call is not in a state that allows this (e.g. it has ended)."""

    http_status = 409
