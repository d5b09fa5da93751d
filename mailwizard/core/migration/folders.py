"""Which folder on the new server each old folder goes to: by the special-use flags the servers announce (RFC 6154,
https://www.rfc-editor.org/rfc/rfc6154: \\Sent \\Drafts \\Trash \\Junk \\Archive), else by the usual English and
Chinese names, else under the same name (with the new server's hierarchy separator). Virtual folders that show mail
held elsewhere (\\All — RFC 6154 §2: "almost certain to represent a virtual mailbox" —, \\Flagged, Gmail's \\Important)
are not copied: their messages are in the real folders already.

The names without flags (unconfirmed: no provider documents its IMAP folder names; seen in public client code, e.g.
github.com/XHang/JavaMailExample MailboxExample/readme.txt): QQ Mail "Sent Messages", "Deleted Messages", "Junk";
126/163 已发送, 草稿箱, 已删除, 垃圾邮件, 广告邮件; Sina 草稿夹; Outlook/Exchange "Sent Items", "Deleted Items",
"Junk E-mail"; the Traditional Chinese ones (已傳送, 寄件備份, 垃圾郵件…) as Taiwanese clients name them.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailwizard.core.migration.utf7 import decode

ROLES = ("\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive")
VIRTUAL = frozenset({"\\ALL", "\\FLAGGED", "\\IMPORTANT"})
NOT_SELECTABLE = frozenset({"\\NOSELECT", "\\NONEXISTENT"})
DEFAULT_NAMES = {"\\Sent": "Sent", "\\Drafts": "Drafts", "\\Trash": "Trash", "\\Junk": "Junk", "\\Archive": "Archive"}
# Names seen without a flag, lower-cased (servers that announce no SPECIAL-USE; the last part of a path counts)
KNOWN_NAMES = {
    "\\Sent": ("sent", "sent items", "sent messages", "sent mail", "已发送", "已发送邮件", "已發送", "已傳送", "已寄出",
               "已寄出郵件", "寄件備份", "发件箱", "已发邮件"),
    "\\Drafts": ("drafts", "draft", "草稿", "草稿箱", "草稿夹", "草稿匣"),
    "\\Trash": ("trash", "deleted", "deleted items", "deleted messages", "bin", "已删除", "已删除邮件", "已刪除",
                "已刪除郵件", "垃圾桶", "废纸篓"),
    "\\Junk": ("junk", "junk e-mail", "junk email", "spam", "垃圾邮件", "垃圾郵件", "垃圾箱", "广告邮件"),
    "\\Archive": ("archive", "archives", "归档", "歸檔", "封存"),
}


@dataclass(frozen=True)
class Folder:
    """A folder as LIST gave it: ``name`` decoded (Unicode), ``wire`` as the server spells it (modified UTF-7)."""

    name: str
    wire: str
    separator: str
    flags: frozenset[str]

    @property
    def selectable(self) -> bool:
        return not (self.flags & NOT_SELECTABLE)

    @property
    def role(self) -> str:
        """The folder's special use by its flag, else by its name; "" for an ordinary folder (INBOX: "\\Inbox")."""
        if self.name.upper() == "INBOX":
            return "\\Inbox"
        for role in ROLES:
            if role.upper() in self.flags:
                return role
        leaf = self.name.rsplit(self.separator, 1)[-1].strip().lower() if self.separator else self.name.lower()
        for role, names in KNOWN_NAMES.items():
            if leaf in names:
                return role
        return ""


def folders_from_list(untagged: list) -> list[Folder]:
    """LIST responses (parsed: ``* LIST (flags) "sep" name``) → folders."""
    out = []
    for item in untagged:
        if len(item) < 5 or item[1] != b"LIST":
            continue
        flags = frozenset(f.decode().upper() for f in item[2] if isinstance(f, bytes))
        sep = item[3].decode() if isinstance(item[3], bytes) else ""
        wire = item[4].decode("utf-8", errors="replace")
        out.append(Folder(decode(wire), wire, sep, flags))
    return out


@dataclass(frozen=True)
class FolderMap:
    source: Folder
    target_name: str  # Unicode; encoded when sent
    exists: bool  # the target has it already


def map_folders(source: list[Folder], target: list[Folder]) -> list[FolderMap]:
    """Each copied old folder with its place on the new server (INBOX first, then the special ones)."""
    target_sep = next((f.separator for f in target if f.separator), "/")
    by_role: dict[str, Folder] = {}
    for folder in target:
        role = folder.role
        if role and folder.selectable and (role not in by_role or role.upper() in folder.flags):
            by_role[role] = folder  # an announced flag wins over a name
    names = {f.name for f in target}
    out: list[FolderMap] = []
    taken: set[str] = set()
    for folder in source:
        if not folder.selectable or folder.flags & VIRTUAL:
            continue
        role = folder.role
        if role == "\\Inbox":
            name = "INBOX"
        elif role and role in by_role:
            name = by_role[role].name
        elif role and role not in taken:
            name = DEFAULT_NAMES[role]
        else:
            parts = folder.name.split(folder.separator) if folder.separator else [folder.name]
            name = target_sep.join(parts)
        if role:
            taken.add(role)
        out.append(FolderMap(folder, name, name in names or name == "INBOX"))
    order = {"\\Inbox": 0, "\\Sent": 1, "\\Drafts": 2, "\\Archive": 3, "\\Junk": 4, "\\Trash": 5}
    return sorted(out, key=lambda m: (order.get(m.source.role, 9), m.source.name))
