package io.taskdeck.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The benchmark scenarios (issues 9 and 15), by their names on the command line. */
public enum Scenario {
  CREATE("create"),
  DRAIN("drain"),
  STEADY("steady"),
  RECURRING("recurring"),
  CRASH("crash"),
  GUI_PAGE("gui-page");

  private final String wireName;

  Scenario(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The scenario named {@code name} (case-insensitive). */
  public static Scenario parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (Scenario s : values()) {
      if (s.wireName.equals(n)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown scenario '" + name + "' (expected one of " + names() + ")");
  }

  static String names() {
    return Arrays.stream(values()).map(Scenario::wireName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
