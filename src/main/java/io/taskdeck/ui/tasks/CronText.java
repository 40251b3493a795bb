package io.taskdeck.ui.tasks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plain-language descriptions of common Quartz cron expressions ("at 02:00 every day", "every 5
 * minutes on weekdays"). Returns empty for shapes it cannot say simply; the expression is then
 * shown as it is.
 */
public final class CronText {
  private static final Map<String, String> DAYS =
      Map.of("1", "Sun", "2", "Mon", "3", "Tue", "4", "Wed", "5", "Thu", "6", "Fri", "7", "Sat");

  private CronText() {}

  public static Optional<String> describe(String expression) {
    if (expression == null) {
      return Optional.empty();
    }
    String[] f = expression.trim().toUpperCase(Locale.ROOT).split("\\s+");
    if (f.length < 6 || f.length > 7 || (f.length == 7 && !f[6].equals("*"))) {
      return Optional.empty();
    }
    Optional<String> time = time(f[0], f[1], f[2]);
    Optional<String> days = days(f[3], f[4], f[5]);
    if (time.isEmpty() || days.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(time.get() + " " + days.get());
  }

  private static Optional<String> time(String sec, String min, String hour) {
    if (num(sec) && num(min) && num(hour)) {
      String hm = String.format("%02d:%02d", Integer.parseInt(hour), Integer.parseInt(min));
      return Optional.of("at " + hm + (Integer.parseInt(sec) == 0 ? "" : String.format(":%02d", Integer.parseInt(sec))));
    }
    if (step(sec) != null && min.equals("*") && hour.equals("*")) {
      return Optional.of(every(step(sec), "second"));
    }
    if (num(sec) && step(min) != null && hour.equals("*")) {
      return Optional.of(every(step(min), "minute"));
    }
    if (num(sec) && num(min) && hour.equals("*")) {
      return Optional.of("every hour at :" + String.format("%02d", Integer.parseInt(min)));
    }
    if (num(sec) && num(min) && step(hour) != null) {
      return Optional.of(every(step(hour), "hour") + " at :" + String.format("%02d", Integer.parseInt(min)));
    }
    return Optional.empty();
  }

  private static Optional<String> days(String dom, String month, String dow) {
    String monthPart = month.equals("*") ? "" : " in " + month;
    boolean anyDom = dom.equals("*") || dom.equals("?");
    boolean anyDow = dow.equals("*") || dow.equals("?");
    if (anyDom && anyDow) {
      return Optional.of((month.equals("*") ? "every day" : "every day") + monthPart);
    }
    if (anyDom) {
      if (dow.equals("MON-FRI") || dow.equals("2-6")) {
        return Optional.of("on weekdays" + monthPart);
      }
      if (dow.equals("SAT,SUN") || dow.equals("1,7") || dow.equals("7,1")) {
        return Optional.of("on weekends" + monthPart);
      }
      if (dow.matches("[A-Z1-7]{1,3}(,[A-Z1-7]{1,3})*")) {
        String names = Arrays.stream(dow.split(",")).map(CronText::dayName).collect(Collectors.joining(", "));
        return Optional.of("on " + names + monthPart);
      }
      return Optional.empty();
    }
    if (anyDow && num(dom)) {
      return Optional.of("on day " + Integer.parseInt(dom) + " of the month" + monthPart);
    }
    if (anyDow && dom.equals("L")) {
      return Optional.of("on the last day of the month" + monthPart);
    }
    return Optional.empty();
  }

  private static String dayName(String d) {
    String name = DAYS.getOrDefault(d, d);
    return name.length() == 3 ? name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) : name;
  }

  private static String every(String n, String unit) {
    return n.equals("1") ? "every " + unit : "every " + n + " " + unit + "s";
  }

  /** The N of "*&#47;N" or "0/N", else null. */
  private static String step(String field) {
    if (field.startsWith("*/") || field.startsWith("0/")) {
      String n = field.substring(2);
      return num(n) ? String.valueOf(Integer.parseInt(n)) : null;
    }
    return null;
  }

  private static boolean num(String s) {
    return s.matches("\\d{1,2}");
  }
}
