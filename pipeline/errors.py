"""Named errors. Each carries a code users can search for; the CLI prints one line and exits 2."""

from __future__ import annotations


class VerifyError(Exception):
    """Base class: an error the user can fix (bad input, bad table). Never a bug."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0] if self.args else ''}"


class InputError(VerifyError):
    """An article could not be read or decoded."""

    code = "E001"


class FactTableError(VerifyError):
    """The reference table or entity lexicon is missing or invalid."""

    code = "E002"


class ConfigError(VerifyError):
    """A configuration file is unreadable or has an unknown or invalid setting."""

    code = "E003"


class AuditError(VerifyError):
    """An audit cannot start or go on: a bad output folder, an audit already running there, a journal
    of another audit, conflicting options, workers that load another fact table."""

    code = "E005"


class EngineError(VerifyError):
    """The audit's workers cannot be started: a Dask cluster that cannot be reached, or whose workers
    do not load the same fact table; the dask engine not installed."""

    code = "E006"
