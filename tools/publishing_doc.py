"""The publisher's instructions, written from the scopes the code requests (core/providers/google.py and
microsoft.py, SCOPES): the README's "Publishing" section (between its markers) and the comment of
resources/oauth_clients.toml. A scope added to SCOPES makes tests/unit/test_publishing_doc.py fail until this is
run again (and, for a scope not described below yet, until it is described).

    python tools/publishing_doc.py           rewrite both
    python tools/publishing_doc.py --check   exit 1 if either is out of date
"""

from __future__ import annotations

import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mailwizard.core.providers import google, microsoft

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
TOML = ROOT / "resources" / "oauth_clients.toml"
START, END = "<!-- publishing:start (tools/publishing_doc.py writes this section) -->", "<!-- publishing:end -->"

GOOGLE_SCOPES_DOC = "https://developers.google.com/identity/protocols/oauth2/scopes"
DIRECTORY_SCOPES = "https://developers.google.com/admin-sdk/directory/v1/guides/authorizing"
ADMIN_SDK, SITE_VERIFICATION, GMAIL = "Admin SDK API", "Site Verification API", "Gmail API"
GROUPS_SETTINGS = "Groups Settings API"


@dataclass(frozen=True)
class Scope:
    api: str           # the Google Cloud API to enable for it ("" for a sign-in scope); Microsoft: ""
    use: str           # what MailWizard does with it
    kind: str          # Google: its class on the consent screen; Microsoft: who may consent
    source: str


GOOGLE = {
    "openid": Scope("", "sign-in (OpenID Connect)", "non-sensitive", GOOGLE_SCOPES_DOC),
    "email": Scope("", "the signed-in administrator's address", "non-sensitive", GOOGLE_SCOPES_DOC),
    "https://www.googleapis.com/auth/admin.directory.user": Scope(
        ADMIN_SDK, "create the members' accounts and their aliases, read the addresses already taken",
        "(unconfirmed) sensitive",
        DIRECTORY_SCOPES),
    "https://www.googleapis.com/auth/admin.directory.domain": Scope(
        ADMIN_SDK, "add the company's domain, read whether Google has verified it", "(unconfirmed) sensitive",
        DIRECTORY_SCOPES),
    "https://www.googleapis.com/auth/admin.directory.customer.readonly": Scope(
        ADMIN_SDK, "the organisation's primary domain (shown as \"Signed in as …\")", "(unconfirmed) sensitive",
        DIRECTORY_SCOPES),
    "https://www.googleapis.com/auth/siteverification": Scope(
        SITE_VERIFICATION, "get the domain's verification record, ask Google to verify it", "(unconfirmed) sensitive",
        "https://developers.google.com/site-verification/v1/getting_started"),
    google.ROLE_SCOPE: Scope(
        ADMIN_SDK, "give the \"User Management Admin\" role to members marked so", "(unconfirmed) sensitive",
        DIRECTORY_SCOPES),
    google.GROUP_SCOPE: Scope(
        ADMIN_SDK, "list the team groups, make the shared addresses (info@, sales@…), add members to them",
        "(unconfirmed) sensitive", DIRECTORY_SCOPES),
    "https://www.googleapis.com/auth/gmail.send": Scope(
        GMAIL, "send the invitations from the administrator's mailbox", "sensitive",
        "https://developers.google.com/workspace/gmail/api/auth/scopes"),
    google.REPORTS_SCOPE: Scope(
        "Admin SDK API", "the account review: each mailbox's use of its storage (usage reports)",
        "(unconfirmed) sensitive",
        "https://developers.google.com/workspace/admin/reports/reference/rest/v1/userUsageReport/get"),
    google.GROUPS_SETTINGS_SCOPE: Scope(
        GROUPS_SETTINGS, "let a shared address take mail from outside the company (who may post to the group)",
        "(unconfirmed) sensitive",
        "https://developers.google.com/workspace/admin/groups-settings/v1/reference/groups/patch"),
}

