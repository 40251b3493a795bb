package io.taskdeck.api;

import io.taskdeck.core.IdempotencyStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IdempotencyStore} in a map, for the HTTP layer's own tests (the contract tests use the
 * table).
 */
final class InMemoryIdempotency implements IdempotencyStore {
  private record Entry(String hash, Answer answer) {}

  private final Map<String, Entry> entries = new HashMap<>();

  @Override
  public synchronized Optional<Answer> begin(String key, String route, String requestHash) {
    Entry e = entries.get(route + " " + key);
    if (e == null) {
      entries.put(route + " " + key, new Entry(requestHash, null));
      return Optional.empty();
    }
    if (!e.hash().equals(requestHash)) {
      throw new KeyReusedException("reused");
    }
    if (e.answer() == null) {
      throw new KeyInUseException("in use");
    }
    return Optional.of(e.answer());
  }

  @Override
  public synchronized void finish(String key, String route, Answer answer) {
    entries.computeIfPresent(route + " " + key, (k, e) -> new Entry(e.hash(), answer));
  }

  @Override
  public synchronized void release(String key, String route) {
    entries.remove(route + " " + key);
  }
}
