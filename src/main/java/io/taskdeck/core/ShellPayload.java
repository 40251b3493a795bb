package io.taskdeck.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@code command} through {@code /bin/sh -c} (or {@code cmd.exe /c} on Windows).
 *
 * @param workingDir optional working directory, or null for the process default
 * @param env extra environment variables, never null
 * @param secretEnv the names of the variables of {@code env} whose values are secret: masked
 *     wherever they are shown, like variables whose name says so ({@link Secrets#isSecretName})
 */
public record ShellPayload(
    String command, String workingDir, Map<String, String> env, Set<String> secretEnv)
    implements Payload {

  public ShellPayload {
    env = env == null ? Map.of() : Map.copyOf(env);
    secretEnv = secretEnv == null ? Set.of() : Set.copyOf(secretEnv);
  }

  /** A payload whose variables are secret only when their names say so. */
  public ShellPayload(String command, String workingDir, Map<String, String> env) {
    this(command, workingDir, env, Set.of());
  }

  public static ShellPayload of(String command) {
    return new ShellPayload(command, null, Map.of());
  }

  @Override
  public TaskType type() {
    return TaskType.SHELL;
  }

  /** True when the value of variable {@code name} must be masked wherever it is shown. */
  public boolean isSecret(String name) {
    return secretEnv.contains(name) || Secrets.isSecretName(name);
  }

  /** The variables with secret values replaced by {@link Secrets#MASK}. */
  public Map<String, String> maskedEnv() {
    Map<String, String> masked = new LinkedHashMap<>();
    env.forEach((k, v) -> masked.put(k, isSecret(k) ? Secrets.MASK : v));
    return masked;
  }
}
