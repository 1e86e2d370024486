"""The PySpark job behind scripts/spark-extract: reads a corpus of articles (JSON Lines files,
one {"id","date","title","text"} a line, or CSV files with a header naming url/id, date, title and
text, quoted fields spanning lines), pipes each partition through geostance-worker with RDD.pipe,
and writes the relations as JSON Lines part files to OUT, which `geostance build --relations OUT`
turns into a store.

    python spark_extract.py [--master local[2]] [--partitions N] [--worker CMD] CORPUS OUT

--worker is the command each executor runs: by default the absolute path of the worker that
scripts/build-worker made (enough in local mode); on a cluster, the path inside the archive
shipped with spark-submit --archives (see the README).
"""
import argparse
import json
import os
import sys
import time

from pyspark.sql import SparkSession


def corpus_files(path):
    """The JSON Lines and CSV files under `path` (a file or a folder), sorted."""
    if os.path.isfile(path):
        return [path]
    found = []
    for root, _, names in os.walk(path):
        for name in names:
            if name.lower().endswith((".jsonl", ".ndjson", ".csv")):
                found.append(os.path.join(root, name))
    if not found:
        sys.exit(f"spark-extract: {path}: no .jsonl or .csv files")
    return sorted(found)


def csv_record(row):
    """One CSV row as the JSON Lines record the worker reads (id: the id column, else the URL)."""
    fields = row.asDict()
    record = {"id": fields.get("id") or fields.get("url"), "text": fields.get("text") or ""}
    for key in ("date", "title", "url", "source"):
        if fields.get(key):
            record[key] = fields[key]
    return json.dumps(record, ensure_ascii=False)


def articles(spark, files):
    """One JSON string an article, from every file."""
    parts = []
    jsonl = [f for f in files if not f.lower().endswith(".csv")]
    csv = [f for f in files if f.lower().endswith(".csv")]
    if jsonl:
        parts.append(spark.sparkContext.textFile(",".join(jsonl)).filter(lambda line: line.strip()))
    if csv:
        # RFC 4180 as the geostance readers take it: quoted fields may hold line breaks and doubled quotes.
        frame = spark.read.csv(csv, header=True, multiLine=True, quote='"', escape='"', inferSchema=False)
        frame = frame.toDF(*[name.strip().lower() for name in frame.columns])
        if "text" not in frame.columns:
            sys.exit(f"spark-extract: CSV header has no 'text' column (found: {','.join(frame.columns)})")
        parts.append(frame.rdd.map(csv_record))
    rdd = parts[0]
    for part in parts[1:]:
        rdd = rdd.union(part)
    return rdd


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--master", default=None, help="Spark master (default: spark-submit's --master, else local[2])")
    parser.add_argument("--partitions", type=int, default=None, help="partitions to pipe (default: 2 per core)")
    parser.add_argument("--worker", default=None, help="the worker command each executor runs")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("geostance-extract")
    # Under spark-submit (which starts the JVM and says so in PYSPARK_GATEWAY_PORT) its --master holds.
    if args.master or "PYSPARK_GATEWAY_PORT" not in os.environ:
        builder = builder.master(args.master or "local[2]")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    worker = args.worker or os.path.abspath(
        os.path.join(os.path.dirname(__file__), "..", ".build", "worker-dist", "geostance-worker"))

    start = time.monotonic()
    rdd = articles(spark, corpus_files(args.corpus))
    partitions = args.partitions or 2 * spark.sparkContext.defaultParallelism
    rdd = rdd.repartition(partitions)
    count = spark.sparkContext.accumulator(0)

    def counted(lines):
        for line in lines:
            count.add(1)
            yield line

    relations = rdd.mapPartitions(counted).pipe(worker, checkCode=True)
    relations.saveAsTextFile(args.out)
    elapsed = time.monotonic() - start
    written = sum(1 for _ in spark.read.text(args.out).toLocalIterator())
    print(f"spark-extract: {count.value} articles, {written} relations in {elapsed:.1f} s "
          f"({partitions} partitions, master {spark.sparkContext.master}) -> {args.out}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
