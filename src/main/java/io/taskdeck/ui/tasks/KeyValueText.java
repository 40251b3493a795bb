package io.taskdeck.ui.tasks;

import io.taskdeck.core.Secrets;
import io.taskdeck.core.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Multi-line "KEY=value" (env) or "Name: value" (headers) text, to and from maps. */
final class KeyValueText {
  private KeyValueText() {}

  static Map<String, String> parse(String text, String separator, String field) {
    Map<String, String> map = new LinkedHashMap<>();
    if (text == null) {
      return map;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int at = line.indexOf(separator);
      if (at <= 0) {
        throw new ValidationException(
            field,
            "line " + (i + 1) + " must look like NAME" + separator + "value, got '" + line + "'");
      }
      map.put(line.substring(0, at).strip(), line.substring(at + separator.length()).strip());
    }
    return map;
  }

  static String format(Map<String, String> map, String separator) {
    return map.entrySet().stream()
        .map(e -> e.getKey() + separator + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  /** Like {@link #format} with secret values masked, for read-only display. */
  static String masked(Map<String, String> map, String separator) {
    return map.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + separator
                    + (Secrets.isSecretName(e.getKey()) ? Secrets.MASK : e.getValue()))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Puts back the secret values that the editor showed masked: a secret-named entry whose value is
   * still the mask keeps its value from {@code original}.
   */
  static Map<String, String> unmasked(Map<String, String> edited, Map<String, String> original) {
    Map<String, String> result = new LinkedHashMap<>();
    edited.forEach(
        (k, v) ->
            result.put(
                k,
                Secrets.MASK.equals(v) && Secrets.isSecretName(k) && original.containsKey(k)
                    ? original.get(k)
                    : v));
    return result;
  }
}
