package io.taskdeck.core;

/** What a presented bearer token turned out to be. Only {@link Valid} lets a request in. */
public sealed interface TokenCheck {
  /** A live token of {@code token.name()} with {@code token.role()}. */
  record Valid(ApiToken token) implements TokenCheck {}

  /** The secret matched a token that has expired. */
  record Expired(ApiToken token) implements TokenCheck {}

  /** The secret matched a revoked token. */
  record Revoked(ApiToken token) implements TokenCheck {}

  /** No token has this secret (or it is not a token at all). */
  record Unknown() implements TokenCheck {}
}
