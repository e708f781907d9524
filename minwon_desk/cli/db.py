"""``minwon-desk db upgrade|check``: set up the agency's database and check that this PC
reaches it.

``upgrade`` creates the schema in an empty database or brings an older one to this
version, and says from which revision to which (a SQLite file is copied aside first). A
shared PostgreSQL server is upgraded this way, once, by its administrator: desks refuse a
server whose schema is older or newer than theirs.

``check`` says whether the database answers, its schema revision against this version's,
and the round-trip time of one query in milliseconds. It exits 2 with the reason when the
server cannot be reached or the schema does not match.
"""

from __future__ import annotations

import argparse

from minwon_desk.cli._common import EXIT_OK, UsageError, command_group
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import settle

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.settings import AppConfig


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "db", translate("DbCommand", "데이터베이스 만들기·올리기·점검"), dest="db_command", metavar="ACTION"
    )
    upgrade = actions.add_parser(
        "upgrade", parents=[common], help=translate("DbCommand", "스키마 만들기·이 버전으로 올리기"),
        description=translate(
            "DbCommand",
            "빈 데이터베이스에 스키마를 만들거나 이전 버전의 스키마를 이 버전으로 올립니다. "
            "공유 PostgreSQL 서버는 관리자가 이 명령으로 한 번 올립니다 (예: minwon-desk db "
            "upgrade --db-url postgresql://user@server/minwon).",
        ),
    )
    upgrade.set_defaults(handler=run_upgrade)
    check = actions.add_parser(
        "check", parents=[common], help=translate(
            "DbCommand",
            "서버 연결·스키마 버전·응답 시간 점검",
        ),
        description=translate(
            "DbCommand",
            "이 PC에서 데이터베이스에 연결되는지, 스키마 버전이 이 버전과 맞는지, 질의 한 "
            "번의 왕복 시간(ms)을 알려 줍니다. 연결되지 않거나 버전이 맞지 않으면 까닭을 "
            "말하고 상태 2로 끝납니다.",
        ),
    )
    check.set_defaults(handler=run_check)


def run_upgrade(args: argparse.Namespace) -> int:
    from minwon_desk.domain.errors import MinwonError
    from minwon_desk.services import schema

    config = _config(args)
    print(translate("DbCommand", "데이터베이스: {schema}").format(schema=schema.label_of(config.db_url)))
    try:
        result = schema.upgrade(config.db_url, backup_dir=config.backup_dir)
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    if result.from_revision is None:
        print(settle(translate(
            "DbCommand",
            "빈 데이터베이스에 스키마 {to_revision}을(를) 만들었습니다.",
        ).format(to_revision=result.to_revision)))
    elif result.upgraded:
        print(settle(translate(
            "DbCommand",
            "스키마를 {from_revision}에서 {to_revision}(으)로 올렸습니다.",
        ).format(from_revision=result.from_revision, to_revision=result.to_revision)))
    else:
        print(translate(
            "DbCommand",
            "이미 이 버전의 스키마({to_revision})입니다. 바꾼 것이 없습니다.",
        ).format(to_revision=result.to_revision))
    if result.backup_path is not None:
        print(translate("DbCommand", "올리기 전의 파일을 {backup_path}에 복사해 두었습니다.").format(backup_path=result.backup_path))
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    from minwon_desk.domain.errors import MinwonError, StorageError
    from minwon_desk.services import schema
    from minwon_desk.services.schema import SchemaState

    config = _config(args)
    print(translate("DbCommand", "데이터베이스: {schema}").format(schema=schema.label_of(config.db_url)))
    try:
        found = schema.check(config.db_url)
    except StorageError as exc:
        raise UsageError(translate("DbCommand", "연결되지 않습니다: {exc}").format(exc=exc)) from exc
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    print(translate(
        "DbCommand",
        "연결: 됨 (왕복 {round_trip_ms:.2f} ms, 가장 빠른 {fastest_ms:.2f} ms)",
    ).format(round_trip_ms=found.round_trip_ms, fastest_ms=found.fastest_ms))
    if found.state is SchemaState.SAME:
        print(translate("DbCommand", "스키마: {revision} (이 버전과 같습니다)").format(revision=found.revision))
        return EXIT_OK
    if found.state is SchemaState.EMPTY:
        raise UsageError(
            translate(
                "DbCommand",
                "스키마가 없습니다 (이 버전: {ours}). 'minwon-desk db upgrade --db-url "
                "주소'로 만들어 주세요.",
            ).format(ours=found.ours)
        )
    if found.state is SchemaState.OLDER:
        raise UsageError(
            translate(
                "DbCommand",
                "스키마 {revision}이(가) 이 버전({ours})보다 오래되었습니다. 모든 창구를 "
                "업데이트할 때 'minwon-desk db upgrade --db-url 주소'로 올려 주세요.",
            ).format(revision=found.revision, ours=found.ours)
        )
    raise UsageError(
        translate(
            "DbCommand",
            "스키마 {revision}은(는) 이 버전({ours})보다 새 버전의 것입니다. 이 PC의 민원 "
            "데스크를 업데이트해 주세요.",
        ).format(revision=found.revision, ours=found.ours)
    )


def _config(args: argparse.Namespace) -> AppConfig:
    from minwon_desk.cli._common import config_of

    config = config_of(args)
    if config.db_url.startswith("sqlite"):
        from minwon_desk.bootstrap import make_data_dir

        make_data_dir(config.data_dir)
    return config
