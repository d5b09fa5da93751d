"""Alibaba Mail's profile: app ID and secret; the domain is added in the console, the API reads its status."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mailwizard.core.members.password_policy import SAFE_SYMBOLS, PasswordPolicy
from mailwizard.core.provider_profile import (
    ALIMAIL_CONSOLE,
    APP_ID,
    CONNECT_APP_SECRET,
    ProviderProfile,
    ProviderSite,
)

if TYPE_CHECKING:
    from mailwizard.core.providers.base import Provider
    from mailwizard.core.providers.connection import AppSecret, Endpoints
    from mailwizard.core.providers.shared_api import SharedApi
    from mailwizard.core.review.api import ReviewApi

ID = "alibaba"


# Where an account can be opened: the China site, and the international sites Singapore, Hong Kong (China),
# Germany and the United States — each with its own API host (core/providers/alibaba.py SITE_HOSTS, cited
# there). Companies in mainland China are offered the China site first, others Singapore, the first of the
# international sites Alibaba's own table lists
# (https://www.alibabacloud.com/help/zh/alibaba-mail/latest/api-access-server-address).
CHINA_SITE = "cn"
SITES = (ProviderSite(CHINA_SITE, "cn_mainland"), ProviderSite("sg", "elsewhere"), ProviderSite("hk"),
         ProviderSite("de"), ProviderSite("us"))


def _open_with_app_secret(credentials: AppSecret, endpoints: Endpoints, **options: Any) -> Provider:
    from mailwizard.core.providers.alibaba import AlibabaEndpoints, AlibabaProvider

    site = credentials.site or CHINA_SITE  # kept before sites existed: every account then was a China-site one
    return AlibabaProvider(credentials.app_id, credentials.secret,
                           AlibabaEndpoints.at(endpoints.alibaba(site), site), **options)


def _open_shared(provider: Provider) -> SharedApi:
    from mailwizard.core.providers.alibaba_shared import open_shared

    return open_shared(provider)  # type: ignore[arg-type]


def _open_review(provider: Provider) -> ReviewApi:
    from mailwizard.core.providers.alibaba_review import open_review

    return open_review(provider)  # type: ignore[arg-type]


PROFILE = ProviderProfile(
    id=ID,
    connect=CONNECT_APP_SECRET,
    # domains are added in the Alibaba Mail console; the API only reads their status (core/providers/alibaba.py);
    # roles and groups are given in the console (RoleUnsupported)
    domain_api=False,
    reads_domain_status=True,
    role_api=False,
    # POST /v2/users takes no mailbox size (go-alimail alimail/user.go CreateUserReq); the console's import
    # file has a column for it (resources/console_import/alibaba.toml)
    quota_api=False,
    # 8–64 characters with 3 of 4 classes (the team's notes, shared/design/PROVIDERS.md). A copy of Alibaba
    # Mail's admin help on weak-password blacklists (http://www.shizhucha.net/news_in/856) gives
    # "默认密码规则：密码长度8-64字符。须同时包含大写…" (cut off there), so generated passwords carry all four
    # classes; https://mailhelp.aliyun.com/openapi is the API reference the notes cite.
    password_policy=PasswordPolicy(8, 64, 3, SAFE_SYMBOLS, "https://mailhelp.aliyun.com/openapi"),
    console_import_layout=ID,
    app_id_label=APP_ID,
    console_steps=ALIMAIL_CONSOLE,
    sites=SITES,
    open_with_app_secret=_open_with_app_secret,
    open_review=_open_review,
    # mail groups and aliases through the open API (core/providers/alibaba_shared.py: the group calls'
    # paths (unconfirmed)); who may send to a group, and anything the API refuses, in the console
    # (resources/shared/alibaba.toml)
    open_shared=_open_shared,
    # No signatures or auto-replies through the API (the files instead): the open platform manages "organizations,
    # domain names, users, departments, mail groups, public contacts, emails, calendars, logon and logoff, audit
    # logs, and file streams" (https://www.alibabacloud.com/help/en/alibaba-mail/latest/open-api-platform); no
    # mailbox-settings call found in mailhelp.aliyun.com/openapi (unconfirmed)
)
