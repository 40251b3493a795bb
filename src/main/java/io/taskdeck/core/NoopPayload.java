package io.taskdeck.core;

/** Does nothing and succeeds at once: markers and benchmarks. */
public record NoopPayload() implements Payload {
  public static final NoopPayload INSTANCE = new NoopPayload();

  @Override
  public TaskType type() {
    return TaskType.NOOP;
  }
}
