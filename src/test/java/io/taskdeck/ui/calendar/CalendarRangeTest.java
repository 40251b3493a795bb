package io.taskdeck.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.ui.calendar.CalendarRange.Mode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarRangeTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aWeekStartsOnTheMondayOnOrBeforeItsAnchorAndHasSevenDays() {
    CalendarRange sunday = new CalendarRange(Mode.WEEK, d("2026-03-08"));
    assertThat(sunday.first()).isEqualTo(d("2026-03-02"));
    assertThat(sunday.end()).isEqualTo(d("2026-03-09"));
    assertThat(sunday.days()).hasSize(7).startsWith(d("2026-03-02")).endsWith(d("2026-03-08"));
    assertThat(new CalendarRange(Mode.WEEK, d("2026-03-02")).first()).isEqualTo(d("2026-03-02"));
    assertThat(new CalendarRange(Mode.WEEK, d("2026-03-09")).first()).isEqualTo(d("2026-03-09"));
    assertThat(new CalendarRange(Mode.WEEK, d("2026-01-01")).first())
        .as("across a year")
        .isEqualTo(d("2025-12-29"));
  }

  @Test
  void navigationMovesByAMonthAWeekOrADay() {
    assertThat(new CalendarRange(Mode.WEEK, d("2026-03-04")).next().first())
        .isEqualTo(d("2026-03-09"));
    assertThat(new CalendarRange(Mode.WEEK, d("2026-03-04")).previous().first())
        .isEqualTo(d("2026-02-23"));
    assertThat(new CalendarRange(Mode.DAY, d("2026-02-28")).next().days())
        .containsExactly(d("2026-03-01"));
    assertThat(new CalendarRange(Mode.DAY, d("2026-03-01")).previous().anchor())
        .isEqualTo(d("2026-02-28"));
    CalendarRange january = new CalendarRange(Mode.MONTH, d("2026-01-31"));
    assertThat(january.next().anchor()).as("clamped to the month's end").isEqualTo(d("2026-02-28"));
    assertThat(january.next().days()).hasSize(28);
    assertThat(january.days()).hasSize(31).startsWith(d("2026-01-01"));
  }

  @Test
  void sameDaysTellsWhetherAnotherLoadIsNeeded() {
    CalendarRange week = new CalendarRange(Mode.WEEK, d("2026-03-04"));
    assertThat(week.sameDays(new CalendarRange(Mode.WEEK, d("2026-03-08")))).isTrue();
    assertThat(week.sameDays(new CalendarRange(Mode.WEEK, d("2026-03-09")))).isFalse();
    assertThat(week.sameDays(new CalendarRange(Mode.DAY, d("2026-03-04")))).isFalse();
    assertThat(week.contains(d("2026-03-08"))).isTrue();
    assertThat(week.contains(d("2026-03-09"))).isFalse();
  }

  @Test
  void titlesNameTheMonthTheWeeksDaysAndTheDay() {
    assertThat(new CalendarRange(Mode.MONTH, d("2026-03-17")).title()).isEqualTo("March 2026");
    assertThat(new CalendarRange(Mode.WEEK, d("2026-03-04")).title()).isEqualTo("Mar 2 – 8, 2026");
    assertThat(new CalendarRange(Mode.WEEK, d("2026-04-01")).title())
        .isEqualTo("Mar 30 – Apr 5, 2026");
    assertThat(new CalendarRange(Mode.WEEK, d("2026-12-31")).title())
        .isEqualTo("Dec 28, 2026 – Jan 3, 2027");
    assertThat(new CalendarRange(Mode.DAY, d("2026-03-02")).title())
        .isEqualTo("Monday, March 2, 2026");
    assertThat(new CalendarRange(Mode.DAY, d("2026-03-02")).within()).isEqualTo("on this day");
    assertThat(new CalendarRange(Mode.WEEK, d("2026-03-02")).within()).isEqualTo("in this week");
  }
}
