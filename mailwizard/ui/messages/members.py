"""Message texts for the member list: its cells, the file it is imported from, the console's file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "console_import.unencodable": QCoreApplication.translate(
            "Messages",
            "The console's file must be saved as {encoding}, which cannot store some characters in rows {rows}: "
            "{characters} (in {values}). Change those entries, for example to a common character or to pinyin, "
            "then save again.",
        ),
        "console_import.missing_values": QCoreApplication.translate(
            "Messages",
            "Rows {rows} have nothing in a column the console requires ({columns}). Fill them in, then save again.",
        ),
        "console_import.too_many_rows": QCoreApplication.translate(
            "Messages",
            "The console takes at most {max} people per file, and this list has {count}. Save it as several files.",
        ),
        "console_import.password_formula": QCoreApplication.translate(
            "Messages",
            "The passwords in rows {rows} start with =, +, - or @, which spreadsheet programs treat as a formula. "
            "Choose passwords that start with a letter or a digit.",
        ),
        "console_import.bad_quota": QCoreApplication.translate(
            "Messages",
            "The mailbox sizes in rows {rows} ({values}) are not a number of gigabytes. Correct them, then save "
            "again.",
        ),
        "console_import.bad_layout": QCoreApplication.translate(
            "Messages", "MailWizard's import layout {file} is damaged ({problem}). Please reinstall MailWizard."
        ),
        "member.role_unsupported": QCoreApplication.translate(
            "Messages",
            "MailWizard cannot give this permission at this provider: choose “Member” here, and give the role or "
            "the group in the provider's admin console once the account exists.",
        ),
        "member.group_missing": QCoreApplication.translate(
            "Messages",
            "“+ team group” needs a group: choose the team group above the table (connect to the provider first), "
            "or choose a preset without it.",
        ),
        "member.name_missing": QCoreApplication.translate("Messages", "Type the person's name."),
        "member.name_too_long": QCoreApplication.translate(
            "Messages", "The name is too long for the provider: at most {max} characters."
        ),
        "member.address_missing": QCoreApplication.translate(
            "Messages", "This person has no address yet. Type the part before @, e.g. zhang.wei."
        ),
        "member.address_other_domain": QCoreApplication.translate(
            "Messages", "“{value}” is an address at another domain. Type only the part before @ of the new address."
        ),
        "member.address_upper": QCoreApplication.translate(
            "Messages", "Use lower-case letters in the address; mail systems treat them the same anyway."
        ),
        "member.address_dots": QCoreApplication.translate("Messages", "An address cannot have two dots in a row."),
        "member.address_too_long": QCoreApplication.translate(
            "Messages", "The part before @ can have at most 64 characters."
        ),
        "member.address_invalid": QCoreApplication.translate(
            "Messages",
            "“{value}” cannot be an address. Use letters a–z, digits, dots, hyphens or underscores, "
            "starting and ending with a letter or digit.",
        ),
        "member.address_duplicate": QCoreApplication.translate(
            "Messages",
            "This address is already used by {other} in row {row}. Two people cannot share one mailbox. Choose "
            "another, e.g. {value}2.",
        ),
        "member.address_in_list": QCoreApplication.translate(
            "Messages",
            "This address is already used by {other}, who is in your list already. Two people cannot share one "
            "mailbox. Choose another, e.g. {value}2.",
        ),
        "member.address_exists": QCoreApplication.translate(
            "Messages", "{value} already exists at your provider. Choose another address."
        ),
        "member.personal_email_invalid": QCoreApplication.translate(
            "Messages", "“{value}” is not a valid email address; the invitation could not reach it."
        ),
        "member.personal_email_not_ascii": QCoreApplication.translate(
            "Messages", "“{value}” has letters before the @ that most mail servers cannot send to. Type another "
            "email of this person's, with only Latin letters, digits, dots or hyphens before the @."
        ),
        "member.personal_email_company": QCoreApplication.translate(
            "Messages", "“{value}” is at your company's new domain: the invitation would go to a mailbox no one "
            "can open yet. Type an email the person reads today, such as their personal one."
        ),
        "member.phone_invalid": QCoreApplication.translate(
            "Messages", "“{value}” is not a phone number. Use digits, spaces, + and -."
        ),
        "member.quota_invalid": QCoreApplication.translate(
            "Messages", "“{value}” is not a size. Type a number of GB, e.g. 30."
        ),
        "member.quota_over_plan": QCoreApplication.translate(
            "Messages", "The plan gives at most {max} GB per mailbox. Type {max} or less."
        ),
        "member.permissions_invalid": QCoreApplication.translate("Messages", "Choose Member or Can manage users."),
        "import.not_spreadsheet": QCoreApplication.translate(
            "Messages", "This file is not a spreadsheet MailWizard can read. Save it as .xlsx or .csv and try again."
        ),
        "import.password_protected": QCoreApplication.translate(
            "Messages",
            "This file is protected with a password. Open it in Excel, remove the password, save it "
            "and import it again.",
        ),
        "import.empty": QCoreApplication.translate("Messages", "This file has no rows of people in it."),
        "import.unclosed_quote": QCoreApplication.translate(
            "Messages", "Line {line} of this file opens a quotation mark (\") that is never closed, so everyone "
            "after it would be read as one person. Open the file in Excel or a text editor, remove or close that "
            "quotation mark, save it and import it again."
        ),
        "import.too_large": QCoreApplication.translate(
            "Messages", "This file has more rows than MailWizard imports at once ({max}). Split it into parts."
        ),
        "import.io_error": QCoreApplication.translate(
            "Messages", "The file “{file}” could not be read ({error}). If it is open in another program, close "
            "it there and try again."
        ),
        "import.failed": QCoreApplication.translate(
            "Messages", "MailWizard could not read this file: something unexpected went wrong ({error}). Save it "
            "again as .xlsx or .csv and import it again."
        ),
        "import.missing": QCoreApplication.translate(
            "Messages", "The file “{file}” is not there any more: it was moved, renamed or deleted. Choose it again."
        ),
        "import.file_too_big": QCoreApplication.translate(
            "Messages", "This file is {size} MB; MailWizard reads member lists of up to {max} MB. Keep only the "
            "people and the columns about them (or split the list), save it and import it again."
        ),
        "import.unpacked_too_big": QCoreApplication.translate(
            "Messages", "This workbook holds {size} MB once unpacked; MailWizard reads up to {max} MB, far more "
            "than a list of people needs. Copy the list into a new workbook, save it and import that one."
        ),
        "import.packed_too_tight": QCoreApplication.translate(
            "Messages", "This workbook is packed {ratio} to 1; spreadsheet programs pack lists at most {max} to 1, "
            "so it is damaged or made to overload the computer. Copy the list into a new workbook, save it and "
            "import that one."
        ),
        "import.too_many_sheet_rows": QCoreApplication.translate(
            "Messages", "The sheet “{sheet}” goes on past row {max}, where MailWizard stops reading. Delete the empty "
            "rows below the list (or split it), save it and import it again."
        ),
        "import.too_many_lines": QCoreApplication.translate(
            "Messages", "This file has {lines} lines; MailWizard reads up to {max}. Delete the empty lines at the "
            "end (or split the list), save it and import it again."
        ),
        "import.too_many_columns": QCoreApplication.translate(
            "Messages", "Row {row} of this file has {columns} columns; MailWizard reads up to {max}. Keep only the "
            "columns about the people (name, address, phone, department…), save it and import it again."
        ),
        "import.cell_too_long": QCoreApplication.translate(
            "Messages", "A cell in row {row} is longer than MailWizard reads ({max} characters). Shorten it or "
            "delete its column, save the file and import it again."
        ),
        "import.mixed_encoding": QCoreApplication.translate(
            "Messages", "Part of this file is saved in one text encoding and part in another, so names would come "
            "out garbled. Open it in Excel and save it as “CSV UTF-8”, then import it again."
        ),
        "import.garbled": QCoreApplication.translate(
            "Messages", "The names in this file come out garbled ({sample}): it is saved in a text encoding "
            "MailWizard cannot tell. Open it in Excel and save it as “CSV UTF-8”, then import it again."
        ),
    }
