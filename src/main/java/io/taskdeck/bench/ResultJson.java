package io.taskdeck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes results as JSON Lines: one object per scenario and engine, with the keys of issue 9
 * ({@code engine, scenario, db, tasks, nodes, threads, rate_per_s, wall_s, duplicates, lost,
 * start_delay_ms{p50,p95,p99,max}, peak_heap_mb}) plus, where they apply, {@code
 * peak_heap_mb_per_node, recovery_s, first_page_ms, filtered_page_ms, created_per_s,
 * occurrences_due, notes}.
 */
final class ResultJson {
  private final ObjectMapper mapper = new ObjectMapper();

  /** Appends one line per result to {@code file}, creating it when absent. */
  void append(Path file, List<ScenarioResult> results) {
    StringBuilder lines = new StringBuilder();
    for (ScenarioResult r : results) {
      lines.append(toJson(r)).append('\n');
    }
    try {
      Files.writeString(
          file,
          lines,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  String toJson(ScenarioResult r) {
    ObjectNode o = mapper.createObjectNode();
    o.put("engine", r.engine().wireName());
    o.put("scenario", r.scenario().wireName());
    o.put("db", r.db());
    o.put("tasks", r.tasks());
    o.put("nodes", r.nodes());
    o.put("threads", r.threads());
    putOrNull(o, "rate_per_s", r.ratePerS());
    putOrNull(o, "wall_s", r.wallS());
    o.put("duplicates", r.duplicates());
    o.put("lost", r.lost());
    if (r.startDelayMs() == null) {
      o.putNull("start_delay_ms");
    } else {
      ObjectNode d = o.putObject("start_delay_ms");
      d.put("p50", r.startDelayMs().p50());
      d.put("p95", r.startDelayMs().p95());
      d.put("p99", r.startDelayMs().p99());
      d.put("max", r.startDelayMs().max());
    }
    o.put("peak_heap_mb", round(r.peakHeapMb()));
    if (!r.nodePeakHeapMb().isEmpty()) {
      r.nodePeakHeapMb().forEach(o.putArray("peak_heap_mb_per_node")::add);
    }
    putIfPresent(o, "recovery_s", r.recoveryS());
    putIfPresent(o, "first_page_ms", r.firstPageMs());
    putIfPresent(o, "filtered_page_ms", r.filteredPageMs());
    putIfPresent(o, "created_per_s", r.createdPerS());
    if (r.occurrencesDue() != null) {
      o.put("occurrences_due", r.occurrencesDue());
    }
    if (!r.notes().isEmpty()) {
      r.notes().forEach(o.putArray("notes")::add);
    }
    return o.toString();
  }

  private static void putIfPresent(ObjectNode o, String key, Double value) {
    if (value != null) {
      o.put(key, round(value));
    }
  }

  private static void putOrNull(ObjectNode o, String key, Double value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, round(value));
    }
  }

  private static double round(double v) {
    return Math.round(v * 10.0) / 10.0;
  }
}
