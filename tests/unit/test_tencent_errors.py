"""Every non-zero Tencent errcode becomes a typed error the UI explains (or a retry / token renewal)."""

from __future__ import annotations

import httpx
import pytest

from mailwizard.core.providers import tencent
from mailwizard.core.providers.base import (
    AlreadyExists,
    NoApiAccess,
    NotFound,
    WrongCredentials,
)
from mailwizard.core.providers.http import Retry, TokenRejected
from mailwizard.ui.messages import message


def answer(code: int, text: str = "x", status: int = 200) -> httpx.Response:
    return httpx.Response(status, json={"errcode": code, "errmsg": text})


@pytest.mark.parametrize(("code", "raised"), [
    (-1, Retry), (45009, Retry),                              # busy, frequency limit: try again later
    (40001, TokenRejected), (40014, TokenRejected), (42001, TokenRejected),   # renew the token once
    (48002, NoApiAccess), (60011, NoApiAccess),
    (60102, AlreadyExists), (60111, NotFound),
])
def test_each_errcode_has_its_meaning(code: int, raised: type[Exception]) -> None:
    with pytest.raises(raised):
        tencent.classify(answer(code))


def test_success_and_server_errors() -> None:
    tencent.classify(answer(0))
    with pytest.raises(Retry):
        tencent.classify(httpx.Response(502, text="bad gateway"))
    with pytest.raises(Retry):  # an HTML page from a proxy instead of JSON
        tencent.classify(httpx.Response(200, text="<html>"))


def test_at_gettoken_a_rejected_secret_or_corpid_is_a_wrong_credential() -> None:
    for code in (40001, 40013):
        with pytest.raises(WrongCredentials):
            tencent._classify_token(answer(code))


def test_every_typed_error_has_a_translated_explanation(qapp) -> None:
    from mailwizard.core.providers.base import DepartmentNotFound, InvalidAddress, RateLimited
    from mailwizard.ui.i18n import LanguageManager

    errors = (WrongCredentials(reason="secret"), NoApiAccess(needed="exmail-api"), AlreadyExists(what=""),
              InvalidAddress(address="a@b.com"), DepartmentNotFound(department="销售部"), RateLimited())
    english = [message(error.key, error.params) for error in errors]
    assert all(text != error.key and "{" not in text for text, error in zip(english, errors, strict=True))
    languages = LanguageManager()
    try:
        for language in ("zh_CN", "zh_TW"):
            languages.apply(language)
            for error, source in zip(errors, english, strict=True):
                text = message(error.key, error.params)
                assert text != source and "{" not in text, (language, error.key)
    finally:
        languages.apply("en")
