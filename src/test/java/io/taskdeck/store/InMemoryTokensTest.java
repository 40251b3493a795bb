package io.taskdeck.store;

import io.taskdeck.core.TokenService;
import io.taskdeck.testsupport.InMemoryTokens;

/**
 * The in-memory token service the HTTP layer's tests use keeps the same contract as the database
 * one.
 */
class InMemoryTokensTest extends TokenServiceContract {
  @Override
  TokenService service() {
    return new InMemoryTokens(clock);
  }
}
