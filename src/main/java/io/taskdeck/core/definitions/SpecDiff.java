package io.taskdeck.core.definitions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields that differ between two wire trees (in the order the new one writes them), by path
 * ({@code payload.command}, {@code retry.max_attempts}).
 */
final class SpecDiff {
  private SpecDiff() {}

  static List<String> changedFields(JsonNode before, JsonNode after) {
    List<String> out = new ArrayList<>();
    diff("", before, after, out);
    return out;
  }

  private static void diff(String path, JsonNode before, JsonNode after, List<String> out) {
    if (before != null && after != null && before.isObject() && after.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      after.fieldNames().forEachRemaining(names::add);
      for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      for (String name : names) {
        diff(path.isEmpty() ? name : path + "." + name, before.get(name), after.get(name), out);
      }
    } else if (before == null ? after != null : !before.equals(after)) {
      out.add(path);
    }
  }
}
