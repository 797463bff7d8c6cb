#!/usr/bin/env python3
"""Makes N report documents (JSON Lines) from the ACLED development notes, shifting
each copy's dates so that copies are distinct incidents (for load and scale tests).

usage: make_docs.py ACLED_CSV COPIES > docs.jsonl
"""
import csv, json, re, sys
from datetime import datetime, timedelta

src, copies = sys.argv[1], int(sys.argv[2])
rows = list(csv.DictReader(open(src, encoding="utf-8")))
on = re.compile(r"^(On|Around) (\d{1,2} \w+ \d{4})")
for k in range(copies):
    shift = timedelta(days=1000 * k)
    for i, r in enumerate(rows):
        d = datetime.strptime(r["event_date"], "%d %B %Y") + shift
        text = on.sub(lambda m: f"{m.group(1)} {d.day} {d.strftime('%B %Y')}", r["notes"])
        if k:
            text += f" [copy {k}]"  # identical notes stay distinct documents
        print(json.dumps({"id": f"c{k}-{i}", "text": text, "published": d.strftime("%Y-%m-%d")}))
