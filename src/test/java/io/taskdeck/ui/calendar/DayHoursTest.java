package io.taskdeck.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayHoursTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void anOrdinaryDayHas24HoursFromMidnightToMidnight() {
    List<DayHours.Hour> hours = DayHours.of(LocalDate.of(2026, 3, 2), BERLIN);
    assertThat(hours).hasSize(24);
    assertThat(hours.get(0).start()).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
    assertThat(hours.get(23).end()).isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));
    assertThat(hours)
        .extracting(DayHours.Hour::label)
        .startsWith("00:00", "01:00")
        .endsWith("23:00");
  }

  @Test
  void whenTheClocksGoForwardTheDayHas23HoursAndNo0200() {
    List<DayHours.Hour> hours = DayHours.of(LocalDate.of(2026, 3, 29), BERLIN);
    assertThat(hours).hasSize(23);
    assertThat(hours)
        .extracting(DayHours.Hour::label)
        .startsWith("00:00", "01:00", "03:00")
        .doesNotContain("02:00");
    assertThat(hours)
        .allSatisfy(
            h -> assertThat(Duration.between(h.start(), h.end())).isEqualTo(Duration.ofHours(1)));
    assertThat(hours.get(22).end()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
  }

  @Test
  void whenTheClocksGoBackTheDayHas25HoursAnd0200TwiceToldApartByItsOffset() {
    List<DayHours.Hour> hours = DayHours.of(LocalDate.of(2026, 10, 25), BERLIN);
    assertThat(hours).hasSize(25);
    assertThat(hours.subList(1, 5))
        .extracting(DayHours.Hour::label)
        .containsExactly("01:00", "02:00 +02:00", "02:00 +01:00", "03:00");
    assertThat(hours.get(2).end()).isEqualTo(hours.get(3).start());
    assertThat(hours.get(24).end()).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
  }
}
