#!/usr/bin/env python3
"""Writes a benchmark project: N guides made from the seed, each with its own title, topic and
summary, translated into every locale of the project (the seed's catalogs, with the same
variations), so that every page is a real, fully translated page.

    generate.py GUIDES OUT_DIR      (run from the repository root)
"""
import pathlib
import re
import shutil
import sys

TOPICS = ["Connections", "Accounts", "Messaging", "Security", "Billing", "Partners", "Teams", "Numbers"]
WORDS = ["again", "quickly", "safely", "today", "for a client", "for a team", "on a new phone", "after a move"]


def vary(text: str, i: int) -> str:
    return f"{text} ({WORDS[i % len(WORDS)]}, {i})"


def main() -> None:
    count, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    if out.exists():
        shutil.rmtree(out)
    (out / "Content" / "guides").mkdir(parents=True)
    for folder in ("Templates", "Public"):
        shutil.copytree(folder, out / folder)
    shutil.copytree("Content/model", out / "Content" / "model")
    shutil.copy("waymark.yml", out / "waymark.yml")
    seed_path = next(pathlib.Path("Content/guides").glob("disconnect-whatsapp-account.yaml"))
    seed = seed_path.read_text()
    title = re.search(r"^title: (.*)$", seed, re.M).group(1)
    topic = re.search(r"^topic: (.*)$", seed, re.M).group(1)
    catalogs = {p.parent.name: p.read_text() for p in pathlib.Path("Content/locales").glob("*/disconnect-whatsapp-account.po")}
    for i in range(count):
        gid = f"guide-{i:05d}"
        text = seed.replace("id: disconnect-whatsapp-account", f"id: {gid}", 1)
        text = text.replace(f"title: {title}", f"title: {vary(title, i)}", 1)
        text = text.replace(f"topic: {topic}", f"topic: {TOPICS[i % len(TOPICS)]} {i % 50}", 1)
        (out / "Content" / "guides" / f"{gid}.yaml").write_text(text)
        for locale, po in catalogs.items():
            folder = out / "Content" / "locales" / locale
            folder.mkdir(parents=True, exist_ok=True)
            po = po.replace("disconnect-whatsapp-account", gid)
            po = vary_entry(po, "title", lambda s: vary(s, i))
            po = vary_entry(po, "topic", lambda s, i=i: f"{TOPICS[i % len(TOPICS)]} {i % 50}", source_only=True, keep=True)
            (folder / f"{gid}.po").write_text(po)


def vary_entry(po: str, context: str, change, source_only=False, keep=False) -> str:
    """Changes the msgid (and the msgstr) of the entry with this msgctxt."""
    pattern = re.compile(r'(msgctxt "' + re.escape(context) + r'"\nmsgid ")(.*)("\nmsgstr ")(.*)(")')

    def replace(match):
        source = change(match.group(2))
        target = match.group(4) if keep else change(match.group(4))
        return match.group(1) + source + match.group(3) + target + match.group(5)

    return pattern.sub(replace, po, count=1)


if __name__ == "__main__":
    main()
