package io.taskdeck.testsupport;

import io.taskdeck.core.TokenSecrets;
import io.taskdeck.core.TokenService;
import io.taskdeck.store.Database;
import io.taskdeck.store.Jdbc;
import io.taskdeck.store.TokenRepository;
import java.security.SecureRandom;
import java.time.Clock;

/** The real token store on a test database. */
public final class TestTokens {
  private TestTokens() {}

  public static TokenService on(Database db) {
    return on(db, Clock.systemUTC());
  }

  public static TokenService on(Database db, Clock clock) {
    return new TokenRepository(
        new Jdbc(db.dataSource()),
        clock,
        new TokenSecrets(new SecureRandom()),
        io.taskdeck.core.Actor.cli());
  }
}
