package io.taskdeck.ui.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The hours of one day on a zone's clock, as real spans of time: 24 on most days, 23 when the
 * clocks go forward (the skipped hour is absent) and 25 when they go back (the repeated hour twice,
 * told apart by its offset).
 */
public final class DayHours {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private DayHours() {}

  /**
   * One hour of a day.
   *
   * @param repeated this wall-clock hour happens twice on the day (the clocks go back)
   */
  public record Hour(
      Instant start, Instant end, LocalTime local, ZoneOffset offset, boolean repeated) {
    /** "09:00", or "02:00 +01:00" for a repeated hour. */
    public String label() {
      return HH_MM.format(local) + (repeated ? " " + offset.getId() : "");
    }

    public boolean contains(Instant t) {
      return !t.isBefore(start) && t.isBefore(end);
    }
  }

  public static List<Hour> of(LocalDate date, ZoneId zone) {
    Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
    List<ZonedDateTime> starts = new ArrayList<>();
    for (ZonedDateTime t = date.atStartOfDay(zone);
        t.toInstant().isBefore(end);
        t = t.plusHours(1)) {
      starts.add(t);
    }
    List<Hour> hours = new ArrayList<>(starts.size());
    for (int i = 0; i < starts.size(); i++) {
      ZonedDateTime s = starts.get(i);
      Instant e = i + 1 < starts.size() ? starts.get(i + 1).toInstant() : end;
      LocalTime local = s.toLocalTime();
      boolean repeated = starts.stream().filter(o -> o.toLocalTime().equals(local)).count() > 1;
      hours.add(new Hour(s.toInstant(), e, local, s.getOffset(), repeated));
    }
    return hours;
  }
}
