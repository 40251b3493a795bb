# Prints the tables of docs/BENCHMARKS.md from a results.jsonl: python3 summarize.py results.jsonl
# First the results table (median of each command per engine, and Taskdeck's ratio to each other
# engine), then one table per command and engine with every run.
import json, sys, statistics
from collections import OrderedDict

rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
FIRST = ['taskdeck', 'db-scheduler', 'quartz-baseline']


def fmt(v):
    if v is None: return 'n/a'
    if isinstance(v, float) and v < 100 and v != int(v): return f"{v:,.1f}"
    return f"{int(round(v)):,}"


def med(vals):
    vals = [v for v in vals if v is not None]
    return statistics.median(vals) if vals else None


def delay(p):
    return lambda r: (r.get('start_delay_ms') or {}).get(p)


def rate_name(scen):
    return {'create': 'tasks/s', 'recurring': 'occurrences/s'}.get(scen, 'executions/s')


def command(scen, db, n, nodes):
    return f"{scen} {n:,}" + (f", K = {nodes}" if scen not in ('create', 'gui-page') else '') + f" ({db})"


# The results table: one row per command and figure, one column per engine, then the ratios.
commands = OrderedDict()
for r in rows:
    commands.setdefault((r['scenario'], r['db'], r['tasks'], r['nodes']), OrderedDict()).setdefault(r['engine'], []).append(r)
engines = sorted({r['engine'] for r in rows}, key=lambda e: FIRST.index(e) if e in FIRST else 99)
peers = [e for e in engines if e != 'taskdeck'] if 'taskdeck' in engines else []
print('| command | figure | ' + ' | '.join(f"{e} (median; runs)" for e in engines)
      + ''.join(f" | taskdeck ÷ {p}" for p in peers) + ' |')
print('|---|---|' + '---|' * (len(engines) + len(peers)))
for (scen, db, n, nodes), by_engine in commands.items():
    figures = [(rate_name(scen), lambda r: r.get('rate_per_s'))]
    if scen == 'recurring':
        figures += [('created tasks/s', lambda r: r.get('created_per_s')), ('occurrences due', lambda r: r.get('occurrences_due'))]
    no_ratio = ('occurrences due',)
    if scen not in ('create', 'gui-page'):
        figures += [('start delay p50 / p95 / p99 ms', None), ('duplicates / lost (all runs)', None)]
    for name, get in figures:
        cells, meds = [], {}
        for e in engines:
            rs = by_engine.get(e, [])
            if not rs:
                cells.append('')
            elif get is None and name.startswith('start'):
                cells.append(' / '.join(fmt(med([delay(p)(r) for r in rs])) for p in ('p50', 'p95', 'p99')))
            elif get is None:
                cells.append(f"{sum(r.get('duplicates') or 0 for r in rs):,} / {sum(r.get('lost') or 0 for r in rs):,}")
            else:
                meds[e] = med([get(r) for r in rs])
                cells.append(f"{fmt(meds[e])} ({', '.join(fmt(get(r)) for r in rs)})")
        if get is not None and all(v is None for v in meds.values()):
            continue
        ratios = []
        for p in peers:
            ours, theirs = meds.get('taskdeck'), meds.get(p)
            ratios.append(f"{ours / theirs:.2f}×" if ours is not None and theirs and name not in no_ratio else '')
        print(f"| {command(scen, db, n, nodes)} | {name} | " + ' | '.join(cells) + ''.join(f" | {x}" for x in ratios) + ' |')

# One table per command and engine, with every run.
groups = OrderedDict()
for r in rows:
    groups.setdefault((r['scenario'], r['db'], r['tasks'], r['nodes'], r['engine']), []).append(r)
for (scen, db, n, nodes, eng), rs in groups.items():
    print(f"\n**{eng} {command(scen, db, n, nodes)}** ({len(rs)} run{'s' if len(rs) > 1 else ''})\n")
    print("| | median | runs |\n|---|---|---|")

    def line(name, get):
        vals = [get(r) for r in rs]
        if all(v is None for v in vals): return
        print(f"| {name} | {fmt(med(vals))} | {', '.join(fmt(v) for v in vals)} |")
    line(rate_name(scen), lambda r: r.get('rate_per_s'))
    line('created tasks/s', lambda r: r.get('created_per_s'))
    line('occurrences due', lambda r: r.get('occurrences_due'))
    line('wall s', lambda r: r.get('wall_s'))
    if scen not in ('create', 'gui-page'):
        line('duplicates', lambda r: r.get('duplicates'))
        line('lost', lambda r: r.get('lost'))
        for p in ('p50', 'p95', 'p99', 'max'):
            line(f'start delay {p} ms', delay(p))
    line('peak heap MiB', lambda r: r.get('peak_heap_mb'))
    line('recovery s', lambda r: r.get('recovery_s'))
    line('first page ms', lambda r: r.get('first_page_ms'))
    line('filtered page ms', lambda r: r.get('filtered_page_ms'))
    notes = set()
    for r in rs:
        for x in (r.get('notes') or []): notes.add(x if isinstance(x, str) else json.dumps(x))
    for x in sorted(notes):
        if 'executions per node' in x or 'peak heap per node' in x: continue
        print(f"\n_{x}_")
