package io.taskdeck.core;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a reconciliation pass repaired, by kind of finding (for example {@code
 * task_without_attempt}: a live task that had no pending attempt). Kinds with nothing to repair are
 * absent.
 */
public record ReconcileReport(Map<String, Integer> repairs) {
  public ReconcileReport {
    TreeMap<String, Integer> found = new TreeMap<>();
    repairs.forEach(
        (k, v) -> {
          if (v != null && v > 0) {
            found.put(k, v);
          }
        });
    repairs = java.util.Collections.unmodifiableMap(found);
  }

  /** A pass that found nothing. */
  public static ReconcileReport none() {
    return new ReconcileReport(Map.of());
  }

  /** How many findings of {@code kind} were repaired. */
  public int count(String kind) {
    return repairs.getOrDefault(kind, 0);
  }

  public int total() {
    return repairs.values().stream().mapToInt(Integer::intValue).sum();
  }
}
