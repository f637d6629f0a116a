"""The connection settings of a PostgreSQL server, as the database-choice dialog and the command
line set them: host, port, database, login role, TLS mode, root certificate and the two timeouts.

They are kept as one URL without a password (`settings.json` of the OS user, i.e. per profile;
the password stays in the keyring): `postgresql+psycopg://role@host:port/db?sslmode=…&
sslrootcert=…&connect_timeout=…&statement_timeout=…`. Values equal to the defaults are left out.
`connect_timeout` (seconds) and `statement_timeout` (seconds) are taken out of the URL by
`app.database.engine.parse_database_url` and applied to every connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from app.errors import UserError, ValidationError
from app.vocabulary import checks
from app.vocabulary import fields as F

TLS_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
VERIFYING = ("verify-ca", "verify-full")
DEFAULT_PORT = 5432
DEFAULT_TLS = "verify-full"
DEFAULT_CONNECT_TIMEOUT_S = 10
DEFAULT_STATEMENT_TIMEOUT_S = 120
CONNECT_TIMEOUT_RANGE = (1, 600)
STATEMENT_TIMEOUT_RANGE = (1, 86_400)
_ROLE_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_")


@dataclass(frozen=True)
class ServerConnection:
    host: str = ""
    port: int | str = DEFAULT_PORT
    database: str = ""
    login_role: str = ""  # empty: the OS user's staff login from the keyring
    sslmode: str = DEFAULT_TLS
    root_certificate: str = ""  # a file, or "system" (the OS trust store)
    connect_timeout_s: int | str = DEFAULT_CONNECT_TIMEOUT_S
    statement_timeout_s: int | str = DEFAULT_STATEMENT_TIMEOUT_S

    def problems(self) -> list[UserError]:
        """Every wrong field, each a Swedish message naming it."""
        out: list[UserError] = []
        if not self.host.strip():
            out.append(checks.required(F.HOST))
        elif any(ch.isspace() or ch in "/@?#" for ch in self.host.strip()):
            out.append(
                UserError("Fältet {field}: ange bara serverns namn eller IP-adress.", field=F.HOST)
            )
        port = _int(self.port)
        if port is None or not 1 <= port <= 65535:
            out.append(
                UserError("Fältet {field}: ange ett heltal mellan 1 och 65535.", field=F.PORT)
            )
        if not self.database.strip():
            out.append(checks.required(F.DATABASE_NAME))
        elif any(ch.isspace() or ch in "/?#" for ch in self.database.strip()):
            out.append(
                UserError(
                    "Fältet {field}: namnet får inte innehålla mellanslag eller /.",
                    field=F.DATABASE_NAME,
                )
            )
        role = self.login_role.strip()
        if role and not (set(role) <= _ROLE_CHARS and role[0].isalpha()):
            out.append(
                UserError(
                    "Fältet {field}: bara små bokstäver a–z, siffror och _, och första tecknet "
                    "en bokstav.",
                    field=F.LOGIN_ROLE,
                )
            )
        if self.sslmode not in TLS_MODES:
            out.append(
                UserError(
                    "Fältet {field}: okänt värde {value}; välj ett av {modes}.",
                    field=F.SSL_MODE,
                    value=self.sslmode,
                    modes=", ".join(TLS_MODES),
                )
            )
        cert = self.root_certificate.strip()
        if cert and cert != "system" and not Path(cert).expanduser().is_file():
            out.append(
                UserError(
                    "Fältet {field}: filen {path} finns inte.", field=F.ROOT_CERTIFICATE, path=cert
                )
            )
        elif not cert and self.sslmode in VERIFYING:
            out.append(
                UserError(
                    "Fältet {field}: TLS-läget {mode} kontrollerar servern mot ett rotcertifikat; "
                    "välj filen från IT (eller skriv system för datorns egna).",
                    field=F.ROOT_CERTIFICATE,
                    mode=self.sslmode,
                )
            )
        for value, field, (low, high) in (
            (self.connect_timeout_s, F.CONNECT_TIMEOUT, CONNECT_TIMEOUT_RANGE),
            (self.statement_timeout_s, F.STATEMENT_TIMEOUT, STATEMENT_TIMEOUT_RANGE),
        ):
            seconds = _int(value)
            if seconds is None or not low <= seconds <= high:
                out.append(
                    UserError(
                        "Fältet {field}: ange sekunder, {low}–{high}.",
                        field=field,
                        low=low,
                        high=high,
                    )
                )
        return out

    def validate(self) -> None:
        problems = self.problems()
        if problems:
            raise ValidationError(problems)

    def to_url(self) -> str:
        """The URL to save (never a password); raises ValidationError for bad input."""
        self.validate()
        query: dict[str, str] = {"sslmode": self.sslmode}
        cert = self.root_certificate.strip()
        if cert:
            query["sslrootcert"] = (
                cert if cert == "system" else str(Path(cert).expanduser().resolve())
            )
        if int(self.connect_timeout_s) != DEFAULT_CONNECT_TIMEOUT_S:
            query["connect_timeout"] = str(int(self.connect_timeout_s))
        if int(self.statement_timeout_s) != DEFAULT_STATEMENT_TIMEOUT_S:
            query["statement_timeout"] = str(int(self.statement_timeout_s))
        url = URL.create(
            "postgresql+psycopg",
            username=self.login_role.strip() or None,
            host=self.host.strip(),
            port=int(self.port),
            database=self.database.strip(),
            query=query,
        )
        return url.render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, value: str) -> ServerConnection:
        url = make_url(value)
        q = url.query
        return cls(
            host=url.host or "",
            port=url.port or DEFAULT_PORT,
            database=url.database or "",
            login_role=url.username or "",
            sslmode=str(q.get("sslmode", "prefer")),
            root_certificate=str(q.get("sslrootcert", "")),
            connect_timeout_s=_int(q.get("connect_timeout")) or DEFAULT_CONNECT_TIMEOUT_S,
            statement_timeout_s=_int(q.get("statement_timeout")) or DEFAULT_STATEMENT_TIMEOUT_S,
        )


def _int(value: object) -> int | None:
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def take_timeouts(url: URL) -> tuple[URL, int | None, int | None]:
    """The URL without `connect_timeout` and `statement_timeout` (seconds), and their values
    (None: not given). Bad values raise a UserError naming the field."""
    values: list[int | None] = []
    for key, field, (low, high) in (
        ("connect_timeout", F.CONNECT_TIMEOUT, CONNECT_TIMEOUT_RANGE),
        ("statement_timeout", F.STATEMENT_TIMEOUT, STATEMENT_TIMEOUT_RANGE),
    ):
        raw = url.query.get(key)
        if raw is None:
            values.append(None)
            continue
        seconds = _int(raw)
        if seconds is None or not low <= seconds <= high:
            raise UserError(
                "Fältet {field}: ange sekunder, {low}–{high}.", field=field, low=low, high=high
            )
        values.append(seconds)
    return url.difference_update_query(["connect_timeout", "statement_timeout"]), *values
