#!/usr/bin/env python3
"""factdiff feed on Apache Spark: the same per-story JSONL as `factdiff feed`, written as
part files.

    spark-submit spark/factdiff_feed.py --input FEED.jsonl --output DIR [--factdiff BIN]
    python3 spark/factdiff_feed.py --input FEED.jsonl --output DIR      # local mode

Every step that reads text is factdiff itself, fed JSONL through a pipe per partition (the
binary is shipped to the executors with `--factdiff` / `spark-submit --files`); nothing of
the reading, weighing, clustering or checking is written again in Python. We chose the
pipe over Python bindings (maturin/PyO3): the executors run the exact binary the single
machine runs, with no native module to build per Python version, and one process per
partition costs little beside the checks.

1. Terms: each partition's lines go through `factdiff feed --emit-terms -`, which answers
   with each valid article's id, date and term counts (bad lines are skipped as
   `factdiff feed` skips them; a repeated id keeps its first line).
2. Document frequencies: Spark adds the counts up over the whole feed.
3. Candidate story pairs: Spark ML's MinHashLSH over the articles' term sets,
   `approxSimilarityJoin` within the time window (dates bucketed by `window_days`; an
   undated article meets every bucket); the pairs' connected components are blocks that
   no story crosses.
4. Stories: each block goes through `factdiff feed --document-frequencies DF -` on an
   executor, which weighs terms as over the whole feed, forms the block's stories and checks
   them; the lines are sorted by story id and written.

The output equals `factdiff feed`'s when every pair factdiff would link falls inside one
block: the join threshold (`--max-distance`, Jaccard distance) is loose for that reason.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--input", required=True, help="JSONL feed, one article a line")
    p.add_argument("--output", required=True, help="folder for the part files")
    p.add_argument("--factdiff", default=None, help="the factdiff binary (default: on PATH, else target/release/factdiff)")
    p.add_argument("--rules", action="append", default=[], help="rule files, as factdiff --rules")
    p.add_argument("--window-days", type=int, default=None, help="the [feed] window (default: factdiff's)")
    p.add_argument("--max-distance", type=float, default=0.98, help="Jaccard distance of candidate pairs (loose: blocks, not stories)")
    p.add_argument("--hash-tables", type=int, default=128, help="MinHashLSH tables: more find pairs with fewer shared terms")
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("--master", default=None, help="Spark master when run with python3 (default local[2])")
    return p.parse_args(argv)


def factdiff_binary(given):
    if given:
        return os.path.abspath(given)
    found = shutil.which("factdiff")
    if found:
        return found
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "..", "target", "release", "factdiff")


def rule_args(rules):
    out = ["--no-project-rules"]
    for r in rules:
        out += ["--rules", os.path.abspath(r)]
    return out


def window_days(binary, rules):
    """The [feed] window of the merged rule set, read from `factdiff rules print`."""
    printed = subprocess.run([binary, "rules", "print"] + rule_args(rules), capture_output=True, text=True, check=True).stdout
    import tomllib

    return int(tomllib.loads(printed)["feed"]["window_days"])


def on_executor(binary):
    """The binary where this executor has it: the given path, else the copy shipped with
    `spark-submit --files /path/to/factdiff`."""
    if os.path.exists(binary):
        return binary
    from pyspark import SparkFiles

    shipped = SparkFiles.get(os.path.basename(binary))
    os.chmod(shipped, 0o755)
    return shipped


def pipe(binary, args, lines):
    """Runs factdiff with `lines` (JSONL) on standard input; its standard output's lines."""
    binary = on_executor(binary)
    feed = "".join(line + "\n" for line in lines)
    done = subprocess.run([binary] + args + ["-"], input=feed.encode("utf-8"), capture_output=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"factdiff {' '.join(args)}: {done.stderr.decode('utf-8', 'replace')}")
    return done.stdout.decode("utf-8").splitlines()


def first_id(line):
    try:
        value = json.loads(line)
        article_id = value.get("id")
        return str(article_id) if article_id is not None else None
    except Exception:
        return None


