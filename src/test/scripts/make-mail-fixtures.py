#!/usr/bin/env python3
"""Writes the mail fixtures in src/test/resources/producers/mail/ with Python's standard email
library (email.message.EmailMessage, policy SMTP), as mail programs and newsroom scripts send wire
copy. Run: python3 src/test/scripts/make-mail-fixtures.py (any Python 3.8 or newer)."""
import pathlib
import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "producers" / "mail"
OUT.mkdir(parents=True, exist_ok=True)


def mail(name, subject, sender, date, text, html, text_charset, html_charset, text_cte, html_cte):
    m = EmailMessage(policy=SMTP)
    m["From"] = sender
    m["To"] = "desk@example.com"
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = "<%s@wire.example.com>" % name
    m.set_content(text, charset=text_charset, cte=text_cte)
    m.add_alternative(html, subtype="html", charset=html_charset, cte=html_cte)
    (OUT / name).write_bytes(m.as_bytes())


# Simplified Chinese, labelled gb2312 as many Chinese mail programs still label it; the HTML part has
# no <title> and no heading: its first paragraph is a bold headline that must stay in the body
mail("portal-gb2312.eml", "每日要闻：长江禁渔五年", "新闻中心 <news@portal.example.cn>",
     datetime(2026, 11, 20, 9, 30, tzinfo=timezone(timedelta(hours=8))),
     "长江禁渔五年 渔民上岸转产\n\n长江十年禁渔实施五年来，沿江渔民大多已经上岸转产。\n\n"
     "湖北省农业农村厅表示，禁渔期间长江干流鱼类资源明显恢复。\n",
     "<html><body><p><b>长江禁渔五年 渔民上岸转产</b></p>"
     "<p>长江十年禁渔实施五年来，沿江渔民大多已经上岸转产。</p>"
     "<p>湖北省农业农村厅表示，禁渔期间长江干流鱼类资源明显恢复。</p></body></html>",
     "gb2312", "gb2312", "quoted-printable", "base64")

# Traditional Chinese in Big5, the HTML part quoted-printable, again without a headline of its own
mail("desk-big5.eml", "市議會通過防洪預算", "編輯台 <desk@paper.example.tw>",
     datetime(2026, 11, 20, 18, 5, tzinfo=timezone(timedelta(hours=8))),
     "市議會週四清晨通過防洪預算。\n\n議員在長達九小時的會議中，為抽水站、堤防與新橋爭論不休。\n",
     "<html><body><div>市議會週四清晨通過防洪預算。</div>"
     "<div>議員在長達九小時的會議中，為抽水站、堤防與新橋爭論不休。</div></body></html>",
     "big5", "big5", "base64", "quoted-printable")

# English: the HTML part has its own headline (an <h1>), which the forwarded subject must not replace
mail("wire-en.eml", "FW: storm copy for the 6pm page", "Wire Desk <wire@agency.example.com>",
     datetime(2026, 11, 21, 17, 42, tzinfo=timezone(timedelta(hours=-5))),
     "Storm closes harbour bridge\n\nThe harbour bridge was closed on Saturday as winds reached 120 km/h.\n",
     "<html><head><title>Storm copy</title></head><body><h1>Storm closes harbour bridge</h1>"
     "<p>The harbour bridge was closed on Saturday as winds reached 120 km/h, the port authority said.</p>"
     "<p>Ferries were cancelled until Sunday morning.</p></body></html>",
     "utf-8", "utf-8", "quoted-printable", "base64")
print("Python", sys.version.split()[0], "->", OUT)
