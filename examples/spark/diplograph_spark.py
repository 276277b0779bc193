#!/usr/bin/env python3
"""Diplograph on Apache Spark: the graph of a corpus too large for one machine or one run.

Lists the input files (folders walked recursively, hidden files skipped, in the order
`diplograph build` reads them) on any filesystem Spark reads (local, HDFS, S3 ...), sends each
partition's files as JSON Lines to `diplograph extract - --stdin-files` on the workers, merges the
partials with a tree reduction of `diplograph merge` calls (in input order, FAN_IN at a time), and
writes the graphs with a last `diplograph merge` on the driver. The output is byte-identical to
`diplograph build` over the same inputs: every decision is Diplograph's, none is made here.

    spark-submit --master yarn --files /usr/local/bin/diplograph,my-aliases.tsv \\
        examples/spark/diplograph_spark.py --diplograph diplograph --aliases my-aliases.tsv \\
        hdfs:///news/2025 hdfs:///news/2026 -o graph.graphml -o graph.gexf

    python3 examples/spark/diplograph_spark.py --master 'local[2]' examples -o graph.graphml

Each input file is read whole by one task (a JSON Lines file of many articles too): split very
large files before. Paths with commas or glob characters (* ? [ { \\) are not supported.
"""

import argparse
import base64
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (any Spark filesystem)")
    p.add_argument("-o", "--output", action="append", default=[], metavar="FILE",
                   help="graph file written on the driver; the extension picks the format (repeatable)")
    p.add_argument("--partial-out", metavar="FILE.dgpart", help="also write the merged partial (on the driver)")
    p.add_argument("--diplograph", default="diplograph",
                   help="the binary: a path, a name on the workers' PATH, or the name of a file shipped with --files")
    p.add_argument("--aliases", action="append", default=[], metavar="FILE",
                   help="alias table for extract (shipped to the workers by the job); repeatable")
    p.add_argument("--no-default-aliases", action="store_true")
    p.add_argument("--window", choices=["sentence", "paragraph", "article"])
    p.add_argument("--cap-per-article", type=int)
    p.add_argument("--merge-option", action="append", default=[], metavar="ARG",
                   help="an output option of build for the last merge, e.g. --merge-option=--graph "
                        "--merge-option=meetings (repeatable)")
    p.add_argument("--partitions", type=int, default=0, help="extract tasks (default: Spark's default parallelism)")
    p.add_argument("--fan-in", type=int, default=8, help="partials per merge in the tree reduction (default 8)")
    p.add_argument("--master", help="Spark master when not run by spark-submit (e.g. local[2])")
    args = p.parse_args(argv)
    if not args.output and not args.partial_out:
        p.error("give -o FILE and/or --partial-out FILE")
    if args.fan_in < 2:
        p.error("--fan-in must be at least 2")
    return args


def binary(hint):
    """The diplograph executable on this machine (driver or worker)."""
    if os.path.sep in hint and os.access(hint, os.X_OK):
        return os.path.abspath(hint)
    try:
        from pyspark import SparkFiles
        shipped = SparkFiles.get(os.path.basename(hint))
    except Exception:
        shipped = None
    if shipped and os.path.isfile(shipped):
        if not os.access(shipped, os.X_OK):  # --files does not always keep the mode bits
            os.chmod(shipped, os.stat(shipped).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return shipped
    found = shutil.which(hint)
    if found:
        return found
    raise RuntimeError(f"diplograph binary '{hint}' not found (give a path, install it on the workers, "
                       f"or ship it with spark-submit --files)")


def list_inputs(sc, inputs):
    """Every file of the inputs, in build's order: inputs in the order given, a folder's files by
    byte-wise path order; hidden files and folders skipped. Returns [(uri, found_in_folder)]."""
    jvm = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    out = []
    for given in inputs:
        path = jvm.org.apache.hadoop.fs.Path(given)
        fs = path.getFileSystem(conf)
        status = fs.getFileStatus(path)
        if not status.isDirectory():
            out.append((status.getPath().toString(), False))
            continue
        root = status.getPath().toString().rstrip("/") + "/"
        found = []
        it = fs.listFiles(path, True)
        while it.hasNext():
            uri = it.next().getPath().toString()
            if not any(part.startswith(".") for part in uri[len(root):].split("/")):
                found.append(uri)
        found.sort(key=lambda u: u.encode("utf-8"))
        out += [(u, True) for u in found]
    return out


def local_name(uri):
    """The name a file goes by in Diplograph's messages: a local path without its scheme."""
    return uri[len("file:"):] if uri.startswith("file:") else uri


def run(cmd, stdin=None):
    r = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sys.stderr.write(r.stderr.decode("utf-8", "replace"))
    return r.returncode


def shipped(args):
    """Arguments naming files shipped with SparkContext.addFile, as paths on this worker."""
    from pyspark import SparkFiles
    return [SparkFiles.get(a[len(SHIPPED):]) if a.startswith(SHIPPED) else a for a in args]


SHIPPED = "spark-file:"


def extract_partition(hint, extract_args, folder_flags):
    """For mapPartitionsWithIndex: a partition's files (uri, bytes) -> (index, partial bytes)."""
    def extract(index, files):
        lines = []
        for uri, content in files:
            record = {"path": local_name(uri), "base64": base64.b64encode(content).decode("ascii")}
            if folder_flags.value[uri]:
                record["folder"] = True
            lines.append(json.dumps(record))
        if not lines:
            return
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "part.dgpart")
            cmd = [binary(hint), "extract", "-", "--stdin-files", "-o", out] + shipped(extract_args)
            status = run(cmd, stdin=("\n".join(lines) + "\n").encode("utf-8"))
            if status == 2 and not os.path.exists(out):
                # Nothing readable in this partition (the messages are on standard error).
                return
            if status != 0:
                raise RuntimeError(f"diplograph extract failed ({status}) on partition {index}")
            with open(out, "rb") as f:
                yield index, f.read()
    return extract


