package io.taskdeck.core;

/**
 * A token just created: the only time its secret exists outside the client. {@link #toString()}
 * masks it, so logging the record by mistake does not leak it.
 */
public record IssuedToken(ApiToken token, String secret) {
  @Override
  public String toString() {
    return "IssuedToken[token=" + token + ", secret=****]";
  }
}
