#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the HTML pages in other charsets that tst_textdecoder and tst_importer read; each is
encoded with Python's codecs, so the expected text in the tests is independent of Qt's decoders.
    cd tests/data/import/charsets && python3 make_fixtures.py
"""

PAGE = ("<!DOCTYPE html>\n<html><head>{head}<title>{title}</title></head>\n"
        "<body><article><h1>{title}</h1><p>{text}</p></article></body></html>\n")

FIXTURES = [
    # file, codec, what goes into <head>, title, text
    ("iso-8859-2.html", "iso-8859-2", '<meta charset="iso-8859-2">', "Recenzja",
     "Zażółć gęślą jaźń: film z Łodzi jest świetny."),
    ("koi8-r.html", "koi8-r",
     '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "Рецензия",
     "Фильм хороший, но слишком длинный."),
    ("windows-1251.html", "cp1251",
     '<!-- <meta charset="utf-8"> is only a comment --><meta charset=windows-1251>', "Рецензия",
     "Сценарий слабый, актёры прекрасны."),
    ("shift_jis.html", "shift_jis",
     "<meta http-equiv=content-type content='text/html;charset=Shift_JIS'>", "映画評",
     "日本の映画は素晴らしい。"),
    ("latin1-declared.html", "cp1252", '<meta charset="ISO-8859-1">', "Review",
     "\u201cBold\u201d \u2014 and na\u00efve."),
    ("unknown-charset.html", "cp1252", '<meta charset="x-no-such-charset">', "Review",
     "Caf\u00e9 scenes \u2014 fine."),
]


def main():
    for name, codec, head, title, text in FIXTURES:
        with open(name, "wb") as f:
            f.write(PAGE.format(head=head, title=title, text=text).encode(codec))
    # A BOM wins over a <meta> that says otherwise.
    with open("bom-wins.html", "wb") as f:
        page = PAGE.format(head='<meta charset="iso-8859-2">', title="Review", text="Łódź, naïve.")
        f.write(b"\xef\xbb\xbf" + page.encode("utf-8"))
    # A declaration after the first 1024 bytes is not seen: the page is read as Windows-1252.
    with open("late-declaration.html", "wb") as f:
        head = "<!-- " + "x" * 1100 + " -->" + '<meta charset="koi8-r">'
        f.write(PAGE.format(head=head, title="Review", text="\u00c9t\u00e9 \u2014 fine.").encode("cp1252"))


if __name__ == "__main__":
    main()
