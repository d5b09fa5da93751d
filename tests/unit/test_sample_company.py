"""Practice starts with a sample company in the UI language (the session holds it, the Domain step shows it as
sample data); an untouched sample follows the language, what the user typed is never replaced, and starting
over brings the sample back. The real set-up has none."""

from __future__ import annotations

from pathlib import Path

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.session.surroundings import Surroundings
from mailwizard.core.store import Store
from mailwizard.sandbox.practice import SAMPLE_COMPANY


class Practice(Surroundings):
    practice = True

    def __init__(self) -> None:
        self.renamed: list[str] = []

    def company_renamed(self, name: str) -> None:
        self.renamed.append(name)

    def sample_company(self, language: str) -> dict[str, str]:
        return dict(SAMPLE_COMPANY[language])


def session(tmp_path: Path, surroundings: Surroundings) -> Session:
    return Session(Store(tmp_path), load_catalogue(), LoopRunner(), frozenset(Step), surroundings=surroundings,
                   call_later=lambda _d, save: save())


def company(s: Session) -> tuple[str, str, str]:
    c = s.state.company
    return c.name, c.contact_name, c.contact_email


def test_practice_starts_with_a_sample_company_in_the_language(tmp_path: Path) -> None:
    practice = Practice()
    s = session(tmp_path, practice)
    s.set_language("zh_CN")
    assert company(s) == ("练习贸易有限公司", "王芳", "wangfang@example.net") and s.domain.is_sample()
    assert practice.renamed == ["练习贸易有限公司"]  # the practice console is the sample company's
    assert not s.state.company.domain_input  # the domain is the user's to type
    s.set_language("zh_TW")  # untouched: it follows the language
    assert company(s) == ("練習貿易有限公司", "陳怡君", "yijun.chen@example.net")
    s.domain.set_company(name="例子貿易")  # the user's own name: nothing replaced from now on
    assert s.domain.is_sample()  # the contact is still the sample's
    s.set_language("en")
    assert company(s)[0] == "例子貿易" and company(s)[1] == "陳怡君"
    s.domain.set_company(contact_name="Lee", contact_email="lee@example.org")
    assert not s.domain.is_sample()
    s.start_over()  # practice starts over with its sample again
    assert company(s) == ("Practice Trading Ltd.", "Anna Lee", "anna.lee@example.net")
    s.shutdown()


def test_the_real_set_up_has_no_sample(tmp_path: Path) -> None:
    s = session(tmp_path, Surroundings())
    s.set_language("zh_CN")
    s.use_sample_company()
    assert company(s) == ("", "", "") and not s.domain.is_sample()
    s.shutdown()
