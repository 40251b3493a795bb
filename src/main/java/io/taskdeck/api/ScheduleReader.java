package io.taskdeck.api;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.ValidationException;
import java.util.Set;

/** Reads the v1 schedule shapes: once, interval and cron. */
final class ScheduleReader {
  private static final Set<String> ONCE = Set.of("kind", "at");
  private static final Set<String> INTERVAL = Set.of("kind", "every", "start_at", "end_at", "repeat");
  private static final Set<String> CRON = Set.of("kind", "expression", "zone");
  private static final Set<String> ANY =
      Set.of("kind", "at", "every", "start_at", "end_at", "repeat", "expression", "zone");

  private ScheduleReader() {}

  /** Reads {@code parent.schedule}, or returns null when it is absent. */
  static Schedule read(JsonFields parent, String name) {
    JsonFields loose = parent.object(name, ANY);
    if (loose == null) {
      return null;
    }
    String kind = loose.requiredString("kind");
    return switch (kind) {
      case "once" -> new Schedule.Once(parent.object(name, ONCE).instant("at"));
      case "interval" -> interval(parent.object(name, INTERVAL));
      case "cron" -> cron(parent.object(name, CRON));
      default -> throw new ValidationException(
          loose.path("kind"), "unknown schedule kind '" + kind + "' (expected once, interval or cron)");
    };
  }

  private static Schedule interval(JsonFields f) {
    if (!f.has("every") || f.child("every") == null) {
      throw new ValidationException(f.path("every"), "an interval schedule needs 'every', such as PT5M");
    }
    return new Schedule.Interval(
        f.duration("every"), f.instant("start_at"), f.instant("end_at"), f.integer("repeat"));
  }

  private static Schedule cron(JsonFields f) {
    return new Schedule.Cron(f.requiredString("expression"), f.zone("zone"));
  }
}
