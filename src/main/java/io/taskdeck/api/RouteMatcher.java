package io.taskdeck.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Which methods the route table has for a concrete path: the {@code Allow} header of a 405. */
final class RouteMatcher {
  private record Entry(Pattern path, String method) {}

  private final List<Entry> entries = new ArrayList<>();

  RouteMatcher(List<Route> routes) {
    for (Route r : routes) {
      String regex = Pattern.quote(r.path()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
      entries.add(new Entry(Pattern.compile(regex), r.method().name()));
    }
  }

  /** The methods routed at {@code path}, in table order; HEAD and OPTIONS are not served. */
  Set<String> allowedMethods(String path) {
    Set<String> out = new LinkedHashSet<>();
    for (Entry e : entries) {
      if (e.path().matcher(path).matches()) {
        out.add(e.method());
      }
    }
    return out;
  }
}
