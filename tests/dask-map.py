#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The Dask recipe of the README ("Beyond one core"), as a test.

A LocalCluster of two worker processes on 127.0.0.1 maps batches of input
files (every third file, so no batch is a run of the inputs) to parts,
each task one `factgraph --partial --with-conllu` process; the parts are
merged, last first, into every format, CoNLL-U too, and compared, byte
for byte, with one run over all the inputs. Exits 0 when all are equal, 1
otherwise.

    usage: dask-map.py FACTGRAPH WORKDIR FILE...
"""
import filecmp
import os
import subprocess
import sys

FORMATS = ("ttl", "nt", "nq", "dot", "tsv", "conllu")
BATCHES = 3


def make_part(binary, part, files):
    """One map task: a part of the files; returns the part and who made it."""
    done = subprocess.run([binary, "-q", "-j", "1", "--partial", part, "--with-conllu", *files],
                          capture_output=True, text=True, check=False)
    return part, done.returncode, done.stderr, os.getpid()


def outputs(directory):
    os.makedirs(directory, exist_ok=True)
    args = []
    for ext in FORMATS:
        args += ["-o", os.path.join(directory, "graph." + ext)]
    return args


def map_parts(binary, workdir, inputs):
    from distributed import Client, LocalCluster

    batches = [inputs[i::BATCHES] for i in range(BATCHES)]
    parts = [os.path.join(workdir, "part-%d.fgp" % i) for i in range(BATCHES)]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster) as client:
        workers = len(client.scheduler_info()["workers"])
        if workers < 2:
            sys.exit("dask: %d worker process(es), expected 2" % workers)
        futures = [client.submit(make_part, binary, part, batch, pure=False)
                   for part, batch in zip(parts, batches)]
        results = client.gather(futures)
    for part, status, stderr, pid in results:
        if status != 0:
            sys.exit("dask: %s failed in process %d: %s" % (part, pid, stderr))
    print("dask: %d parts made by %d worker processes"
          % (len(results), len({pid for *_, pid in results})))
    return parts


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    binary, workdir, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    parts = map_parts(binary, workdir, inputs)
    single, merged = (os.path.join(workdir, d) for d in ("single", "merged"))
    subprocess.run([binary, "-q", "-j", "1", *outputs(single), *inputs], check=True)
    subprocess.run([binary, "-q", "merge", *outputs(merged), *reversed(parts)],
                   check=True)
    differ = [ext for ext in FORMATS
              if not filecmp.cmp(os.path.join(single, "graph." + ext),
                                 os.path.join(merged, "graph." + ext), shallow=False)]
    if differ:
        sys.exit("dask: the merged parts differ from one run in: " + " ".join(differ))
    print("dask: merged parts equal one run in " + " ".join(FORMATS))


if __name__ == "__main__":
    main()