GRAPH_REFERENCE = "https://learn.microsoft.com/graph/permissions-reference"
OIDC_SCOPES = "https://learn.microsoft.com/entra/identity-platform/scopes-oidc#openid-connect-scopes"
MICROSOFT = {
    "openid": Scope("", "sign-in (OpenID Connect)", "OpenID Connect scope, not a Graph permission", OIDC_SCOPES),
    "profile": Scope("", "the signed-in administrator's name", "OpenID Connect scope, not a Graph permission",
                     OIDC_SCOPES),
    "offline_access": Scope("", "stay signed in between runs (a refresh token)",
                            "OpenID Connect scope, not a Graph permission", OIDC_SCOPES),
    "User.ReadWrite.All": Scope("", "create the members' accounts, read the addresses already taken",
                                "delegated Graph permission", GRAPH_REFERENCE + "#userreadwriteall"),
    "Domain.ReadWrite.All": Scope("", "add the company's domain, verify it, read its DNS records",
                                  "delegated Graph permission", GRAPH_REFERENCE + "#domainreadwriteall"),
    "Organization.Read.All": Scope("", "the organisation's name and licences (subscribedSkus)",
                                   "delegated Graph permission", GRAPH_REFERENCE + "#organizationreadall"),
    "LicenseAssignment.ReadWrite.All": Scope("", "give each new mailbox a licence", "delegated Graph permission",
                                             GRAPH_REFERENCE + "#licenseassignmentreadwriteall"),
    "RoleManagement.ReadWrite.Directory": Scope("", "give the User Administrator role to members marked so",
                                                "delegated Graph permission",
                                                GRAPH_REFERENCE + "#rolemanagementreadwritedirectory"),
    "GroupMember.ReadWrite.All": Scope("", "add members to the team groups", "delegated Graph permission",
                                       GRAPH_REFERENCE + "#groupmemberreadwriteall"),
    "Mail.Send": Scope("", "send the invitations from the administrator's mailbox", "delegated Graph permission",
                       GRAPH_REFERENCE + "#mailsend"),
    "Reports.Read.All": Scope("", "the account review: each mailbox's use, quota and last activity (the mailbox "
                              "usage report)", "delegated Graph permission", GRAPH_REFERENCE + "#reportsreadall"),
    "MailboxSettings.ReadWrite": Scope("", "the leave auto-reply of the administrator's own mailbox",
                                       "delegated Graph permission", GRAPH_REFERENCE + "#mailboxsettingsreadwrite"),
    # consented to at sign-in, its token got for Exchange Online (core/providers/graph_mail_tokens.py); the portal
    # lists it under Microsoft Graph's delegated permissions as IMAP.AccessAsUser.All
    microsoft.IMAP_SCOPE: Scope("", "copy the old mail into the new mailboxes over IMAP (the administrator's own "
                                "sign-in, with Full Access to each mailbox)", "delegated Graph permission",
                                "https://learn.microsoft.com/exchange/client-developer/legacy-protocols/"
                                "how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth"),
    "Group.ReadWrite.All": Scope("", "make the shared addresses (Microsoft 365 groups): who gets their mail, mail "
                                 "from outside", "delegated Graph permission", GRAPH_REFERENCE + "#groupreadwriteall"),
}
# the sign-in asks consent for these too (OAuthEndpoints.consent_scopes): listed with the SCOPES
MICROSOFT_SCOPES = (*microsoft.SCOPES, *microsoft.GraphEndpoints.at().oauth.consent_scopes)


class UndescribedScope(LookupError):
    """A scope in SCOPES that this tool does not describe yet: say what it is for, then run the tool."""


def facts(scopes: tuple[str, ...], described: dict[str, Scope]) -> list[tuple[str, Scope]]:
    missing = [s for s in scopes if s not in described]
    if missing:
        raise UndescribedScope(f"describe {', '.join(missing)} in tools/publishing_doc.py, then run it")
    return [(s, described[s]) for s in scopes]


def short(scope: str) -> str:
    return scope.removeprefix("https://www.googleapis.com/auth/")


def apis(google_scopes: tuple[str, ...]) -> list[str]:
    return list(dict.fromkeys(f.api for _s, f in facts(google_scopes, GOOGLE) if f.api))


def graph_permissions(microsoft_scopes: tuple[str, ...]) -> list[str]:
    return [_graph_name(s) for s, f in facts(microsoft_scopes, MICROSOFT) if f.kind == "delegated Graph permission"]


def _graph_name(scope: str) -> str:
    return scope.removeprefix("https://outlook.office.com/")


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, 104, initial_indent="   ", subsequent_indent="   ", break_on_hyphens=False)


