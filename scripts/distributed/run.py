#!/usr/bin/python3
"""Attribution Lens over a crawl with Dask distributed: one task per WARC shard, then a summary.

    /usr/bin/python3 scripts/distributed/run.py --out DIR [--scheduler ADDRESS] [--workers 2]
        [--html SUMMARY.html] [--json SUMMARY.json] SHARD.warc.gz...

Each task runs the CLI on one shard (`attribution-lens analyze --resume DIR/NNNNN-NAME.jsonl SHARD`)
and writes that shard's reports; a task that is run again (a worker lost, the whole run started
again) carries on from what its file already holds, so nothing is analysed or written twice. When
every shard is done, `attribution-lens summarize` reads all the JSONL files: its text table goes to
standard output, and --html / --json write the page and the figures.

Without --scheduler the tasks run on a LocalCluster on this machine (--workers processes, one task
at a time each). With --scheduler tcp://HOST:8786 they run on a cluster started with
`dask scheduler` and `dask worker` (see the README): every worker needs Node, the CLI (--cli) and the
shards and DIR at the same paths (a shared file system).

Uses Debian's python3-distributed (apt-get install python3-distributed); nothing else.
Exit status: 0 when every shard and every article was analysed, 1 when some article failed (its
report says why) or the summary found a bad line, 2 on a usage error, 3 when a task itself failed.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CLI = os.path.join(HERE, '..', '..', 'dist', 'cli', 'attribution-lens.mjs')


def output_name(index, shard):
    """The JSONL file of one shard: numbered, so shards of the same name in two folders do not clash."""
    name = os.path.basename(shard)
    for ext in ('.warc.gz', '.warc', '.jsonl'):
        if name.endswith(ext):
            name = name[: -len(ext)]
            break
    return '%05d-%s.jsonl' % (index, name)


def analyze_shard(node, cli, shard, out, jobs):
    """One task: the CLI on one shard, its reports appended to `out`. Runs on a Dask worker."""
    started = time.time()
    proc = subprocess.run(
        [node, cli, 'analyze', '--resume', out, '--jobs', str(jobs), shard],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False)
    if proc.returncode not in (0, 1):
        # 0: every article analysed; 1: some input failed, and its report says why. Anything else
        # (a usage error, a crash) fails the task, with the CLI's own words.
        raise RuntimeError('%s: attribution-lens exited with %d: %s' % (shard, proc.returncode, proc.stderr.strip()[-2000:]))
    with open(out, 'rb') as f:
        reports = sum(1 for line in f if line.strip())
    return {'shard': shard, 'out': out, 'status': proc.returncode, 'reports': reports,
            'seconds': time.time() - started, 'host': os.uname().nodename}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('shards', nargs='+', metavar='SHARD', help='WARC files (.warc, .warc.gz), one task each')
    parser.add_argument('--out', required=True, help='folder for the JSONL reports, one file per shard')
    parser.add_argument('--scheduler', help='address of a running Dask scheduler (default: a LocalCluster)')
    parser.add_argument('--workers', type=int, default=2, help='LocalCluster worker processes (default 2)')
    parser.add_argument('--jobs', type=int, default=1, help='--jobs given to each CLI run (default 1: one core per task)')
    parser.add_argument('--cli', default=DEFAULT_CLI, help='the CLI bundle (default: dist/cli/attribution-lens.mjs)')
    parser.add_argument('--node', default='node', help='the Node.js executable on the workers (default: node)')
    parser.add_argument('--html', help='write the summary page here')
    parser.add_argument('--json', help='write the summary figures here')
    args = parser.parse_args(argv)

    cli = os.path.abspath(args.cli)
    if not os.path.isfile(cli):
        parser.error('%s is missing: run `npm run build` first' % cli)
    missing = [s for s in args.shards if not os.path.isfile(s)]
    if missing:
        parser.error('no such shard: %s' % ', '.join(missing))
    if args.workers < 1 or args.jobs < 1:
        parser.error('--workers and --jobs take a number of at least 1')
    shards = [os.path.abspath(s) for s in args.shards]
    out_dir = os.path.abspath(args.out)
    os.makedirs(out_dir, exist_ok=True)
    outs = [os.path.join(out_dir, output_name(i, s)) for i, s in enumerate(shards)]

    from dask.distributed import Client, LocalCluster  # imported late: --help works without it

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        started = time.time()
        # pure=False: a task is an action (it writes a file), never taken from a cache.
        futures = client.map(analyze_shard, [args.node] * len(shards), [cli] * len(shards), shards, outs,
                             [args.jobs] * len(shards), pure=False, retries=1)
        failed_task = False
        results = []
        for future, shard in zip(futures, shards):
            try:
                results.append(future.result())
            except Exception as err:  # noqa: BLE001 - a task's failure is reported, the others kept
                failed_task = True
                print('attribution-lens (dask): %s' % err, file=sys.stderr)
        seconds = time.time() - started
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    reports = sum(r['reports'] for r in results)
    hosts = sorted({r['host'] for r in results})
    print('attribution-lens (dask): %d shards, %d reports in %.1f s (%.1f articles/s) on %s'
          % (len(results), reports, seconds, reports / seconds if seconds else 0.0, ', '.join(hosts)), file=sys.stderr)

    summarize = [args.node, cli, 'summarize'] + [r['out'] for r in results]
    if args.html:
        summarize += ['--html', args.html]
    if args.json:
        summarize += ['--json', args.json]
    summary = subprocess.run(summarize, check=False) if results else None
    if failed_task:
        return 3
    if any(r['status'] == 1 for r in results) or (summary is not None and summary.returncode != 0):
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
