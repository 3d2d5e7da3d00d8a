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
3. Candidate story pairs: Spark ML's MinHashLSH signatures of the articles' term sets,
   joined on (table, hash) within the time window (dates bucketed by `window_days`, each
   bucket joined with the next; an undated article meets every bucket): two articles that
   share a hash in any table and are within the window are a pair. The pairs' connected
   components are blocks that no story crosses.
4. Stories: each block goes through `factdiff feed --document-frequencies DF -` on an
   executor, which weighs terms as over the whole feed, forms the block's stories and checks
   them; the lines are sorted by story id and written.

The output equals `factdiff feed`'s when every pair factdiff would link falls inside one
block: any shared hash in any of `--hash-tables` tables makes a pair for that reason.
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
    p.add_argument("--hash-tables", type=int, default=128, help="MinHashLSH tables: more find pairs with fewer shared terms")
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("--master", default=None, help="Spark master when run with python3 (default local[2])")
    p.add_argument("--metrics", default=None, help="write the run's counts and step times here (JSON)")
    p.add_argument("--event-log", default=None, help="write Spark's event log (shuffle sizes, executor memory) to this folder")
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


def window_pairs(hashed, window):
    """Candidate pairs `(a, b)`, `a < b`, from MinHashLSH signatures: two articles that share
    a hash in any table and are published within `window` days of each other (an undated
    article meets every date). The join is keyed by table, hash and a bucket of `window`
    days (each article joins its own bucket and the one after), so it pairs only articles of
    neighbouring buckets: its size grows with the feed's length, not its square, and its rows
    carry ids and numbers only (Spark ML's `approxSimilarityJoin` would compare articles of
    every date and ship each article's term vector once per table)."""
    from pyspark.ml.functions import vector_to_array
    from pyspark.sql import functions as F

    width = max(window, 1)
    rows = hashed.select("id", "day", F.posexplode("hashes").alias("table", "h")).select(
        "id", "day", "table", vector_to_array("h")[0].alias("hash")
    )
    dated = rows.where("day >= 0").withColumn("bucket", F.floor(F.col("day") / width))
    home = dated.select(F.col("id").alias("a"), F.col("day").alias("da"), "table", "hash", "bucket")
    near = dated.select(
        F.col("id").alias("b"), F.col("day").alias("db"), "table", "hash", F.explode(F.array(F.col("bucket"), F.col("bucket") + 1)).alias("bucket")
    )
    by_date = (
        home.join(near, ["table", "hash", "bucket"])
        .where("a != b")
        .where(f"abs(da - db) <= {window}")
        .select(F.least("a", "b").alias("a"), F.greatest("a", "b").alias("b"))
    )
    undated = rows.where("day < 0").select(F.col("id").alias("a"), "table", "hash")
    every = rows.select(F.col("id").alias("b"), "table", "hash")
    with_undated = (
        undated.join(every, ["table", "hash"])
        .where("a != b")
        .select(F.least("a", "b").alias("a"), F.greatest("a", "b").alias("b"))
    )
    return by_date.union(with_undated).distinct()


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
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession
    from pyspark.ml.feature import MinHashLSH
    from pyspark.ml.linalg import Vectors, VectorUDT
    from pyspark.sql.types import StructType, StructField, StringType, LongType

    binary = factdiff_binary(args.factdiff)
    rules = rule_args(args.rules)
    window = args.window_days if args.window_days is not None else window_days(binary, args.rules)
    import time

    started = time.monotonic()
    steps = {}

    def step(name):
        steps[name] = round(time.monotonic() - started - sum(steps.values()), 3)

    builder = SparkSession.builder.appName("factdiff-feed")
    if args.event_log:
        os.makedirs(args.event_log, exist_ok=True)
        builder = (
            builder.config("spark.eventLog.enabled", "true")
            .config("spark.eventLog.dir", "file://" + os.path.abspath(args.event_log))
            .config("spark.eventLog.logStageExecutorMetrics", "true")
            .config("spark.executor.processTreeMetrics.enabled", "true")
        )
    if args.master or "SPARK_ENV_LOADED" not in os.environ:
        builder = builder.master(args.master or "local[2]")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    step("start")

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
    step("terms_and_document_frequencies")

    # 3. Candidate pairs: MinHashLSH within the window, then blocks (connected components).
    size = 1 << 30

    def row(a):
        indices = sorted({t % size for t, _ in a["terms"]}) or [0]
        day = date.fromisoformat(a["published"]).toordinal() if a["published"] else -1
        return (a["id"], day, Vectors.sparse(size, indices, [1.0] * len(indices)))

    schema = StructType([StructField("id", StringType()), StructField("day", LongType()), StructField("features", VectorUDT())])
    frame = spark.createDataFrame(terms.map(row), schema)
    model = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=args.hash_tables, seed=7).fit(frame)
    pairs = window_pairs(model.transform(frame), window).collect()
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
    step("candidate_pairs_and_blocks")

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
    # Kept: sortBy samples its input before it shuffles it, and each pass would check every
    # story again.
    stories = partitioned.mapPartitions(check_blocks).persist(StorageLevel.MEMORY_AND_DISK)
    story_id = lambda line: json.loads(line)["story"]
    if os.path.exists(args.output):
        shutil.rmtree(args.output)
    stories.sortBy(story_id, numPartitions=args.partitions).saveAsTextFile(args.output)
    step("stories_checked_and_written")
    spark.stop()
    if args.metrics:
        sizes = {}
        for root in blocks.values():
            sizes[root] = sizes.get(root, 0) + 1
        with open(args.metrics, "w") as f:
            json.dump(
                {
                    "articles": articles,
                    "distinct_terms": len(df),
                    "candidate_pairs": len(pairs),
                    "articles_in_blocks": len(blocks),
                    "blocks": len(sizes),
                    "largest_block": max(sizes.values(), default=0),
                    "partitions": args.partitions,
                    "seconds": steps,
                },
                f,
                indent=1,
            )
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