def main(argv):
    args = parse_args(argv)
    # Workers start this interpreter (the one with pyspark and numpy), and string keys hash
    # the same in every process.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    from pyspark.sql import SparkSession
    from pyspark.ml.feature import MinHashLSH
    from pyspark.ml.linalg import Vectors, VectorUDT
    from pyspark.sql.types import StructType, StructField, StringType, LongType

    binary = factdiff_binary(args.factdiff)
    rules = rule_args(args.rules)
    window = args.window_days if args.window_days is not None else window_days(binary, args.rules)
    builder = SparkSession.builder.appName("factdiff-feed")
    if args.master or "SPARK_ENV_LOADED" not in os.environ:
        builder = builder.master(args.master or "local[2]")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")

    # The feed's lines with their numbers; a repeated id keeps its first line.
    lines = sc.textFile(args.input, args.partitions).zipWithIndex()
    keyed = lines.map(lambda li: (first_id(li[0]), li)).filter(lambda kv: kv[0] is not None)
    first = keyed.reduceByKey(lambda a, b: a if a[1] <= b[1] else b).map(lambda kv: (kv[0], kv[1][0]))
    first.cache()

    # 1. Terms, by factdiff, a partition at a time.
    def emit_terms(rows):
        rows = list(rows)
        if not rows:
            return []
        return [json.loads(l) for l in pipe(binary, ["feed", "--emit-terms"] + rules, [line for _, line in rows])]

    terms = first.mapPartitions(emit_terms)
    terms.cache()

    # 2. Document frequencies over the whole feed.
    articles = terms.count()
    df = terms.flatMap(lambda a: [(t, 1) for t, _ in a["terms"]]).reduceByKey(lambda x, y: x + y).collect()
    workdir = tempfile.mkdtemp(prefix="factdiff-spark-")
    df_path = os.path.join(workdir, "df.json")
    with open(df_path, "w") as f:
        json.dump({"articles": articles, "df": sorted(df)}, f)
    sc.addFile(df_path)

    # 3. Candidate pairs: MinHashLSH within the window, then blocks (connected components).
    size = 1 << 30

    def row(a):
        indices = sorted({t % size for t, _ in a["terms"]}) or [0]
        day = date.fromisoformat(a["published"]).toordinal() if a["published"] else -1
        return (a["id"], day, Vectors.sparse(size, indices, [1.0] * len(indices)))

    schema = StructType([StructField("id", StringType()), StructField("day", LongType()), StructField("features", VectorUDT())])
    frame = spark.createDataFrame(terms.map(row), schema)
    model = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=args.hash_tables, seed=7).fit(frame)
    joined = model.approxSimilarityJoin(frame, frame, args.max_distance, distCol="distance")
    pairs = (
        joined.selectExpr("datasetA.id as a", "datasetB.id as b", "datasetA.day as da", "datasetB.day as db")
        .where("a < b")
        .where(f"da < 0 or db < 0 or abs(da - db) <= {window}")
        .select("a", "b")
        .collect()
    )
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        ra, rb = find(p.a), find(p.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    blocks = {a: find(a) for a in parent}
    block_of = sc.broadcast(blocks)

    # 4. Stories: each block through factdiff on an executor.
    def check_blocks(rows):
        from pyspark import SparkFiles

        by_block = {}
        for article_id, line in rows:
            by_block.setdefault(block_of.value.get(article_id, article_id), []).append(line)
        out = []
        for block in sorted(by_block):
            args_ = ["feed", "--format", "jsonl", "--fail-on", "never", "--document-frequencies", SparkFiles.get("df.json")] + rules
            out.extend(pipe(binary, args_, by_block[block]))
        return out

    valid = terms.map(lambda a: (a["id"], None))
    feed_lines = first.join(valid).map(lambda kv: (block_of.value.get(kv[0], kv[0]), (kv[0], kv[1][0])))
    partitioned = feed_lines.partitionBy(args.partitions).map(lambda kv: kv[1])
    stories = partitioned.mapPartitions(check_blocks)
    story_id = lambda line: json.loads(line)["story"]
    if os.path.exists(args.output):
        shutil.rmtree(args.output)
    stories.sortBy(story_id, numPartitions=args.partitions).saveAsTextFile(args.output)
    spark.stop()
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
