"""Errors the user can understand and act on.

The text is Swedish source text, translated first and formatted afterwards (never an f-string
into a translation). `field` names the input field that is wrong, so a form can point at it.
"""

from __future__ import annotations

from app.i18n import translate


class UserError(Exception):
    context = "errors"

    def __init__(self, text: str, *, field: str | None = None, **params: object) -> None:
        super().__init__(text)
        self.template = text
        self.field = field
        self.params = params

    def message(self) -> str:
        params = dict(self.params)
        if self.field is not None:
            params.setdefault("field", translate("fields", self.field))
        return translate(self.context, self.template).format(**params)

    def __str__(self) -> str:
        return self.message()


class ValidationError(UserError):
    """Bad input; may carry several problems at once (each a UserError)."""

    def __init__(self, problems: list[UserError]) -> None:
        self.problems = problems
        first = problems[0] if problems else UserError("Ogiltig inmatning.")
        super().__init__(first.template, field=first.field, **first.params)

    def message(self) -> str:
        return "\n".join(p.message() for p in self.problems)


class DatabaseOpenError(UserError):
    """The database could not be opened; nothing was touched."""


class DatabaseInUseError(DatabaseOpenError):
    """The local database file is open in another program; it was left as it was."""


class NotEnrolledError(DatabaseOpenError):
    """This OS user has no secret for the database yet: enroll with a one-time code."""


class KeyringError(DatabaseOpenError):
    """The OS keyring is missing, locked, or lacks the secret we need."""


class ServerTlsError(DatabaseOpenError):
    """The server's TLS failed the check (root certificate, name, no TLS); nothing was sent."""


class SchemaTooNewError(DatabaseOpenError):
    pass


class ConcurrentEditError(UserError):
    """Another workstation changed the record after it was opened."""

    def __init__(self, text: str, *, changed_by: str | None, changed_at: object, **params: object):
        super().__init__(text, changed_by=changed_by or "okänd", changed_at=changed_at, **params)
        self.changed_by = changed_by
        self.changed_at = changed_at


class AccessDenied(UserError):
    pass
