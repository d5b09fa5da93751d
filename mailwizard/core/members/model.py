"""A member as the wizard holds it before and after creation (passwords live elsewhere: keychain)."""

from __future__ import annotations

from dataclasses import dataclass

# Permission presets: a plain member, one who also joins the team group (its shared drive, calendar and files),
# and a user administrator with or without the group.
PERMISSIONS = ("user", "team", "user_admin", "team_admin")
ADMIN_PRESETS = ("user_admin", "team_admin")
TEAM_PRESETS = ("team", "team_admin")

# Field ids, in the order the table shows them; import mapping and export use the same ids.
FIELDS = ("display_name", "family_name", "given_name", "local_part", "aliases", "personal_email", "phone",
          "department", "job_title", "quota_gb", "permissions")


@dataclass
class Member:
    """One person of the list, as typed or imported."""

    display_name: str = ""
    family_name: str = ""
    given_name: str = ""
    local_part: str = ""        # the part before @company-domain
    personal_email: str = ""    # where the invitation goes (the new mailbox cannot be read before activation)
    phone: str = ""
    department: str = ""
    job_title: str = ""
    quota_gb: str = ""          # as typed; validated against the plan
    permissions: str = "user"   # a preset id of the provider: "user" or "user_admin"
    # Last of the fields, not beside local_part as in FIELDS: Member("张伟", "张", "伟", "zhang.wei", "zw@…") written
    # positionally (tests, the sample company) keeps its meaning.
    aliases: str = ""           # extra addresses of the same mailbox, local parts as typed ("lina, na.li");
                                # core/members/shared.alias_parts() splits them

    def address(self, domain: str) -> str:
        return f"{self.local_part}@{domain}" if self.local_part else ""
