"""How Microsoft Graph's answers become MailWizard's errors (one place, for every Graph call): the error body is
``{"error": {"code", "message"}}`` (learn.microsoft.com/graph/errors)."""

from __future__ import annotations

import httpx

from mailwizard.core.providers.base import (
    AlreadyExists,
    AuthExpired,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    ProviderError,
    SeatsExhausted,
)
from mailwizard.core.providers.http import Retry, retry_after

# assignLicense with every licence of the SKU taken: 400 Request_BadRequest "Subscription with SKU {skuId} does not
# have any available licenses." (as admins' Graph scripts on GitHub match it; not in Graph's reference: unconfirmed)
_NO_LICENCES_LEFT = "does not have any available licenses"
_RETRYABLE_CODES = {"Directory_ConcurrencyViolation", "Request_ThrottledTemporarily", "TooManyRequests",
                    "serviceNotAvailable", "UnknownError"}


def _error(response: httpx.Response) -> tuple[str, str]:
    try:
        error = response.json().get("error", {})
    except ValueError:
        return "", ""
    if not isinstance(error, dict):
        return str(error), ""
    return str(error.get("code", "")), str(error.get("message", ""))


def classify(response: httpx.Response) -> None:
    status = response.status_code
    if status < 400:
        return
    code, message = _error(response)
    if status in (429, 503) or (status == 409 and code in _RETRYABLE_CODES) or code in _RETRYABLE_CODES:
        raise Retry(retry_after(response))
    if status >= 500:
        raise Retry(retry_after(response))
    if status == 401:
        raise AuthExpired()
    if status == 403:
        raise PermissionDenied(needed="admin")
    if status == 404:
        raise NotFound()
    if "already exists" in message.lower():
        raise AlreadyExists(what="")
    if status == 400 and _NO_LICENCES_LEFT in message.lower():
        raise SeatsExhausted()
    if status in (400, 409):
        raise InvalidRequest(detail=message[:200])
    raise ProviderError()
