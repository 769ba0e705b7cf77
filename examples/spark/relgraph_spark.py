#!/usr/bin/env python3
"""Extract a relationship graph from a corpus of articles on Apache Spark.

    spark-submit relgraph_spark.py CORPUS.jsonl OUT_DIR [--relgraph PATH] [--partitions N]
    python3 relgraph_spark.py CORPUS.jsonl OUT_DIR          (pyspark from PyPI, local mode)

CORPUS.jsonl holds one article per line: {"id", "text", "source", "date"} (what
scripts/generate-corpus --jsonl writes). Every partition is extracted with
`relgraph extract --format jsonl` (one graph per article, the articles written as ID.txt),
the partition's graphs are merged into one partial graph with `relgraph merge`, and the partial graphs are
merged pairwise in a tree (`treeReduce`) with `relgraph merge` as the reduce step.
Merging is associative and commutative, so any partitioning and any tree of merges
gives the same graph as `relgraph extract` of the whole corpus on one machine.

OUT_DIR receives:
    graph.json          the merged graph (relgraph's graph JSON)
    graphframes/        nodes.csv + edges.csv with GraphFrames' columns (id; src, dst, relationship)
    neo4j/              nodes.csv + edges.csv for `neo4j-admin database import`
With GraphFrames on the cluster, PageRank and communities then run there:
    v = spark.read.csv("OUT/graphframes/nodes.csv", header=True, multiLine=True, escape='"')
    e = spark.read.csv("OUT/graphframes/edges.csv", header=True, multiLine=True, escape='"')
    g = GraphFrame(v, e); g.pageRank(resetProbability=0.15, maxIter=20); g.labelPropagation(maxIter=5)

On a cluster, `relgraph` (a static Linux binary or the release build with its resource
bundle) must be at the same path on every executor, or shipped with --files/--archives.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def run(command, **kwargs):
    """Runs a relgraph command; raises with its stderr if it fails."""
    done = subprocess.run(command, capture_output=True, **kwargs)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def merge_graphs(relgraph, graphs):
    """`relgraph merge` of graph JSON texts (bytes) into one graph JSON text."""
    graphs = [g for g in graphs if g]
    if not graphs:
        return b""
    if len(graphs) == 1:
        return graphs[0]
    with tempfile.TemporaryDirectory(prefix="relgraph-merge-") as folder:
        paths = []
        for index, graph in enumerate(graphs):
            path = Path(folder) / f"part-{index:06d}.json"
            path.write_bytes(graph)
            paths.append(str(path))
        return run([relgraph, "merge", *paths, "-o", "-"])


def extract_partition(relgraph):
    """The mapPartitions step: article lines in, one partial graph JSON (bytes) out.

    The partition's articles are written as ID.txt files (the name their evidence carries,
    as when the corpus is extracted from a folder on one machine), extracted with
    `relgraph extract --format jsonl` (one graph per line), and merged with `relgraph merge`.
    """
    def extract(lines):
        with tempfile.TemporaryDirectory(prefix="relgraph-partition-") as folder:
            articles = Path(folder) / "articles"
            articles.mkdir()
            count = 0
            for line in lines:
                if not line.strip():
                    continue
                article = json.loads(line)
                name = safe_name(str(article["id"]))
                (articles / f"{name}.txt").write_text(article["text"], encoding="utf-8")
                count += 1
            if count == 0:
                return [b""]
            graphs = run([relgraph, "extract", str(articles), "--format", "jsonl", "--quiet", "-o", "-"])
            per_article = [line for line in graphs.splitlines() if line.strip()]
            return [merge_graphs(relgraph, per_article)]
    return extract


def safe_name(identifier):
    """An article id as a file name (ids are usually safe already)."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in identifier) or "article"


def build_graph(spark_context, corpus, relgraph, partitions):
    """The merged graph of the corpus, as graph JSON bytes, computed on Spark."""
    lines = spark_context.textFile(str(corpus), minPartitions=partitions)
    partial = lines.mapPartitions(extract_partition(relgraph))
    return partial.treeReduce(lambda a, b: merge_graphs(relgraph, [a, b]), depth=2)


def write_outputs(relgraph, graph, out):
    out.mkdir(parents=True, exist_ok=True)
    (out / "graph.json").write_bytes(graph)
    for layout in ("graphframes", "neo4j"):
        folder = out / layout
        if folder.exists():
            shutil.rmtree(folder)
        run([relgraph, "convert", str(out / "graph.json"), "-o", f"{folder}/", "--csv-layout", layout])


def default_relgraph():
    here = Path(__file__).resolve().parent.parent.parent
    for candidate in (here / ".build" / "release" / "relgraph", here / ".build" / "debug" / "relgraph"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("relgraph") or "relgraph"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="articles as JSON lines")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--relgraph", default=default_relgraph(), help="path of the relgraph executable")
    parser.add_argument("--partitions", type=int, default=8, help="minimum number of partitions (default 8)")
    parser.add_argument("--master", default=os.environ.get("SPARK_MASTER", "local[*]"),
                        help="Spark master when run with python3 (default local[*])")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"relgraph_spark: {args.corpus}: no such file")

    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.appName("relgraph").master(args.master)
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        graph = build_graph(spark.sparkContext, args.corpus.resolve(), os.path.abspath(args.relgraph),
                            args.partitions)
    finally:
        spark.stop()
    write_outputs(args.relgraph, graph, args.out)
    print(f"relgraph_spark: wrote {args.out}/graph.json, graphframes/ and neo4j/")


if __name__ == "__main__":
    main()
