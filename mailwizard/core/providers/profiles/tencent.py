"""Tencent Exmail's profile: CorpID and secret; the domain is added in the console, roles given there too."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mailwizard.core.members.password_policy import PasswordPolicy
from mailwizard.core.provider_profile import CONNECT_APP_SECRET, CORP_ID, EXMAIL_CONSOLE, ProviderProfile

if TYPE_CHECKING:
    from mailwizard.core.providers.base import Provider
    from mailwizard.core.providers.connection import AppSecret, Endpoints
    from mailwizard.core.providers.shared_api import SharedApi
    from mailwizard.core.review.api import ReviewApi

ID = "tencent"


def _open_with_app_secret(credentials: AppSecret, endpoints: Endpoints, **options: Any) -> Provider:
    from mailwizard.core.providers.tencent import TencentEndpoints, TencentProvider

    return TencentProvider(credentials.app_id, credentials.secret, TencentEndpoints.at(endpoints.tencent_base),
                           **options)


def _open_shared(provider: Provider) -> SharedApi:
    from mailwizard.core.providers.tencent_shared import open_shared

    return open_shared(provider)  # type: ignore[arg-type]


def _open_review(provider: Provider) -> ReviewApi:
    from mailwizard.core.providers.tencent_review import open_review

    return open_review(provider)  # type: ignore[arg-type]


PROFILE = ProviderProfile(
    id=ID,
    connect=CONNECT_APP_SECRET,
    # no domain API, and no call that reads the domain's state (core/providers/tencent.py): the console and the
    # DNS check say it all; roles and groups are given in the console (RoleUnsupported)
    domain_api=False,
    reads_domain_status=False,
    role_api=False,
    # user/create takes userid, name, department, position, mobile, tel, extid, gender, slaves, password,
    # cpwd_login: no mailbox size (https://exmail.qq.com/qy_mng_logic/doc#10014)
    quota_api=False,
    # ⚠️ no published rule found. The API reference describes `password` only as "英文和数字" (letters and digits),
    # https://exmail.qq.com/qy_mng_logic/doc#10014, so generated passwords use no symbols here; 8–32 characters
    # and 3 classes is a conservative guess.
    password_policy=PasswordPolicy(8, 32, 3, "", "https://exmail.qq.com/qy_mng_logic/doc#10014"),
    console_import_layout=ID,
    app_id_label=CORP_ID,
    console_steps=EXMAIL_CONSOLE,
    open_with_app_secret=_open_with_app_secret,
    # the account review: status, aliases and the temporary-password flag; suspend (core/providers/tencent_review.py)
    open_review=_open_review,
    # mail groups (group/create, group/update, group/get) and aliases (user/update slaves, five an account):
    # core/providers/tencent_shared.py
    open_shared=_open_shared,
    # No signatures or auto-replies through the API (the files instead): Exmail's open API has 通讯录管理, 功能设置
    # (cgi-bin/useroption/get|update: login and IMAP/POP switches), 系统日志, 新邮件提醒, 单点登录 — the call list of
    # github.com/Le1Feng/exmail auto_setting.py, generated from exmail.qq.com/qy_mng_logic/doc; that no option sets
    # a signature or auto-reply is (unconfirmed)
)
