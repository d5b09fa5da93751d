"""Practice mode walked to the Members step, connected and with every DNS record in place (as the accessibility walk
goes, without its dialogs), for the tests and the screenshots of the shared addresses."""

from __future__ import annotations

from collections.abc import Callable

from mailwizard.core.flow import DomainPresence, Step
from mailwizard.core.members.model import Member

# a small company with departments in Chinese and English, and aliases (a second spelling of a name)
PEOPLE = [Member("李娜", "李", "娜", "li.na", "lina@example.org", department="销售部", aliases="lina"),
          Member("王芳", "王", "芳", "wang.fang", "wangfang@example.org", department="销售部"),
          Member("张伟", "张", "伟", "zhang.wei", "zhangwei@example.org", department="财务部",
                 aliases="zhangw, david.zhang"),
          Member("Anna Chen", "Chen", "Anna", "anna.chen", "anna@example.org", department="Support")]


def walk_to_members(session, until: Callable[[Callable[[], bool], float], bool]):
    """The practice window on the Members step with PEOPLE in the list (not created yet); returns the page."""
    window, sandbox = session.window, session.sandbox
    c = window.controller
    c.go_next()
    c.set_company(name="例子贸易有限公司", contact_name="王芳", contact_email="wangfang@163.com")
    c.set_domain_input("example.com")
    window.pages[Step.DOMAIN].refresh()
    c.check_domain_presence("")
    assert until(lambda: c.state.domain_presence is DomainPresence.EXISTS, 10)
    c.go_next()
    dns = window.pages[Step.DNS]
    assert until(lambda: c.dns_result is not None, 10)
    dns.connect_box.connect_button.click()  # the practice ID and secret are known: connected at once
    assert until(lambda: bool(c.state.connected_account), 10)
    assert until(dns.connect_box.connect_button.isEnabled, 10)
    rows = [(n, t, v, ttl) for n, t, v, ttl in sandbox.zone.rows() if t == "NS"]
    for item in c.dns_result.plan.items:
        if item.action != "remove" and item.value:
            rows.append((item.name, item.rtype, item.value.rstrip(".") + "." if item.rtype in ("MX", "CNAME")
                         else item.value, 300))
    sandbox.zone.replace_all(rows)
    for _ in range(20):
        c.check_dns_now()
        until(lambda: c.state.dns_all_ok, 1)
        if c.state.dns_all_ok:
            break
    assert until(lambda: c.state.provider_verified, 10)
    c.tasks.cancel("dns-watch")
    c.go_next()
    page = window.pages[Step.MEMBERS]
    assert window.stack.currentWidget() is page
    page.model.set_members(list(PEOPLE))
    page._edited()
    assert until(lambda: c.existing_users is not None, 5)
    return page
