package io.taskdeck.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The answers given to requests sent with an {@code Idempotency-Key}, kept {@link #RETENTION}: the
 * same key and request again get the first answer; the same key with another request is refused.
 */
public interface IdempotencyStore {
  Duration RETENTION = Duration.ofHours(24);

  /** The first answer to a request: its status, JSON body and {@code Location} (or null). */
  record Answer(int status, String body, String location) {}

  /** The key was used for another request (422). */
  final class KeyReusedException extends TaskdeckException {
    public KeyReusedException(String message) {
      super(message);
    }
  }

  /** The first request with the key is still being answered (409). */
  final class KeyInUseException extends TaskdeckException {
    public KeyInUseException(String message) {
      super(message);
    }
  }

  /**
   * Claims {@code key} on {@code route} for the request whose digest is {@code requestHash}.
   *
   * @return the first answer when the same request was answered before; empty when this request is
   *     the first and must be answered, then {@link #finish}ed or {@link #release}d
   * @throws KeyReusedException when the key was used for another request
   * @throws KeyInUseException when the first request with the key is still being answered
   */
  Optional<Answer> begin(String key, String route, String requestHash);

  /** Records the answer to a claimed key. */
  void finish(String key, String route, Answer answer);

  /**
   * Gives a claimed key up (the request failed without an answer worth repeating). A claim that
   * cannot be given up (the database is down) lapses after a short while on its own.
   */
  void release(String key, String route);
}