def toml_comment(google_scopes: tuple[str, ...] = google.SCOPES,
                 microsoft_scopes: tuple[str, ...] = MICROSOFT_SCOPES) -> str:
    lines = [
        "MailWizard's own OAuth app registrations, so that an office manager only signs in (\"Sign in with",
        "Google\", \"Sign in with Microsoft\"). Empty in the source tree; build.spec writes the bundle's copy from",
        "MAILWIZARD_GOOGLE_CLIENT_ID, MAILWIZARD_GOOGLE_CLIENT_SECRET and MAILWIZARD_MICROSOFT_CLIENT_ID. Empty, the",
        "Connect step asks for the organisation's own registration. README, \"Publishing\", says how to register:",
        " - google: an OAuth client of type \"Desktop app\" (its secret is not confidential for installed apps,",
        "   RFC 8252 §8.5; PKCE protects the code), APIs enabled: " + ", ".join(apis(google_scopes)) + ";",
        *_wrapped("scopes: " + ", ".join(short(s) for s in google_scopes) + "."),
        " - microsoft: a multi-tenant Entra app registration, platform \"Mobile and desktop applications\",",
        "   redirect URI http://127.0.0.1, \"Allow public client flows\" on; delegated Graph permissions:",
        *_wrapped(", ".join(graph_permissions(microsoft_scopes)) + "."),
        "This comment is generated from the SCOPES of core/providers/google.py and microsoft.py:",
        "python tools/publishing_doc.py",
    ]
    return "\n".join("# " + line for line in lines) + "\n"


