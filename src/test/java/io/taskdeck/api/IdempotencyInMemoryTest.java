package io.taskdeck.api;

import io.taskdeck.core.IdempotencyStore;

class IdempotencyInMemoryTest extends IdempotencyStoreContract {
  @Override
  IdempotencyStore store() {
    return new InMemoryIdempotency();
  }
}