def merge_partials(hint, parts, extra):
    """Runs `diplograph merge` on partials (bytes, in order) with more arguments; its exit status."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, data in enumerate(parts):
            paths.append(os.path.join(tmp, f"{i:06d}.dgpart"))
            with open(paths[-1], "wb") as f:
                f.write(data)
        return run([binary(hint), "merge"] + paths + extra)


def merge_group(hint):
    """One node of the tree reduction: (key, [(rank, partial)]) -> (key, merged partial)."""
    def merge(group):
        key, members = group
        parts = [data for _, data in sorted(members, key=lambda m: m[0])]
        if len(parts) == 1:
            return key, parts[0]
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "merged.dgpart")
            status = merge_partials(hint, parts, ["--partial-out", out])
            if status != 0:
                raise RuntimeError(f"diplograph merge failed ({status})")
            with open(out, "rb") as f:
                return key, f.read()
    return merge


def main(argv):
    args = parse_args(argv)
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("diplograph")
    if args.master:
        conf.setMaster(args.master)
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("WARN")
    try:
        return job(sc, args)
    finally:
        sc.stop()


def job(sc, args):
    hint = args.diplograph
    if os.path.sep in hint and os.path.isfile(hint):
        hint = os.path.abspath(hint)
    extract_args = []
    for a in args.aliases:
        sc.addFile(a)
        # On the workers the table is the shipped copy: its entries, not its path, matter.
        extract_args += ["--aliases", SHIPPED + os.path.basename(a)]
    if args.no_default_aliases:
        extract_args.append("--no-default-aliases")
    if args.window:
        extract_args += ["--window", args.window]
    if args.cap_per_article is not None:
        extract_args += ["--cap-per-article", str(args.cap_per_article)]

    files = list_inputs(sc, args.inputs)
    if not files:
        print("diplograph_spark: no input files", file=sys.stderr)
        return 2
    order = {uri: i for i, (uri, _) in enumerate(files)}
    folder_flags = sc.broadcast({uri: folder for uri, folder in files})
    partitions = max(1, min(args.partitions or sc.defaultParallelism, len(files)))

    # Partitions of consecutive files in input order, each extracted to one partial.
    level = (sc.binaryFiles(",".join(uri for uri, _ in files), minPartitions=partitions)
             .map(lambda kv: (order[kv[0]], kv))
             .sortByKey(numPartitions=partitions)
             .values()
             .mapPartitionsWithIndex(extract_partition(hint, extract_args, folder_flags))
             .persist())
    count = level.count()
    if count == 0:
        print("diplograph_spark: no partition could be read", file=sys.stderr)
        return 2
    # Tree reduction over consecutive partials, FAN_IN at a time, in order (RDD.treeReduce
    # would group partitions by index modulo their count, which changes the input order).
    fan_in = args.fan_in
    while count > 1:
        groups = (count + fan_in - 1) // fan_in
        rank = {key: i for i, key in enumerate(sorted(level.keys().collect()))}
        merged = (level.map(lambda kv: (rank[kv[0]] // fan_in, (rank[kv[0]], kv[1])))
                  .groupByKey(numPartitions=groups)
                  .map(merge_group(hint))
                  .persist())
        count = merged.count()
        level.unpersist()
        level = merged
    [(_, final)] = level.collect()

    extra = []
    for o in args.output:
        extra += ["-o", os.path.abspath(o)]
    if args.partial_out:
        extra += ["--partial-out", os.path.abspath(args.partial_out)]
    return merge_partials(hint, [final], extra + args.merge_option)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
