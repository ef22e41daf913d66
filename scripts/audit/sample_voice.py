#!/usr/bin/env python3
"""Audit 6 sampler: uniform random samples of FrameLens's ABP reports for judging
"whose voice each loaded word is in" and "who the source is".

Usage (the command the report quotes):
    python3 scripts/audit/sample_voice.py --reports /tmp/abp-out \
        --out /tmp/audit/voice-skeleton.tsv --context /tmp/audit/voice-context.txt

Samples (each a uniform random sample WITHOUT replacement from the pool of all rows that
pass the filter, every row of the pool equally likely):
    loaded_author  100  cues.csv rows with cue_type == 'loaded' and voice == 'author'
    loaded_quoted   50  cues.csv rows with cue_type == 'loaded' and voice == 'quoted'
    attributed     100  sentences.csv rows with attributed == '1'

Randomness: Python's random.Random seeded with SEED + k (k = 0, 1, 2 for the three samples,
in the order above), so each sample is reproducible on its own and does not depend on the
others.  rng.sample(range(len(pool)), n) draws pool positions (pools are in file order,
i.e. FrameLens's reading order); items are written in the order drawn.  No stratification,
no filtering by outlet, rule or match type, no re-drawing.

Outputs:
    --out      one row per item with empty verdict columns (the skeleton of voice.tsv)
    --context  a plain-text dump for the judge: the item's sentence with the span marked
               [[...]], the two sentences before it and the one after (from sentences.csv,
               paragraph breaks shown), and the tool's evidence (rule_id, match, score,
               explanation; for attributed sentences, the sentence's attribution cues).
               It holds article text: keep it outside any repository (e.g. /tmp).
Standard library only (csv, random); deterministic.
"""
import argparse
import collections
import csv
import random
import sys

SEED = 20261122
SIZES = [("loaded_author", 100), ("loaded_quoted", 50), ("attributed", 100)]

csv.field_size_limit(10**9)


def unneutralise(text, start, end):
    """FrameLens prefixes a leading =,+,-,@ cell with an apostrophe (CSV-injection guard)."""
    if len(text) == end - start + 1 and text.startswith("'"):
        return text[1:]
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reports", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--context", default=None)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args()

    cues_by_sentence = collections.defaultdict(list)
    pools = {"loaded_author": [], "loaded_quoted": [], "attributed": []}
    with open(a.reports + "/cues.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["article_id"], int(r["sentence_index"]))
            if r["cue_type"] in ("attribution", "loaded", "weasel"):
                cues_by_sentence[key].append(r)
            if r["cue_type"] == "loaded":
                pools["loaded_" + r["voice"]].append(r)
    sentences = {}
    with open(a.reports + "/sentences.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["article_id"], int(r["sentence_index"]))
            r["text"] = unneutralise(r["text"], int(r["start"]), int(r["end"]))
            sentences[key] = r
            if r["attributed"] == "1":
                pools["attributed"].append(r)

    items = []
    for k, (name, n) in enumerate(SIZES):
        pool = pools[name]
        rng = random.Random(a.seed + k)
        picks = rng.sample(range(len(pool)), n)
        print(f"{name}: pool {len(pool)}, drew {n} (seed {a.seed + k})", file=sys.stderr)
        for i, p in enumerate(picks, 1):
            items.append((name, i, p, pool[p]))

    cols = ["sample", "item", "article_id", "sentence_index", "start", "end", "span",
            "rule_id", "match", "source_type", "verdicts", "error_category", "reason"]
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(cols)
        for name, i, p, r in items:
            if name == "attributed":
                w.writerow([name, i, r["article_id"], r["sentence_index"], r["start"], r["end"],
                            r["attribution_source"], "", "", r["source_type"], "", "", ""])
            else:
                w.writerow([name, i, r["article_id"], r["sentence_index"], r["start"], r["end"],
                            r["text"], r["rule_id"], r["match"], "", "", "", ""])

    if a.context:
        with open(a.context, "w", encoding="utf-8") as f:
            for name, i, p, r in items:
                aid, si = r["article_id"], int(r["sentence_index"])
                s = sentences[(aid, si)]
                f.write(f"===== {name} #{i}  {aid} s{si}  [{s['source']}] {s['title']}\n")
                for j in (si - 2, si - 1):
                    if (aid, j) in sentences:
                        pj = sentences[(aid, j)]
                        f.write(f"  [s{j} p{pj['paragraph']}] {pj['text']}\n")
                txt, ss = s["text"], int(s["start"])
                if name != "attributed":
                    cs, ce = int(r["start"]) - ss, int(r["end"]) - ss
                    txt = txt[:cs] + "[[" + txt[cs:ce] + "]]" + txt[ce:]
                f.write(f"  >> [s{si} p{s['paragraph']} voice_mix={s['voice_mix']} "
                        f"quoted_share={s['quoted_share']}] {txt}\n")
                if (aid, si + 1) in sentences:
                    pn = sentences[(aid, si + 1)]
                    f.write(f"  [s{si + 1} p{pn['paragraph']}] {pn['text']}\n")
                if name == "attributed":
                    f.write(f"  TOOL: attribution_source={s['attribution_source']!r} "
                            f"source_type={s['source_type']} weasel={s['weasel']}\n")
                    for c in cues_by_sentence[(aid, si)]:
                        if c["cue_type"] in ("attribution", "weasel"):
                            f.write(f"    cue {c['cue_type']}/{c['category']} {c['rule_id']} "
                                    f"{c['text']!r} src={c['source_text']!r} "
                                    f"{c['source_type']} :: {c['explanation']}\n")
                else:
                    f.write(f"  TOOL: {r['rule_id']} {r['category']} match={r['match']} "
                            f"score={r['score']} target={r['target_actor']}\n"
                            f"    {r['explanation']}\n")
                f.write("\n")


if __name__ == "__main__":
    main()
