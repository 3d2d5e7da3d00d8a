#!/usr/bin/env python3
"""Writes corpus/feed-sample.jsonl: the bundled clusters' articles as one feed, one JSON
line per article ({"id", "text"} and the outlet, date and URL their cluster.toml gives),
in date order (undated last), the clusters mixed. Run from the repository root."""

import json
import pathlib
import tomllib

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}

rows = []
for manifest in sorted(pathlib.Path("corpus").glob("*/cluster.toml")):
    folder = manifest.parent
    entries = {e["file"]: e for e in tomllib.loads(manifest.read_text()).get("article", [])}
    for path in sorted(folder.iterdir()):
        if path.suffix not in ARTICLE_SUFFIXES:
            continue
        entry = entries.get(path.name, {})
        row = {"id": f"{folder.name}/{path.stem}"}
        for key in ("outlet", "published", "url"):
            if key in entry:
                row[key] = str(entry[key])
        row["text"] = path.read_text(encoding="utf-8")
        rows.append(row)

rows.sort(key=lambda r: (r.get("published") is None, r.get("published", ""), r["id"]))
with open("corpus/feed-sample.jsonl", "w", encoding="utf-8") as out:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"corpus/feed-sample.jsonl: {len(rows)} articles")
