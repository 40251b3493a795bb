package io.taskdeck.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenRulesTest {
  @Test
  void rolesIncludeTheOnesBelowThem() {
    assertThat(Role.ADMIN.includes(Role.OPERATOR)).isTrue();
    assertThat(Role.OPERATOR.includes(Role.VIEWER)).isTrue();
    assertThat(Role.OPERATOR.includes(Role.ADMIN)).isFalse();
    assertThat(Role.VIEWER.includes(Role.OPERATOR)).isFalse();
    assertThat(Role.parse("role", " Operator ")).isEqualTo(Role.OPERATOR);
    assertThatThrownBy(() -> Role.parse("role", "root"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("role"));
  }

  @Test
  void aNameIsShortPlainAndNotTheEnvTokens() {
    assertThat(TokenRules.requireName("ci-runner.2")).isEqualTo("ci-runner.2");
    for (String bad :
        new String[] {"", " ci", "-ci", "a b", "x".repeat(65), "ENV", "env", "ci\u0000"}) {
      assertThatThrownBy(() -> TokenRules.requireName(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }
  }

  @Test
  void anExpiryIsPositiveAndAtMostTenYears() {
    assertThat(TokenRules.requireExpiry(null)).isNull();
    assertThat(TokenRules.requireExpiry(Duration.ofDays(90))).isEqualTo(Duration.ofDays(90));
    for (Duration bad :
        new Duration[] {Duration.ZERO, Duration.ofSeconds(-1), Duration.ofDays(4000)}) {
      assertThatThrownBy(() -> TokenRules.requireExpiry(bad))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.field()).isEqualTo("expires_in"));
    }
  }
}
