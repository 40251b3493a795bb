# Prints the median tables of docs/BENCHMARKS.md from a results.jsonl: python3 summarize.py results.jsonl
import json, sys, statistics
from collections import OrderedDict
rows=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
groups=OrderedDict()
for r in rows:
    k=(r['scenario'], r['db'], r['tasks'], r['nodes'], r['engine'])
    groups.setdefault(k, []).append(r)
def fmt(v):
    if v is None: return 'n/a'
    if isinstance(v,float) and v<100 and v!=int(v): return f"{v:,.1f}"
    return f"{int(round(v)):,}"
def med(vals):
    vals=[v for v in vals if v is not None]
    return statistics.median(vals) if vals else None
for k, rs in groups.items():
    scen, db, n, nodes, eng = k
    print(f"\n**{eng} {scen}, {db}, N = {n:,}" + (f", K = {nodes}" if scen not in ('create','gui-page') else "") + f"** ({len(rs)} run{'s' if len(rs)>1 else ''})\n")
    print("| | median | runs |\n|---|---|---|")
    def line(name, get):
        vals=[get(r) for r in rs]
        if all(v is None for v in vals): return
        print(f"| {name} | {fmt(med(vals))} | {', '.join(fmt(v) for v in vals)} |")
    line('tasks/s' if scen=='create' else 'executions/s', lambda r: r.get('rate_per_s'))
    line('wall s', lambda r: r.get('wall_s'))
    if scen not in ('create','gui-page'):
        line('duplicates', lambda r: r.get('duplicates'))
        line('lost', lambda r: r.get('lost'))
        for p in ('p50','p95','p99','max'):
            line(f'start delay {p} ms', lambda r, p=p: (r.get('start_delay_ms') or {}).get(p))
    line('peak heap MiB', lambda r: r.get('peak_heap_mb'))
    line('recovery s', lambda r: r.get('recovery_s'))
    line('first page ms', lambda r: r.get('first_page_ms'))
    line('filtered page ms', lambda r: r.get('filtered_page_ms'))
    notes=set()
    for r in rs:
        for x in (r.get('notes') or []): notes.add(x if isinstance(x,str) else json.dumps(x))
    for x in sorted(notes):
        if 'executions per node' in x or 'peak heap per node' in x: continue
        print(f"\n_{x}_")
