package io.taskdeck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskdeck.core.ApiToken;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.IssuedToken;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Role;
import io.taskdeck.core.TokenCheck;
import io.taskdeck.core.TokenService;
import io.taskdeck.core.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** What every {@link TokenService} does: the database repository and the tests' in-memory one. */
abstract class TokenServiceContract {
  /** A clock a test sets by hand. */
  static final class HandClock extends Clock {
    private volatile Instant now = Instant.parse("2026-12-07T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  protected final HandClock clock = new HandClock();

  /** A fresh, empty service reading {@link #clock}. */
  abstract TokenService service();

  @Test
  void aCreatedTokenChecksAsValidWithItsRoleAndNothingElseDoes() {
    TokenService tokens = service();
    assertThat(tokens.anyTokens()).isFalse();
    IssuedToken ci = tokens.create("ci", Role.OPERATOR, Duration.ofDays(90));
    assertThat(tokens.anyTokens()).isTrue();
    assertThat(ci.token().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(90)));
    TokenCheck check = tokens.check(ci.secret());
    assertThat(check)
        .isInstanceOfSatisfying(
            TokenCheck.Valid.class,
            v -> {
              assertThat(v.token().name()).isEqualTo("ci");
              assertThat(v.token().role()).isEqualTo(Role.OPERATOR);
            });
    assertThat(tokens.check(ci.secret() + "x")).isInstanceOf(TokenCheck.Unknown.class);
    assertThat(tokens.check("")).isInstanceOf(TokenCheck.Unknown.class);
    assertThat(ci.toString()).doesNotContain(ci.secret());
  }

  @Test
  void aTokenExpiresAtItsExpiryAndARevokedOneStaysRevoked() {
    TokenService tokens = service();
    IssuedToken shortLived = tokens.create("short", Role.VIEWER, Duration.ofMinutes(5));
    IssuedToken revoked = tokens.create("gone", Role.ADMIN, null);
    ApiToken r = tokens.revoke("gone");
    assertThat(r.revoked()).isTrue();
    assertThat(tokens.revoke("gone").revokedAt())
        .as("revoking twice changes nothing")
        .isEqualTo(r.revokedAt());
    assertThat(tokens.check(revoked.secret())).isInstanceOf(TokenCheck.Revoked.class);
    assertThat(tokens.check(shortLived.secret())).isInstanceOf(TokenCheck.Valid.class);
    clock.advance(Duration.ofMinutes(5));
    assertThat(tokens.check(shortLived.secret())).isInstanceOf(TokenCheck.Expired.class);
    assertThatThrownBy(() -> tokens.revoke("nobody")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void namesAreUniqueForEverAndCheckedBeforeAnythingIsWritten() {
    TokenService tokens = service();
    tokens.create("ci", Role.VIEWER, null);
    tokens.revoke("ci");
    assertThatThrownBy(() -> tokens.create("ci", Role.ADMIN, null))
        .isInstanceOf(IllegalStateChangeException.class);
    assertThatThrownBy(() -> tokens.create("env", Role.ADMIN, null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> tokens.create("x", Role.ADMIN, Duration.ZERO))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("expires_in"));
    assertThat(tokens.list()).extracting(ApiToken::name).containsExactly("ci");
  }

  @Test
  void theLastUseIsRecordedAtMostOnceAMinute() {
    TokenService tokens = service();
    IssuedToken t = tokens.create("busy", Role.VIEWER, null);
    assertThat(only(tokens).lastUsedAt()).isNull();
    Instant first = clock.instant();
    tokens.check(t.secret());
    assertThat(only(tokens).lastUsedAt()).isEqualTo(first);
    clock.advance(Duration.ofSeconds(59));
    tokens.check(t.secret());
    assertThat(only(tokens).lastUsedAt())
        .as("not written again within the minute")
        .isEqualTo(first);
    clock.advance(Duration.ofSeconds(1));
    tokens.check(t.secret());
    assertThat(only(tokens).lastUsedAt()).isEqualTo(clock.instant());
  }

  private static ApiToken only(TokenService tokens) {
    assertThat(tokens.list()).hasSize(1);
    ApiToken t = tokens.list().get(0);
    return t.lastUsedAt() == null
        ? t
        : new ApiToken(
            t.name(),
            t.role(),
            t.createdAt(),
            t.expiresAt(),
            t.lastUsedAt().truncatedTo(ChronoUnit.MILLIS),
            t.revokedAt());
  }
}
