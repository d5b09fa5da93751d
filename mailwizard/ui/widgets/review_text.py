"""The account review's words: each flag's plain reason and what to do, each action's button and its confirm, and
an account's facts as an office manager reads them ("1.8 GB of 2 GB (90 %)", "never", "not reported by …")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from mailwizard.core.review import model as m
from mailwizard.ui.widgets.activation_panel import day


def _t(text: str) -> str:
    return QCoreApplication.translate("Review", text)


class _Blank(dict):
    """A parameter the core did not give reads as nothing, never as "{days}"."""

    def __missing__(self, key: str) -> str:
        return "…"


def fill(text: str, params: dict) -> str:
    try:
        return text.format_map(_Blank(params))
    except (ValueError, IndexError):
        return text


def flag_title(kind: str) -> str:
    return {
        m.DEPARTED: QCoreApplication.translate("Review", "Not in the staff spreadsheet"),
        m.OUTSIDE_FORWARDING: QCoreApplication.translate("Review", "Mail forwarded outside the company"),
        m.EXTRA_ADMIN: QCoreApplication.translate("Review", "Administrator"),
        m.NEVER_SIGNED_IN: QCoreApplication.translate("Review", "Never signed in"),
        m.PASSWORD_UNCHANGED: QCoreApplication.translate("Review", "Still on the temporary password"),
        m.MAILBOX_FULL: QCoreApplication.translate("Review", "Mailbox almost full"),
        m.SUSPENDED: QCoreApplication.translate("Review", "Suspended"),
        m.INACTIVE: QCoreApplication.translate("Review", "Not used for a long time"),
    }.get(kind, kind)


def flag_reason(kind: str, params: dict) -> str:
    """Why it is listed, in one or two plain sentences (the core's review.flag.<kind>)."""
    from mailwizard.ui.messages import message

    return fill(message(f"review.flag.{kind}"), params)


def flag_todo(kind: str, params: dict) -> str:
    """What to do about it (the core's review.todo.<kind>)."""
    from mailwizard.ui.messages import message

    suffix = "_suspended" if kind == m.DEPARTED and params.get("suspended") else ""
    return fill(message(f"review.todo.{kind}{suffix}"), params)


def action_button(kind: str) -> str:
    return {
        m.SUSPEND: QCoreApplication.translate("Review", "Suspend the account…"),
        m.REMOVE_ADMIN: QCoreApplication.translate("Review", "Remove the administrator role…"),
        m.REMOVE_FORWARDING: QCoreApplication.translate("Review", "Remove the forwarding…"),
    }.get(kind, kind)


def confirm_title(kind: str) -> str:
    return {
        m.SUSPEND: QCoreApplication.translate("Review", "Suspend this account?"),
        m.REMOVE_ADMIN: QCoreApplication.translate("Review", "Remove the administrator role?"),
        m.REMOVE_FORWARDING: QCoreApplication.translate("Review", "Remove the forwarding?"),
    }.get(kind, kind)


def confirm_text(kind: str, params: dict) -> str:
    """Exactly what changes, what does not, and that it can be undone."""
    text = {
        m.SUSPEND: QCoreApplication.translate(
            "Review", "{who} will no longer be able to sign in to email on any device. Their mail is kept, and new "
                      "mail "
            "still arrives.\n\nYou can undo this afterwards with Undo: the account can then sign in again."),
        m.REMOVE_ADMIN: QCoreApplication.translate(
            "Review", "{who} will no longer be an administrator ({role}). They keep their mailbox and can still sign "
                      "in."
            "\n\nYou can undo this afterwards with Undo: MailWizard gives the role back."),
        m.REMOVE_FORWARDING: QCoreApplication.translate(
            "Review", "Mail to {who} will no longer be sent on to {to}. Mail already sent there stays there.\n\nYou "
                      "can "
            "undo this afterwards with Undo: MailWizard puts the forwarding back."),
    }.get(kind, "")
    return fill(text, params)


def confirm_button(kind: str) -> str:
    return {
        m.SUSPEND: QCoreApplication.translate("Review", "&Suspend"),
        m.REMOVE_ADMIN: QCoreApplication.translate("Review", "&Remove the role"),
        m.REMOVE_FORWARDING: QCoreApplication.translate("Review", "&Remove the forwarding"),
    }.get(kind, kind)


def done_text(kind: str) -> str:
    return {
        m.SUSPEND: QCoreApplication.translate("Review", "Suspended: nobody can sign in to this account now."),
        m.REMOVE_ADMIN: QCoreApplication.translate("Review", "The administrator role was removed."),
        m.REMOVE_FORWARDING: QCoreApplication.translate("Review", "The forwarding was removed."),
    }.get(kind, "")


def undone_text(kind: str) -> str:
    return {
        m.SUSPEND: QCoreApplication.translate("Review", "Undone: the account can sign in again."),
        m.REMOVE_ADMIN: QCoreApplication.translate("Review", "Undone: the administrator role was given back."),
        m.REMOVE_FORWARDING: QCoreApplication.translate("Review", "Undone: the forwarding was put back."),
    }.get(kind, "")


def who(account) -> str:
    """"王伟 (wang.wei@example.com)", or the address alone."""
    if account is None:
        return ""
    if account.name:
        return QCoreApplication.translate("Review", "{name} ({address})").format(
            name=account.name, address=account.address)
    return account.address


# --- an account's facts -----------------------------------------------------------------------------------
def not_reported(provider: str) -> str:
    return QCoreApplication.translate("Review", "not reported by {provider}").format(provider=provider)


def fact_name(fact: str) -> str:
    return {
        m.STATUS: QCoreApplication.translate("Review", "whether an account is suspended"),
        m.ACTIVITY: QCoreApplication.translate("Review", "last sign-in"),
        m.PASSWORD: QCoreApplication.translate("Review", "whether the temporary password was changed"),
        m.ADMIN_ROLES: QCoreApplication.translate("Review", "administrator roles"),
        m.ALIASES: QCoreApplication.translate("Review", "other addresses"),
        m.FORWARDING: QCoreApplication.translate("Review", "forwarding"),
        m.QUOTA: QCoreApplication.translate("Review", "mailbox use"),
    }.get(fact, fact)


def status_of(account, reported) -> str:
    if m.STATUS in reported and account.suspended:
        return QCoreApplication.translate("Review", "Suspended")
    if m.ACTIVITY in reported and account.last_sign_in is None:
        return QCoreApplication.translate("Review", "Never signed in")
    return QCoreApplication.translate("Review", "Active")


def sign_in_of(account, reported, provider: str) -> str:
    if m.ACTIVITY not in reported:
        return not_reported(provider)
    return day(account.last_sign_in) if account.last_sign_in else QCoreApplication.translate("Review", "never")


def size(mb: float) -> str:
    if mb >= 1024:
        return QCoreApplication.translate("Review", "{n} GB").format(n=QLocale().toString(float(mb) / 1024, "f", 1))
    return QCoreApplication.translate("Review", "{n} MB").format(n=QLocale().toString(float(mb), "f", 0))


def share(used: float, quota: float) -> str:
    return QCoreApplication.translate("Review", "{n} %").format(n=round(100 * used / quota)) if quota else ""


def mailbox_of(account, reported, provider: str) -> str:
    if m.QUOTA not in reported or account.used_mb is None:
        return not_reported(provider)
    if account.quota_mb:
        return QCoreApplication.translate("Review", "{used} of {quota} ({share})").format(
            used=size(account.used_mb), quota=size(account.quota_mb), share=share(account.used_mb, account.quota_mb))
    return size(account.used_mb)


def roles_of(account, reported, provider: str) -> str:
    if m.ADMIN_ROLES not in reported:
        return not_reported(provider)
    return ", ".join(r.name for r in account.admin_roles) or "—"


def aliases_of(account, reported, provider: str) -> str:
    if m.ALIASES not in reported:
        return not_reported(provider)
    return ", ".join(account.aliases) or "—"


def forwarding_of(account, reported, provider: str) -> str:
    if m.FORWARDING not in reported:
        return not_reported(provider)
    return ", ".join(f.to for f in account.forwarding) or "—"


def flag_params(flag, account, provider: str, staff_file: str = "") -> dict:
    """The flag's own parameters, with the readable forms the texts use (sizes in MB/GB, the share with its %)."""
    params = {"provider": provider, "staff_file": staff_file or "—", **{k: str(v) for k, v in flag.params.items()}}
    used, quota = flag.params.get("used_mb"), flag.params.get("quota_mb")
    if account is not None and account.used_mb is not None and account.quota_mb:
        used, quota = account.used_mb, account.quota_mb
    try:
        if used is not None and quota:
            params["used"], params["quota"] = size(float(used)), size(float(quota))
            params["share"] = share(float(used), float(quota))
    except ValueError:
        pass
    if account is not None:
        if "role" not in params and account.admin_roles:
            params["role"] = ", ".join(r.name for r in account.admin_roles)
        if "to" not in params and account.forwarding:
            params["to"] = ", ".join(f.to for f in account.forwarding)
    return params
