"""The country a licence needs: the list, the first guess, and whose answer wins."""

from __future__ import annotations

from mailwizard.core.countries import country_choices, country_name, guess_country, is_country
from mailwizard.core.store import Store
from tests.unit.test_session import open_session


def test_every_country_is_named_in_the_three_languages_and_listed_in_reading_order() -> None:
    assert is_country("CN") and is_country("SG") and not is_country("EU") and not is_country("ZZ")
    assert (country_name("TW", "en"), country_name("TW", "zh_CN"), country_name("TW", "zh_TW")) == \
        ("Taiwan", "台湾", "台灣")
    assert country_name("HK", "zh_TW") == "香港"  # CLDR's short form, not "中國香港特別行政區"
    english = [name for _code, name in country_choices("en")]
    assert english == sorted(english, key=str.casefold) and len(english) > 240
    chinese = [code for code, _name in country_choices("zh_CN")]
    assert chinese.index("AL") < chinese.index("BR") < chinese.index("ZM") < chinese.index("CN")  # by pinyin:
    # 阿尔巴尼亚 (a), 巴西 (ba), 赞比亚 (zan), 中国 (zhong)
    assert len(chinese) == len(english)


def test_the_first_guess_comes_from_step_one_then_the_language() -> None:
    assert guess_country("cn_mainland", "USD", "en") == "CN"
    assert guess_country("elsewhere", "HKD", "zh_CN") == "HK"  # the budget's currency over the language
    assert guess_country("elsewhere", "USD", "zh_TW") == "TW"
    assert guess_country("elsewhere", "EUR", "en") == ""  # nothing says: asked, not guessed


def test_the_admins_answer_wins_over_the_organisations_country_and_the_guess(tmp_path) -> None:
    session, _runner, _seen = open_session(Store(tmp_path))
    session.update(provider_id="google", plan_id="business-starter", region="cn_mainland")
    assert not session.domain.asks_country()  # Google's licences need no country
    session.update(provider_id="microsoft", plan_id="business-basic")
    assert session.domain.asks_country() and session.domain.country() == "CN"
    session.provider.tenant_country = "SG"  # read from the organisation when the admin signs in
    assert session.domain.country() == "SG"
    session.domain.set_country("MY")
    session.domain.set_country("XX")  # not a country: ignored
    assert session.domain.country() == "MY" and session.state.company.country == "MY"
    session.shutdown()
