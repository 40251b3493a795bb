package io.taskdeck.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Prints results as a table: one column per engine, and a ratio column (Taskdeck ÷ that engine) for
 * each other engine that ran beside Taskdeck. Rows that do not apply to the scenario are left out.
 */
final class ResultTable {
  private ResultTable() {}

  static void print(PrintStream out, List<ScenarioResult> results) {
    if (results.isEmpty()) {
      return;
    }
    ScenarioResult first = results.get(0);
    String nodes =
        first.nodes() == 0
            ? "no node"
            : String.format(Locale.ROOT, "%d node(s) x %d threads", first.nodes(), first.threads());
    out.printf(
        Locale.ROOT,
        "%nScenario %s on %s: %,d tasks, %s%n",
        first.scenario(),
        first.db(),
        first.tasks(),
        nodes);
    Optional<ScenarioResult> ours = find(results, EngineKind.TASKDECK);
    List<ScenarioResult> peers =
        ours.isEmpty()
            ? List.of()
            : results.stream().filter(r -> r.engine() != EngineKind.TASKDECK).toList();
    List<String> header = new ArrayList<>();
    header.add("");
    results.forEach(r -> header.add(r.engine().wireName()));
    peers.forEach(p -> header.add("ratio vs " + p.engine().wireName()));
    Table table = new Table(results, ours.orElse(null), peers);
    table.rows.add(header);
    String rateName =
        switch (first.scenario()) {
          case CREATE -> "tasks/s";
          case RECURRING -> "occurrences/s";
          default -> "executions/s";
        };
    table.add(rateName, ScenarioResult::ratePerS, "%,.0f", true);
    table.add("occurrences due", r -> toDouble(r.occurrencesDue()), "%,.0f", false);
    table.add("created tasks/s", ScenarioResult::createdPerS, "%,.0f", true);
    table.add("wall s", ScenarioResult::wallS, "%.1f", false);
    table.add("duplicates", r -> toDouble(r.duplicates()), "%.0f", false);
    table.add("lost", r -> toDouble(r.lost()), "%.0f", false);
    table.add("start delay p50 ms", r -> delay(r, 50), "%,.0f", true);
    table.add("start delay p95 ms", r -> delay(r, 95), "%,.0f", true);
    table.add("start delay p99 ms", r -> delay(r, 99), "%,.0f", true);
    table.add("start delay max ms", r -> delay(r, 100), "%,.0f", true);
    table.add("peak heap MiB", r -> (Double) r.peakHeapMb(), "%.0f", false);
    table.add("recovery s", ScenarioResult::recoveryS, "%.1f", false);
    table.add("first page ms", ScenarioResult::firstPageMs, "%.1f", false);
    table.add("filtered page ms", ScenarioResult::filteredPageMs, "%.1f", false);
    printAligned(out, table.rows);
    for (ScenarioResult r : results) {
      r.notes().forEach(n -> out.println("  " + r.engine() + ": " + n));
      if (r.nodePeakHeapMb().size() > 1) {
        out.println("  " + r.engine() + ": peak heap per node (MiB): " + r.nodePeakHeapMb());
      }
    }
    out.flush();
  }

  /** The rows being built: one cell per engine, then Taskdeck's ratio to each peer. */
  private record Table(
      List<ScenarioResult> results,
      ScenarioResult ours,
      List<ScenarioResult> peers,
      List<List<String>> rows) {
    Table(List<ScenarioResult> results, ScenarioResult ours, List<ScenarioResult> peers) {
      this(results, ours, peers, new ArrayList<>());
    }

    void add(String name, Function<ScenarioResult, Double> value, String format, boolean ratio) {
      if (results.stream().allMatch(r -> value.apply(r) == null)) {
        return;
      }
      List<String> row = new ArrayList<>();
      row.add(name);
      for (ScenarioResult r : results) {
        Double v = value.apply(r);
        row.add(v == null ? "-" : String.format(Locale.ROOT, format, v));
      }
      for (ScenarioResult peer : peers) {
        row.add(ratio ? ResultTable.ratio(value.apply(ours), value.apply(peer)) : "");
      }
      rows.add(row);
    }
  }

  /**
   * Taskdeck's figure divided by the baseline's, to three significant digits ("31.2x", "0.00183x",
   * "1234x"); "-" when undefined.
   */
  static String ratio(Double ours, Double base) {
    if (ours == null || base == null || base == 0) {
      return "-";
    }
    double r = ours / base;
    return String.format(Locale.ROOT, Math.abs(r) >= 100 || r == 0 ? "%.0fx" : "%.3gx", r);
  }

  private static Double delay(ScenarioResult r, int p) {
    DelayStats d = r.startDelayMs();
    if (d == null) {
      return null;
    }
    return (double) (p == 50 ? d.p50() : p == 95 ? d.p95() : p == 99 ? d.p99() : d.max());
  }

  private static Double toDouble(Long v) {
    return v == null ? null : v.doubleValue();
  }

  private static Optional<ScenarioResult> find(List<ScenarioResult> results, EngineKind engine) {
    return results.stream().filter(r -> r.engine() == engine).findFirst();
  }

  private static void printAligned(PrintStream out, List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = row.get(i);
        line.append(i == 0 ? pad(cell, widths[i], false) : "  " + pad(cell, widths[i], true));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String pad(String s, int width, boolean right) {
    String spaces = " ".repeat(width - s.length());
    return right ? spaces + s : s + spaces;
  }
}
