package io.taskdeck.core.definitions;

import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.Payload;
import io.taskdeck.core.Secrets;
import io.taskdeck.core.ShellPayload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An exported file carries secret values masked ({@link Secrets#MASK}). Applied to a task that
 * exists, a masked value keeps the stored one (as the GUI's editor does); a masked value left over
 * has no value to keep, and is refused.
 */
final class SecretMasks {
  private SecretMasks() {}

  /**
   * {@code given} with each masked secret value replaced by {@code stored}'s value of the same
   * name.
   */
  static Payload restored(Payload given, Payload stored) {
    if (given instanceof ShellPayload s && stored instanceof ShellPayload old) {
      return new ShellPayload(
          s.command(), s.workingDir(), restore(s.env(), old.env(), s::isSecret), s.secretEnv());
    }
    if (given instanceof HttpPayload h && stored instanceof HttpPayload old) {
      return new HttpPayload(
          h.method(),
          h.url(),
          restore(h.headers(), old.headers(), Secrets::isSecretName),
          h.body(),
          h.expectStatus());
    }
    return given;
  }

  /** The fields (under {@code prefix}) of {@code payload} that still hold a masked secret value. */
  static List<String> stillMasked(Payload payload, String prefix) {
    if (payload instanceof ShellPayload s) {
      return masked(s.env(), s::isSecret, prefix + "env.");
    }
    if (payload instanceof HttpPayload h) {
      return masked(h.headers(), Secrets::isSecretName, prefix + "headers.");
    }
    return List.of();
  }

  private static Map<String, String> restore(
      Map<String, String> given, Map<String, String> stored, Predicate<String> secret) {
    Map<String, String> out = new LinkedHashMap<>(given);
    given.forEach(
        (k, v) -> {
          if (Secrets.MASK.equals(v) && secret.test(k) && stored.containsKey(k)) {
            out.put(k, stored.get(k));
          }
        });
    return out;
  }

  private static List<String> masked(
      Map<String, String> values, Predicate<String> secret, String prefix) {
    return values.entrySet().stream()
        .filter(e -> Secrets.MASK.equals(e.getValue()) && secret.test(e.getKey()))
        .map(e -> prefix + e.getKey())
        .sorted()
        .toList();
  }
}
