package io.taskdeck.model;

import io.taskdeck.model.ModelTask.Due;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches a task's attempt starts to its due times, each due time used at most once, a start only
 * to a due time at or before it and before the due time was voided. Starts are taken in time order,
 * each given the open due time that is voided soonest (then the earliest): for points matched to
 * intervals this greedy choice finds a largest matching, so a start it leaves unmatched has no due
 * time left: it ran early, or once too often, or after it was cancelled.
 */
final class Matching {
  /** The starts left without a due time, and the due times left without a start. */
  record Result(List<Instant> unmatchedStarts, List<Due> unmatchedDues) {}

  private Matching() {}

  static Result match(List<Instant> starts, List<Due> dues) {
    List<Instant> sorted = new ArrayList<>(starts);
    sorted.sort(Comparator.naturalOrder());
    List<Due> open = new ArrayList<>(dues);
    open.sort(Comparator.comparing(Due::at));
    List<Instant> unmatched = new ArrayList<>();
    for (Instant s : sorted) {
      Due best = null;
      for (Due d : open) {
        if (d.at().isAfter(s)) {
          break;
        }
        if (s.isBefore(d.voidAt()) && (best == null || d.voidAt().isBefore(best.voidAt()))) {
          best = d;
        }
      }
      if (best == null) {
        unmatched.add(s);
      } else {
        open.remove(best);
      }
    }
    return new Result(unmatched, open);
  }
}
