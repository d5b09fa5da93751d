"""The review's readers page through every list and stop: a service that answers the same page token (or next
link) again fails the read plainly (ServiceUnavailable) instead of asking for ever."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from mailwizard.core.providers.base import ServiceUnavailable


class _Answer:
    def __init__(self, data: dict) -> None:
        self.data = data

    def json(self) -> dict:
        return self.data


class _Api:
    """Answers each GET with the next of ``pages``, the last one for ever."""

    def __init__(self, pages: list[dict]) -> None:
        self.pages, self.calls = pages, 0

    async def get(self, url, params=None):
        self.calls += 1
        if self.calls > 50:
            raise AssertionError("still paging after 50 pages")
        return _Answer(self.pages[min(self.calls, len(self.pages)) - 1])


def _google(api: _Api):
    from mailwizard.core.providers.google_review import GoogleReview

    review = GoogleReview.__new__(GoogleReview)
    review.p = SimpleNamespace(api=api)
    return review


def _graph(api: _Api):
    from mailwizard.core.providers.graph_review import GraphReview

    return GraphReview(SimpleNamespace(graph="https://graph.invalid/v1.0", api=api))


def test_google_pages_through_every_token() -> None:
    api = _Api([{"users": [{"id": "1"}], "nextPageToken": "a"}, {"users": [{"id": "2"}], "nextPageToken": "b"},
                {"users": [{"id": "3"}]}])
    items = asyncio.run(_google(api)._pages("https://x.invalid/users", "users", {}))
    assert [i["id"] for i in items] == ["1", "2", "3"] and api.calls == 3


def test_google_stops_on_a_page_token_that_comes_back() -> None:
    api = _Api([{"users": [{"id": "1"}], "nextPageToken": "a"}, {"users": [{"id": "2"}], "nextPageToken": "a"}])
    with pytest.raises(ServiceUnavailable):
        asyncio.run(_google(api)._pages("https://x.invalid/users", "users", {}))
    assert api.calls == 2


def test_graph_pages_through_every_next_link_and_stops_on_one_that_comes_back() -> None:
    link = "https://graph.invalid/v1.0/users?$skiptoken=X"
    api = _Api([{"value": [{"id": "1"}], "@odata.nextLink": link}, {"value": [{"id": "2"}]}])
    assert [i["id"] for i in asyncio.run(_graph(api)._pages("https://graph.invalid/v1.0/users", {}))] == ["1", "2"]
    api = _Api([{"value": [{"id": "1"}], "@odata.nextLink": link}])  # the same link for ever
    with pytest.raises(ServiceUnavailable):
        asyncio.run(_graph(api)._pages("https://graph.invalid/v1.0/users", {}))
    assert api.calls == 2


def test_alibaba_stops_on_a_full_page_that_comes_back() -> None:
    from mailwizard.core.providers.alibaba import PAGE_SIZE, AlibabaProvider

    full = {"users": [{"id": str(i)} for i in range(PAGE_SIZE)]}  # no "total", the offset not followed
    provider = AlibabaProvider.__new__(AlibabaProvider)
    provider.api = _Api([full])
    with pytest.raises(ServiceUnavailable):
        asyncio.run(provider._pages("https://alimail.invalid/v2/departments/$root/users", "users"))
    assert provider.api.calls == 2
    following = {"users": [{"id": "last"}]}
    provider.api = _Api([full, following])
    assert len(asyncio.run(provider._pages("https://x.invalid/users", "users"))) == PAGE_SIZE + 1


@pytest.mark.parametrize(("scope", "lacks"), [
    ("https%3A%2F%2Fgraph.microsoft.com%2Fmail.read", True),  # %-encoded, as Microsoft's own example writes it
    ("https%3A%2F%2Fgraph.microsoft.com%2FReports.Read.All", False),
    ("openid User.Read Mail.Send", True),
    ("User.Read reports.read.all", False),
    ("https://graph.microsoft.com/Reports.Read.All offline_access", False),
    ("https://graph.microsoft.com/.default", False),  # everything consented: nothing to claim
    ("", False),  # not said: not claimed
])
def test_graph_reads_the_missing_reports_permission_from_the_tokens_scope(scope: str, lacks: bool) -> None:
    from mailwizard.core.providers.graph_review import _lacks

    assert _lacks(SimpleNamespace(token={"scope": scope}), "Reports.Read.All") is lacks
