package io.taskdeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskdeck.core.CalendarKind;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.ValidationException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the v1 calendar shape into a {@link CalendarSpec}; every rejection names its field. */
final class CalendarReader {
  private static final Set<String> FIELDS =
      Set.of("name", "description", "kind", "dates", "excluded_days", "from", "to", "expression", "zone");

  private CalendarReader() {}

  /** Reads {@code node}; {@code pathName}, when not null, is the name from the URL and wins. */
  static CalendarSpec read(JsonNode node, String pathName) {
    JsonFields f = JsonFields.of(node, "", FIELDS);
    String name = f.string("name");
    if (pathName != null && name != null && !name.equals(pathName)) {
      throw new ValidationException("name", "name '" + name + "' differs from the calendar in the URL '" + pathName + "'");
    }
    return new CalendarSpec(
        pathName != null ? pathName : name,
        f.string("description"),
        kind(f),
        strings(f, "dates").stream().map(s -> date(s, f.path("dates"))).toList(),
        days(f),
        time(f, "from"),
        time(f, "to"),
        f.string("expression"),
        f.zone("zone"));
  }

  private static CalendarKind kind(JsonFields f) {
    String wire = f.requiredString("kind");
    for (CalendarKind k : CalendarKind.values()) {
      if (k.wireName().equalsIgnoreCase(wire)) {
        return k;
      }
    }
    throw new ValidationException("kind", "unknown calendar kind '" + wire + "' (expected holiday, weekly, daily or cron)");
  }

  private static List<String> strings(JsonFields f, String name) {
    JsonNode v = f.child(name);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      throw new ValidationException(name, name + " must be an array of strings");
    }
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        throw new ValidationException(name, name + " must be an array of strings, got " + item);
      }
      out.add(item.textValue());
    }
    return out;
  }

  private static LocalDate date(String text, String field) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeException e) {
      throw new ValidationException(field, field + " must hold ISO dates such as 2026-12-25, got '" + text + "'");
    }
  }

  private static Set<DayOfWeek> days(JsonFields f) {
    Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    for (String s : strings(f, "excluded_days")) {
      try {
        out.add(DayOfWeek.valueOf(s.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ValidationException("excluded_days", "unknown weekday '" + s + "' (expected MONDAY to SUNDAY)");
      }
    }
    return out;
  }

  private static LocalTime time(JsonFields f, String name) {
    String s = f.string(name);
    if (s == null) {
      return null;
    }
    try {
      return LocalTime.parse(s.trim());
    } catch (DateTimeException e) {
      throw new ValidationException(name, name + " must be a time such as 22:00, got '" + s + "'");
    }
  }
}
