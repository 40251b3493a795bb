package io.taskdeck.core;

/** The type-specific part of a task definition. */
public sealed interface Payload permits ShellPayload, HttpPayload, NoopPayload {
  TaskType type();
}
