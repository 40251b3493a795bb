package io.taskdeck.core;

import java.util.Map;

/**
 * Runs {@code command} through {@code /bin/sh -c} (or {@code cmd.exe /c} on Windows).
 *
 * @param workingDir optional working directory, or null for the process default
 * @param env extra environment variables, never null
 */
public record ShellPayload(String command, String workingDir, Map<String, String> env)
    implements Payload {

  public ShellPayload {
    env = env == null ? Map.of() : Map.copyOf(env);
  }

  public static ShellPayload of(String command) {
    return new ShellPayload(command, null, Map.of());
  }

  @Override
  public TaskType type() {
    return TaskType.SHELL;
  }
}
