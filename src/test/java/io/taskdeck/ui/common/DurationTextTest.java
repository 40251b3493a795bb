package io.taskdeck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
  @Test
  void readsTheShortFormsPeopleTypeAndIso() {
    assertThat(DurationText.parse("30s")).contains(Duration.ofSeconds(30));
    assertThat(DurationText.parse("5 min")).contains(Duration.ofMinutes(5));
    assertThat(DurationText.parse("1h")).contains(Duration.ofHours(1));
    assertThat(DurationText.parse("2d")).contains(Duration.ofDays(2));
    assertThat(DurationText.parse("PT1M30S")).contains(Duration.ofSeconds(90));
    assertThat(DurationText.parse("soon")).isEmpty();
    assertThat(DurationText.parse("")).isEmpty();
  }

  @Test
  void formatsSoThatParsingGivesTheSameDuration() {
    for (Duration d :
        new Duration[] {
          Duration.ofSeconds(5),
          Duration.ofMinutes(10),
          Duration.ofHours(1),
          Duration.ofDays(3),
          Duration.ofSeconds(90),
          Duration.ofMillis(1500)
        }) {
      assertThat(DurationText.parse(DurationText.format(d))).contains(d);
    }
  }
}
