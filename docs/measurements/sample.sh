#!/usr/bin/env bash
# Used once, beside run-benchmarks.sh, for the "what limits the throughput now" samples of docs/measurements/HISTORY.md.
# Waits for the first 500K K=2 drain and samples where time goes for 60 s, 20 s after it starts.
until grep -q "bench drain --tasks 500000 --nodes 2" /tmp/bench/stdout.log; do sleep 2; done
sleep 35
P="psql -h 127.0.0.1 -U postgres -d test -Atc"
c0=$($P "select sum(xact_commit) from pg_stat_database")
t0=$(date +%s.%N)
for i in $(seq 1 120); do
  $P "select coalesce(wait_event_type,'CPU')||':'||coalesce(wait_event,'-')||' | '||left(regexp_replace(query,'\s+',' ','g'),60) from pg_stat_activity where state='active' and backend_type='client backend' and query not like '%pg_stat_activity%'" >> /tmp/bench/waits.txt
  sleep 0.5
done &
top -b -d 5 -n 12 > /tmp/bench/top.txt
wait
c1=$($P "select sum(xact_commit) from pg_stat_database")
t1=$(date +%s.%N)
echo "commits/s: $(echo "($c1-$c0)/($t1-$t0)" | bc -l)" > /tmp/bench/commits.txt
