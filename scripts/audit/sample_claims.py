#!/usr/bin/env python3
"""Uniform random sample of rows of cues.csv, for the audit of FrameLens's claim flags.

Usage:
  python3 scripts/audit/sample_claims.py --cues /tmp/abp-out/cues.csv --cue-type unattributed_claim \
      --category motive --n 100 --seed 20261122 --name motive --out /tmp/audit/motive.tsv
  python3 scripts/audit/sample_claims.py ... --cue-type unattributed_claim --not-category motive --n 100 ...
  python3 scripts/audit/sample_claims.py ... --cue-type weasel --n 50 ...

Method (documented so the sample can be redrawn exactly):
  * The population is every row of cues.csv (read with the csv module, file order) whose
    cue_type equals --cue-type and, if given, whose category equals --category (or, with
    --not-category, differs from it). Nothing else is filtered: all voices, rules and outlets.
  * random.Random(seed).sample(range(len(population)), n) draws n distinct rows, every row
    with the same probability (simple random sampling without replacement). The drawn rows are
    written in the order drawn. Same file + same arguments + same seed = same sample
    (Python 3.11, whose random.sample is stable for an integer seed).
  * The output is a TSV for judging (kept outside any repository: it holds article text):
    sample, draw, population size, the cue row's fields, the matched span (for an
    unattributed_claim, whose row spans the whole sentence, the trigger or loaded word quoted
    first in its explanation), and the context: the two sentences before, from the corpus text
    at the offsets of sentences.csv.
"""
import argparse
import csv
import json
import random
import re
import sys

csv.field_size_limit(10 ** 9)


def matched_span(row):
    """The cue's own words: the row text, or for a claim the trigger quoted in its explanation."""
    if row["cue_type"] != "unattributed_claim":
        return row["text"]
    m = re.search(r"“([^”]*)”", row["explanation"])
    return m.group(1) if m else ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cues", required=True)
    ap.add_argument("--sentences", default=None, help="sentences.csv, for context")
    ap.add_argument("--corpus", default=None, help="the JSONL the run read (content_original)")
    ap.add_argument("--cue-type", required=True)
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--category")
    g.add_argument("--not-category")
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--name", required=True, help="sample label written in every row")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    pop = []
    with open(a.cues, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["cue_type"] != a.cue_type:
                continue
            if a.category is not None and r["category"] != a.category:
                continue
            if a.not_category is not None and r["category"] == a.not_category:
                continue
            pop.append(r)
    if a.n > len(pop):
        sys.exit(f"population has only {len(pop)} rows")
    draw = random.Random(a.seed).sample(range(len(pop)), a.n)
    rows = [pop[i] for i in draw]

    # context: sentence offsets of the drawn articles, and their text
    need = {r["article_id"] for r in rows}
    sents = {}
    if a.sentences:
        with open(a.sentences, newline="", encoding="utf-8") as f:
            for s in csv.DictReader(f):
                if s["article_id"] in need:
                    sents[(s["article_id"], int(s["sentence_index"]))] = (int(s["start"]), int(s["end"]))
    texts = {}
    if a.corpus:
        with open(a.corpus, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if str(rec.get("ID")) in need:
                    texts[str(rec["ID"])] = rec["content_original"]

    def u16(t):  # offsets count UTF-16 code units
        return t.encode("utf-16-le")

    def cut(t, s, e):
        return u16(t)[2 * s:2 * e].decode("utf-16-le")

    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["sample", "draw", "population", "article_id", "source", "sentence_index", "start", "end",
                    "category", "rule_id", "voice", "span", "sentence", "prev2", "prev1", "next1"])
        for k, (i, r) in enumerate(zip(draw, rows)):
            aid, si = r["article_id"], int(r["sentence_index"])
            t = texts.get(aid)
            ctx = []
            for j in (si - 2, si - 1, si + 1):
                o = sents.get((aid, j))
                ctx.append(cut(t, *o).replace("\n", " ") if (t and o) else "")
            so = sents.get((aid, si))
            sent = cut(t, *so) if (t and so) else ""
            w.writerow([a.name, k, len(pop), aid, r["source"], si, r["start"], r["end"], r["category"],
                        r["rule_id"], r["voice"], matched_span(r), sent.replace("\n", " "), ctx[0], ctx[1], ctx[2]])
    print(f"{a.name}: drew {a.n} of {len(pop)} rows (seed {a.seed}) -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