def _table(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |" for r in rows]


def readme_section(google_scopes: tuple[str, ...] = google.SCOPES,
                   microsoft_scopes: tuple[str, ...] = MICROSOFT_SCOPES) -> str:
    g, m = facts(google_scopes, GOOGLE), facts(microsoft_scopes, MICROSOFT)
    api_rows = [(api, ", ".join(f"`{short(s)}`" for s, f in g if f.api == api)) for api in apis(google_scopes)]
    lines = [
        "## Publishing: MailWizard's own sign-in apps",
        "",
        "A copy built without them asks each organisation for an app registration of its own, which an office",
        "manager cannot be expected to make. The publisher registers one Google app and one Microsoft app once and",
        "builds with their IDs: the Connect step then shows only **Sign in with Google** / **Sign in with",
        "Microsoft** (the browser opens), with the organisation's own registration behind **Advanced**. The scopes",
        "below are the `SCOPES` of `mailwizard/core/providers/google.py` and `microsoft.py`; this section is",
        "generated from them (`python tools/publishing_doc.py`; a test fails while it is out of date).",
        "",
        "### Google Cloud",
        "",
        "1. A project in the [Google Cloud console](https://console.cloud.google.com/projectcreate), owned by the",
        "   publisher's organisation.",
        "2. **APIs & Services → Library**: enable each API the scopes need (the sign-in scopes need none):",
        "",
        *_table(api_rows, ("API", "for the scopes")),
        "",
        "3. **Google Auth Platform** (the OAuth consent screen): **Audience** → user type **External**, publishing",
        "   status **In production** (a project in testing works for its listed test users only, and its refresh",
        "   tokens expire after 7 days: <https://developers.google.com/identity/protocols/oauth2#expiration>).",
        "   **Data access** → add exactly these scopes:",
        "",
        *_table([(f"`{short(s)}`", f.api or "—", f.use, f.kind, f"[doc]({f.source})") for s, f in g],
                ("scope", "API", "MailWizard uses it to", "class", "source")),
        "",
        "   Apps that ask for sensitive or restricted scopes need Google's OAuth app verification before they are",
        "   used beyond 100 users without the \"unverified app\" screen",
        "   (<https://support.google.com/cloud/answer/9110914>,",
        "   <https://developers.google.com/identity/protocols/oauth2/production-readiness/sensitive-scope-verification>).",
        "   The console's **Data access** page shows each scope's class when it is added: those marked",
        "   \"(unconfirmed)\" above were not confirmed from Google's published pages. Restricted scopes (none of",
        "   these as far as Google's pages say) would add a security assessment",
        "   (<https://developers.google.com/identity/protocols/oauth2/production-readiness/restricted-scope-verification>).",
        "   A customer's Workspace administrator may restrict apps that use sensitive scopes to trusted ones; then",
        "   they mark MailWizard's client ID as trusted in the Admin console (**Security → Access and data control",
        "   → API controls**).",
        "4. **Clients → Create client → Application type \"Desktop app\"**. No redirect URI is registered: a",
        "   desktop client may redirect to the loopback address on any port, and MailWizard listens on",
        "   `http://127.0.0.1:<free port>/` (`mailwizard/core/providers/auth.py`;",
        "   <https://developers.google.com/identity/protocols/oauth2/native-app#redirect-uri_loopback>). Its client",
        "   secret ships inside the app: an installed app cannot keep it confidential, and it is not treated as a",
        "   secret (RFC 8252 §8.5, <https://datatracker.ietf.org/doc/html/rfc8252#section-8.5>); PKCE (S256)",
        "   protects the authorisation code.",
        "",
        "### Microsoft Entra",
        "",
        "1. [Microsoft Entra admin center](https://entra.microsoft.com) → **App registrations → New registration**,",
        "   supported account types **Accounts in any organizational directory (Any Microsoft Entra ID tenant –",
        "   Multitenant)**: MailWizard signs in at the `organizations` endpoint (work or school accounts).",
        "2. **Authentication → Add a platform → Mobile and desktop applications**, custom redirect URI",
        "   `http://127.0.0.1`. MailWizard listens on `http://127.0.0.1:<free port>/`; Entra ignores the port of a",
        "   loopback redirect URI and recommends 127.0.0.1 over localhost",
        "   (<https://learn.microsoft.com/entra/identity-platform/reply-url>, \"Localhost exceptions\"), so",
        "   `http://localhost` alone would not match the host MailWizard sends. Where the portal's text box refuses",
        "   an `http://` loopback IP, add it in **Manifest** (`replyUrlsWithType`, type `InstalledClient`)",
        "   (unconfirmed for this platform).",
        "3. **Authentication → Advanced settings → Allow public client flows: Yes**. No client secret or",
        "   certificate: a desktop app is a public client",
        "   (<https://learn.microsoft.com/entra/identity-platform/msal-client-applications>).",
        "4. **API permissions → Add a permission → Microsoft Graph → Delegated permissions**, exactly these",
        "   (and no others; `openid`, `profile` and `offline_access` are OpenID Connect scopes that every sign-in",
        "   may ask for, <" + OIDC_SCOPES + ">):",
        "",
        *_table([(f"`{_graph_name(s)}`", f.use, f"[reference]({f.source})") for s, f in m
                 if f.kind == "delegated Graph permission"],
                ("permission", "MailWizard uses it to", "source")),
        "",
        "5. Admin consent, once per customer tenant: the administrator who first signs in is asked to consent on",
        "   behalf of the organisation, or a Global Administrator (or Privileged Role Administrator) grants it",
        "   beforehand under **Enterprise applications → MailWizard → Permissions → Grant admin consent**",
        "   (<https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent>). Publisher",
        "   verification (a Microsoft AI Cloud Partner Program ID) shows the publisher as verified on that prompt",
        "   (<https://learn.microsoft.com/entra/identity-platform/publisher-verification-overview>).",
        "",
        "### Building with them",
        "",
        "```bash",
        "MAILWIZARD_GOOGLE_CLIENT_ID=1234567890-abc.apps.googleusercontent.com \\",
        "MAILWIZARD_GOOGLE_CLIENT_SECRET=GOCSPX-… \\",
        "MAILWIZARD_MICROSOFT_CLIENT_ID=00000000-0000-0000-0000-000000000000 \\",
        "  .venv/bin/pyinstaller build.spec --noconfirm",
        "dist/MailWizard/MailWizard --self-test   # prints \"sign-in google: built-in app\", the same for microsoft",
        "```",
        "",
        "(PowerShell: `$env:MAILWIZARD_GOOGLE_CLIENT_ID = \"…\"` for each, then `pyinstaller build.spec --noconfirm`.)",
        "`packaging/oauth_clients.py` writes them into the bundle's `resources/oauth_clients.toml`; either provider",
        "may be left out (its Connect step then asks for a registration), and a partial or mistyped ID stops the",
        "build. `.ci/run` builds its test bundle with made-up IDs (`packaging/oauth_clients.py`, `CI_VALUES`) in",
        "`build/dist/`; `build.spec` refuses those in `dist/`, where the installers are made from.",
    ]
    return "\n".join(lines) + "\n"


def with_section(readme: str, section: str) -> str:
    if START not in readme or END not in readme:
        raise ValueError(f"README.md has no {START} … {END} markers")
    before, rest = readme.split(START, 1)
    return before + START + "\n" + section + END + rest.split(END, 1)[1]


def with_comment(toml: str, comment: str) -> str:
    body = "\n".join(line for line in toml.splitlines() if not line.startswith("#")).lstrip("\n")
    return comment + body + ("\n" if not body.endswith("\n") else "")


def stale() -> list[Path]:
    """The files whose generated text differs from what the SCOPES give now."""
    wanted = {README: with_section(README.read_text(encoding="utf-8"), readme_section()),
              TOML: with_comment(TOML.read_text(encoding="utf-8"), toml_comment())}
    return [path for path, text in wanted.items() if path.read_text(encoding="utf-8") != text]


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        out_of_date = stale()
        for path in out_of_date:
            print(f"{path.relative_to(ROOT)} is out of date: python tools/publishing_doc.py", file=sys.stderr)
        return 1 if out_of_date else 0
    README.write_text(with_section(README.read_text(encoding="utf-8"), readme_section()), encoding="utf-8")
    TOML.write_text(with_comment(TOML.read_text(encoding="utf-8"), toml_comment()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
