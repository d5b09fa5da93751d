"""The regular account review (seed §10): every account's status, admin roles, aliases, forwarding outside the
company, mailbox use, people no longer on the staff list; the flags with their reasons and the actions the
provider's API allows. No Qt."""
