package io.taskdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecurringPlanTest {
  private static final Instant EPOCH = Instant.parse("2026-12-07T10:00:00Z");
  private final RecurringPlan plan = new RecurringPlan(EPOCH, Duration.ofSeconds(60), 4);

  @Test
  void tasksArePhasedEvenlyOverThePeriod() {
    assertThat(plan.phaseMillis(0)).isZero();
    assertThat(plan.phaseMillis(1)).isEqualTo(15_000);
    assertThat(plan.phaseMillis(3)).isEqualTo(45_000);
  }

  @Test
  void eachAnchorIsTheFirstTimeOfItsPhaseNotBeforeTheGivenInstant() {
    Instant notBefore = EPOCH.plusSeconds(20);

    assertThat(plan.anchor(0, notBefore)).isEqualTo(EPOCH.plusSeconds(60));
    assertThat(plan.anchor(1, notBefore)).isEqualTo(EPOCH.plusSeconds(75));
    assertThat(plan.anchor(2, notBefore)).isEqualTo(EPOCH.plusSeconds(30));
    assertThat(plan.anchor(2, EPOCH.plusSeconds(30))).isEqualTo(EPOCH.plusSeconds(30));
    assertThat(plan.anchor(2, EPOCH.plusSeconds(30).plusNanos(1))).isEqualTo(EPOCH.plusSeconds(90));
  }

  @Test
  void anIndexOutsideThePlanIsRefused() {
    assertThatThrownBy(() -> plan.phaseMillis(4)).hasMessageContaining("outside 0..3");
  }
}
