"""Settings: each declared once with its type, default and meaning; stored per machine.

Precedence when the app starts: command-line option > environment variable > the machine's
settings file (``settings.toml`` in the data folder) > the declared default.
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from minwon_desk.files import write_atomically
from minwon_desk.resources import charter_preset

APP_NAME = "minwon-desk"
DB_URL_ENV = "MINWON_DB_URL"


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting. ``label`` is its name on the settings screen (empty: not shown there);
    ``admin``: only a 관리자 changes it (it decides where the records go or the agency's
    rules, not how this desk looks); ``restart``: it takes effect at the next start."""

    name: str
    type: type
    default: Any
    description: str
    label: str = ""
    admin: bool = False
    restart: bool = False
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, what the screen says)
    section: str = ""  # the part of the settings screen it is shown in ("": the first)
    secret: bool = False  # a password: never shown as typed
    env: str = ""  # an environment variable that, when set, is used instead

    @property
    def shown(self) -> bool:
        return bool(self.label)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks a setting's label and help for translation; the settings screen translates
    them where it shows them (this module comes before the rules and may not use theirs)."""
    del context
    return text


NOTICES = QT_TRANSLATE_NOOP("Settings", "알림 발송")  # the settings screen's section for mail and texts

SETTINGS: tuple[Setting, ...] = (
    Setting("desk_name", str, "1층 민원안내", QT_TRANSLATE_NOOP("Settings", "이 창구의 이름 (감사 기록과 상태 표시줄에 나옵니다)"),
            label=QT_TRANSLATE_NOOP("Settings", "창구 이름"), restart=True),
    Setting("charter", str, "mss", QT_TRANSLATE_NOOP("Settings", "쓰는 고객응대서비스 이행표준: 'mss', 'tipa' 또는 TOML 파일 경로"),
            label=QT_TRANSLATE_NOOP("Settings", "이행표준"), admin=True, restart=True),
    Setting("db_url", str, "", QT_TRANSLATE_NOOP("Settings", "데이터베이스 주소. 비워 두면 데이터 폴더의 minwon.db(SQLite)를 씁니다. "
            "여러 창구가 함께 쓰려면 postgresql+psycopg://사용자@서버/데이터베이스"),
            label=QT_TRANSLATE_NOOP("Settings", "데이터베이스 주소"), admin=True, restart=True),
    Setting("greeting_sound", bool, True, QT_TRANSLATE_NOOP("Settings", "응대 기한이 되면 소리를 냅니다"), label=QT_TRANSLATE_NOOP("Settings", "알림 소리")),
    Setting("idle_lock_minutes", int, 10, QT_TRANSLATE_NOOP("Settings", "입력이 없을 때 화면을 잠그기까지의 시간(분, 1~120)"),
            label=QT_TRANSLATE_NOOP("Settings", "화면 잠금(분)"), admin=True, minimum=1, maximum=120),
    Setting("lock_shows_board", bool, False,
            QT_TRANSLATE_NOOP("Settings", "화면이 잠겨 있어도 대기 현황(대기 시간, 가린 이름, 도착 시각)을 보여 줍니다"),
            label=QT_TRANSLATE_NOOP("Settings", "잠금 중 대기 현황"), admin=True),
    Setting("language", str, "ko", QT_TRANSLATE_NOOP("Settings", "화면 언어: 'ko' 또는 'en'"), label=QT_TRANSLATE_NOOP("Settings", "화면 언어"), restart=True,
            choices=(("ko", "한국어"), ("en", "English"))),
    Setting("auto_backup", bool, True,
            QT_TRANSLATE_NOOP("Settings", "하루 한 번 데이터베이스를 스스로 백업합니다 "
                                          "(공유 서버에서는 한 창구만 합니다)"),
            label=QT_TRANSLATE_NOOP("Settings", "자동 백업"), admin=True),
    Setting("backup_folder", str, "",
            QT_TRANSLATE_NOOP("Settings", "자동 백업을 둘 폴더. 비워 두면 데이터 폴더의 backups 폴더"),
            label=QT_TRANSLATE_NOOP("Settings", "백업 폴더"), admin=True),
    Setting("backup_keep", int, 14,
            QT_TRANSLATE_NOOP("Settings", "자동 백업을 최근 몇 개까지 둘지 (1~365, 오래된 것부터 지웁니다)"),
            label=QT_TRANSLATE_NOOP("Settings", "백업 보관 개수"), admin=True, minimum=1, maximum=365),
    Setting("desk_operator", str, "", "(더 쓰지 않음) 예전 버전에서 이 창구 근무자의 사번"),
    # Notices to petitioners (e-mail through the agency's server, text messages).
    Setting("smtp_host", str, "", QT_TRANSLATE_NOOP("Settings", "민원인에게 이메일을 보낼 기관 메일 서버(SMTP) 주소. 비워 두면 "
            "이메일을 보내지 않고 알림을 실패로 남깁니다"),
            label=QT_TRANSLATE_NOOP("Settings", "메일 서버"), admin=True, section=NOTICES),
    Setting("smtp_port", int, 587, QT_TRANSLATE_NOOP("Settings", "메일 서버 포트 (STARTTLS 587, TLS 465, 암호화 없음 25)"),
            label=QT_TRANSLATE_NOOP("Settings", "메일 서버 포트"), admin=True, minimum=1, maximum=65535,
            section=NOTICES),
    Setting("smtp_security", str, "starttls", QT_TRANSLATE_NOOP("Settings", "메일 서버 연결 보안: 'starttls', 'tls' 또는 'none'"),
            label=QT_TRANSLATE_NOOP("Settings", "연결 보안"), admin=True, section=NOTICES,
            choices=(("starttls", "STARTTLS"), ("tls", "TLS"), ("none", QT_TRANSLATE_NOOP("Settings", "암호화 없음")))),
    Setting("smtp_user", str, "", QT_TRANSLATE_NOOP("Settings", "메일 서버 로그인 이름 (비워 두면 인증하지 않음)"),
            label=QT_TRANSLATE_NOOP("Settings", "메일 로그인 이름"), admin=True, section=NOTICES),
    Setting("smtp_password", str, "", QT_TRANSLATE_NOOP("Settings", "메일 서버 비밀번호 (환경 변수 MINWON_SMTP_PASSWORD가 "
            "있으면 그것을 씁니다)"),
            label=QT_TRANSLATE_NOOP("Settings", "메일 비밀번호"), admin=True, section=NOTICES, secret=True,
            env="MINWON_SMTP_PASSWORD"),
    Setting("mail_from", str, "", QT_TRANSLATE_NOOP("Settings", "보내는 사람 주소 (예: 민원실 <minwon@example.go.kr>)"),
            label=QT_TRANSLATE_NOOP("Settings", "보내는 사람"), admin=True, section=NOTICES),
    Setting("sms_provider", str, "folder", QT_TRANSLATE_NOOP("Settings", "문자 발송: 'solapi'(솔라피 문자 서비스) 또는 "
            "'folder'(보내지 않고 sms_folder에 파일로 남김, 시험용)"),
            label=QT_TRANSLATE_NOOP("Settings", "문자 발송"), admin=True, section=NOTICES,
            choices=(("folder", QT_TRANSLATE_NOOP("Settings", "폴더에 남김(시험용)")),
                     ("solapi", QT_TRANSLATE_NOOP("Settings", "솔라피")))),
    Setting("sms_folder", str, "", QT_TRANSLATE_NOOP("Settings", "시험용 문자 폴더 (비워 두면 데이터 폴더의 sms-outbox)"),
            label=QT_TRANSLATE_NOOP("Settings", "시험용 문자 폴더"), admin=True, section=NOTICES),
    Setting("solapi_api_key", str, "", QT_TRANSLATE_NOOP("Settings", "솔라피 API 키"),
            label=QT_TRANSLATE_NOOP("Settings", "솔라피 API 키"), admin=True, section=NOTICES),
    Setting("solapi_api_secret", str, "", QT_TRANSLATE_NOOP("Settings", "솔라피 API 비밀 키 (환경 변수 MINWON_SOLAPI_SECRET이 "
            "있으면 그것을 씁니다)"),
            label=QT_TRANSLATE_NOOP("Settings", "솔라피 비밀 키"), admin=True, section=NOTICES, secret=True,
            env="MINWON_SOLAPI_SECRET"),
    Setting("solapi_url", str, "https://api.solapi.com", QT_TRANSLATE_NOOP("Settings", "솔라피 API 주소"),
            label=QT_TRANSLATE_NOOP("Settings", "솔라피 API 주소"), admin=True, section=NOTICES),
    Setting("sms_sender", str, "", QT_TRANSLATE_NOOP("Settings", "문자 발신번호 (통신사에 등록한 기관 번호)"),
            label=QT_TRANSLATE_NOOP("Settings", "문자 발신번호"), admin=True, section=NOTICES),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> Setting:
    return _BY_NAME[name]


_KINDS_KO: dict[type, str] = {
    str: '따옴표로 감싼 글자(예: "1층 민원안내")',
    int: "정수(예: 10)",
    bool: "true 또는 false",
}


def _is_a(value: object, kind: type) -> bool:
    # TOML's true is a Python bool, which is also an int: not a number of minutes.
    return isinstance(value, kind) and (kind is bool or not isinstance(value, bool))


class SettingsError(ValueError):
    """A settings file or value that cannot be used (said in Korean; exit status 2)."""


def value_problem(setting: Setting, value: object) -> str | None:
    """What is wrong with ``value`` for ``setting`` (a Korean phrase), or None. The one
    check of the settings file when it is read and of the settings screen before it saves."""
    if not _is_a(value, setting.type):
        return f"{_KINDS_KO.get(setting.type, setting.type.__name__)}이어야 합니다"
    if setting.choices and value not in {stored for stored, _ in setting.choices}:
        return "다음 중 하나여야 합니다: " + ", ".join(f"'{stored}'" for stored, _ in setting.choices)
    if isinstance(value, int) and not isinstance(value, bool):
        if setting.minimum is not None and value < setting.minimum:
            return f"{setting.minimum} 이상이어야 합니다"
        if setting.maximum is not None and value > setting.maximum:
            return f"{setting.maximum} 이하여야 합니다"
    return None


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


SETTINGS_MAX = 1024 * 1024  # a desk's settings are a few hundred bytes


def _read_settings(path: Path) -> bytes:
    """The file's bytes, only from a regular file of at most SETTINGS_MAX bytes (a device
    such as /dev/zero would be read forever). The same rule as domain/filesize.py, which
    this layer may not import."""
    with path.open("rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SettingsError(
                f"설정 파일({path})은 일반 파일이 아닙니다(장치나 파이프는 읽지 않습니다). "
                "설정 파일 경로를 확인해 주세요."
            )
        raw = handle.read(SETTINGS_MAX + 1)
    if len(raw) > SETTINGS_MAX:
        size = max(info.st_size, len(raw))
        raise SettingsError(
            f"설정 파일({path})이 너무 큽니다 ({size / 1048576:,.1f} MB, 최대 1 MB). "
            "설정 파일이 맞는지 확인하고, 아니면 지운 뒤 다시 실행해 주세요."
        )
    return raw


class SettingsStore:
    """The machine's settings file. Unknown keys are kept (a newer version may own them)."""

    def __init__(self, path: Path, values: Mapping[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = dict(values or {})

    @classmethod
    def load(cls, path: Path) -> SettingsStore:
        if not path.exists():
            return cls(path)
        try:
            data = tomllib.loads(_read_settings(path).decode("utf-8"))
        except OSError as exc:
            raise SettingsError(
                f"설정 파일을 읽을 수 없습니다({path}: {exc.strerror}). 파일과 권한을 확인해 주세요."
            ) from exc
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(
                f"설정 파일의 형식이 TOML이 아닙니다({path}: {exc}). 파일을 고치거나 지운 뒤 다시 실행해 주세요."
            ) from exc
        except UnicodeDecodeError as exc:
            raise SettingsError(
                f"설정 파일 {path}에 UTF-8이 아닌 글자가 있습니다. 파일을 UTF-8로 저장해 주세요."
            ) from exc
        except RecursionError:
            raise SettingsError(
                f"설정 파일 {path}의 괄호([ ], {{ }})가 너무 깊게 겹쳐 있어 읽을 수 없습니다. "
                "파일을 고치거나 지운 뒤 다시 실행해 주세요."
            ) from None
        store = cls(path, data)
        for name, value in data.items():
            setting = _BY_NAME.get(name)
            problem = None if setting is None else value_problem(setting, value)
            if problem is not None:
                raise SettingsError(
                    f"설정 파일 {path}의 '{name}' 값이 잘못되었습니다: {problem} (지금: {value!r})."
                )
        return store

    def get(self, name: str) -> Any:
        setting = _BY_NAME[name]
        return self._values.get(name, setting.default)

    def set(self, name: str, value: Any) -> None:
        problem = value_problem(_BY_NAME[name], value)
        if problem is not None:
            raise SettingsError(f"'{name}' 설정은 {problem}.")
        self._values[name] = value

    def update(self, changes: Mapping[str, Any]) -> None:
        """Set ``changes`` and save them, or (OSError, SettingsError) change nothing, in the
        file or here: the running app keeps the values it had."""
        for name, value in changes.items():
            problem = value_problem(_BY_NAME[name], value)
            if problem is not None:
                raise SettingsError(f"'{name}' 설정은 {problem}.")
        SettingsStore(self.path, {**self._values, **changes}).save()
        self._values.update(changes)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Whole or not at all: a crash never leaves half a settings file.
        write_atomically(self.path, tomli_w.dumps(self._values).encode("utf-8"))

    def __repr__(self) -> str:
        return f"SettingsStore({str(self.path)!r}, {self._values!r})"


@dataclass(frozen=True)
class AppConfig:
    """Everything the app needs to start, resolved from options, environment and settings."""

    data_dir: Path
    db_url: str
    charter_path: Path
    desk_name: str
    demo: bool
    settings: SettingsStore = field(repr=False)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def backup_folder(self) -> Path:
        """Where the daily backups go (the ``backup_folder`` setting, else ``backups``)."""
        chosen = str(self.settings.get("backup_folder")).strip()
        return Path(chosen).expanduser() if chosen else self.backup_dir


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve().as_posix()}"


def charter_path_for(value: str) -> Path:
    """A preset name ('mss', 'tipa') or a path to an agency's own charter file."""
    if value in {"mss", "tipa"}:
        return charter_preset(value)
    return Path(value).expanduser()


def resolve_config(
    *,
    data_dir: str | Path | None = None,
    db_url: str | None = None,
    charter: str | None = None,
    desk_name: str | None = None,
    demo: bool = False,
    environ: Mapping[str, str] | None = None,
) -> AppConfig:
    env = os.environ if environ is None else environ
    base = Path(data_dir).expanduser() if data_dir else default_data_dir()
    # The demo lives in its own folder so it never touches the agency's real database.
    folder = base / "demo" if demo else base
    settings = SettingsStore.load(folder / "settings.toml")
    if demo:
        url = sqlite_url(folder / "demo.db")
    else:
        url = db_url or env.get(DB_URL_ENV) or settings.get("db_url") or sqlite_url(
            folder / "minwon.db"
        )
    return AppConfig(
        data_dir=folder,
        db_url=url,
        charter_path=charter_path_for(charter or settings.get("charter")),
        desk_name=desk_name or settings.get("desk_name"),
        demo=demo,
        settings=settings,
    )
