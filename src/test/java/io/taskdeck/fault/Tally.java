package io.taskdeck.fault;

import io.taskdeck.testsupport.RunFile;
import io.taskdeck.testsupport.RunFile.Run;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What really ran, read from a {@link RunFile} and judged against the due times the test set: tasks
 * lost (never started), run early, and run more than once. A task may run twice only as
 * docs/engine.md allows: once on a node that was killed or frozen while it ran (a start recorded by
 * that node's process before the node was recovered) and once more elsewhere.
 */
final class Tally {
  /**
   * A node that was killed or frozen: its starts at file positions below {@code linesBefore} may be
   * re-run once elsewhere ({@code Integer.MAX_VALUE} for a killed node, whose every start came
   * before its death).
   */
  record Failed(long pid, int linesBefore) {
    static Failed killed(long pid) {
      return new Failed(pid, Integer.MAX_VALUE);
    }
  }

  private final Map<String, Long> dues;
  private final Map<String, List<Run>> starts = new LinkedHashMap<>();
  private final List<Failed> failed;

  private Tally(Map<String, Long> dues, List<Run> runs, List<Failed> failed) {
    this.dues = dues;
    this.failed = failed;
    for (Run r : runs) {
      if (dues.containsKey(r.name())) {
        starts.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
      }
    }
  }

  static Tally of(RunFile file, Map<String, Long> dues, Failed... failed) {
    return new Tally(dues, file.read(), List.of(failed));
  }

  /** Tasks that have not started at all. */
  Set<String> lost() {
    Set<String> out = new TreeSet<>(dues.keySet());
    out.removeAll(starts.keySet());
    return out;
  }

  boolean allStarted() {
    return starts.size() == dues.size();
  }

  int started() {
    return starts.size();
  }

  /** Tasks with more than one start. */
  Map<String, List<Run>> duplicates() {
    Map<String, List<Run>> out = new LinkedHashMap<>();
    starts.forEach(
        (name, runs) -> {
          if (runs.size() > 1) {
            out.put(name, runs);
          }
        });
    return out;
  }

  /** Duplicates that docs/engine.md does not allow. */
  Map<String, List<Run>> unexplainedDuplicates() {
    Map<String, List<Run>> out = new LinkedHashMap<>();
    duplicates()
        .forEach(
            (name, runs) -> {
              if (!(runs.size() == 2 && runs.stream().anyMatch(this::inFlightOnAFailedNode))) {
                out.put(name, runs);
              }
            });
    return out;
  }

  private boolean inFlightOnAFailedNode(Run r) {
    return failed.stream().anyMatch(f -> f.pid() == r.pid() && r.position() < f.linesBefore());
  }

  /** Starts recorded before their task's due time. */
  List<Run> early() {
    List<Run> out = new ArrayList<>();
    starts
        .values()
        .forEach(
            runs -> runs.stream().filter(r -> r.atMillis() < dues.get(r.name())).forEach(out::add));
    return out;
  }

  /** How early the earliest early start was, in ms (0 when none). */
  long maxEarlinessMs() {
    return early().stream().mapToLong(r -> dues.get(r.name()) - r.atMillis()).max().orElse(0);
  }

  /** Starts recorded by process {@code pid}. */
  long startsBy(long pid) {
    return starts.values().stream().flatMap(List::stream).filter(r -> r.pid() == pid).count();
  }

  /** Starts per recording process. */
  Map<Long, Long> startsPerPid() {
    Map<Long, Long> out = new LinkedHashMap<>();
    starts.values().stream().flatMap(List::stream).forEach(r -> out.merge(r.pid(), 1L, Long::sum));
    return out;
  }

  /** The first start of each task minus its due time, in ms. */
  List<Long> startDelaysMs() {
    List<Long> out = new ArrayList<>();
    starts.forEach((name, runs) -> out.add(runs.get(0).atMillis() - dues.get(name)));
    return out;
  }

  String summary() {
    Map<String, List<Run>> dup = duplicates();
    Map<String, List<Run>> bad = unexplainedDuplicates();
    return String.format(
        "%d tasks: %d started, %d lost (e.g. %s), %d run more than once (%d not allowed, e.g. %s), %d early starts"
            + " (earliest %d ms before due); starts per pid %s",
        dues.size(),
        starts.size(),
        lost().size(),
        first(lost()),
        dup.size(),
        bad.size(),
        first(bad.values()),
        early().size(),
        maxEarlinessMs(),
        startsPerPid());
  }

  private static String first(Collection<?> c) {
    return c.stream().limit(3).toList().toString();
  }
}
