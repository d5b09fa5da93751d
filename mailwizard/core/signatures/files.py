"""The per-member files: one folder per member (named by the address) with signature.htm (a whole HTML page, UTF-8,
as Outlook's Signatures folder holds them), signature.txt, autoreply.txt, and STEPS.txt with the steps for Outlook,
Apple Mail, the provider's webmail and Foxmail in the member's language (resources/signatures/clients.toml, each
sourced). Written to a temporary name and renamed, so a half-written file is never left under the real name."""

from __future__ import annotations

import base64
import os
import re
import tomllib
from functools import cache
from html import escape
from pathlib import Path
from typing import Any

from mailwizard.core.members.model import Member
from mailwizard.core.resources import resources_dir
from mailwizard.core.signatures import render
from mailwizard.core.signatures.design import LOGO_BYTES, SignatureDesign

CLIENTS = ("outlook", "apple_mail", "foxmail")
_IMAGE = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg", b"GIF87a": "gif", b"GIF89a": "gif"}
HEADINGS = {"en": ("Signature for {address}", "Auto-reply", "Source"),
            "zh_CN": ("{address} 的签名", "自动回复", "来源"),
            "zh_TW": ("{address} 的簽名", "自動回覆", "來源")}


class LogoProblem(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def logo_data_url(path: Path) -> str:
    """A PNG, JPEG or GIF file of at most LOGO_BYTES as a data: URL; LogoProblem otherwise."""
    try:
        data = path.read_bytes()
    except OSError:
        raise LogoProblem("signature.logo_unreadable") from None
    if len(data) > LOGO_BYTES:
        raise LogoProblem("signature.logo_too_big")
    kind = next((k for magic, k in _IMAGE.items() if data.startswith(magic)), None)
    if kind is None:
        raise LogoProblem("signature.logo_unreadable")
    return f"data:image/{kind};base64," + base64.b64encode(data).decode()


@cache
def clients() -> dict[str, Any]:
    with open(resources_dir() / "signatures" / "clients.toml", "rb") as f:
        return tomllib.load(f)


def steps_text(provider: str, language: str, address: str) -> str:
    """STEPS.txt: each client's name, its steps numbered, and its source (with "(unconfirmed)" where marked)."""
    data = clients()
    webmail = data["webmail"].get(provider) or data["webmail"]["default"]
    title, _reply, source = HEADINGS.get(language, HEADINGS["en"])
    out = [title.format(address=address), ""]
    for entry in [*(data["client"][c] for c in CLIENTS[:2]), webmail, data["client"]["foxmail"]]:
        out.append(entry["name"].get(language) or entry["name"]["en"])
        out += [f"  {n}. {step}" for n, step in enumerate(entry["steps"].get(language) or entry["steps"]["en"], 1)]
        out += [f"  {source}: {entry['source']} {entry.get('note', '')}".rstrip(), ""]
    return "\n".join(out)


def folder_name(address: str) -> str:
    """The address as a folder name on every system (no characters Windows refuses)."""
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", address).rstrip(". ") or "_"


def write_member(folder: Path, design: SignatureDesign, member: Member, address: str, language: str,
                 provider: str) -> Path:
    shown = render.signature(design, member, address, language, embed_logo=True)
    reply = render.autoreply(design, member, address, language)
    here = folder / folder_name(address)
    here.mkdir(parents=True, exist_ok=True)
    page = (f'<!DOCTYPE html>\n<html lang="{language.replace("_", "-")}"><head><meta charset="utf-8">'
            f"<title>{escape(address)}</title></head><body>\n{shown.html}\n</body></html>\n")
    heading = HEADINGS.get(language, HEADINGS["en"])[1]
    _write(here / "signature.htm", page)
    _write(here / "signature.txt", shown.text)
    _write(here / "autoreply.txt", f"{heading}: {reply.subject}\n\n{reply.text}")
    _write(here / "STEPS.txt", steps_text(provider, language, address))
    return here


def write_all(folder: Path, design: SignatureDesign, members: list[tuple[str, Member, str]], provider: str) -> int:
    """Every member's folder under ``folder``; the number written."""
    for address, member, language in members:
        write_member(folder, design, member, address, language, provider)
    return len(members)


def _write(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".part")
    with open(temporary, "w", encoding="utf-8", newline="\r\n" if path.suffix == ".txt" else "\n") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporary, path)
