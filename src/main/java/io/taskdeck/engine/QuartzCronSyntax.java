package io.taskdeck.engine;

import io.taskdeck.core.CronSyntax;
import java.text.ParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quartz.CronExpression;

/**
 * Cron syntax as Quartz's {@link CronExpression} understands it; the problem is the parser's
 * reason. Two gaps of the parser are closed here: a number out of its field's range that Quartz
 * lets through ({@code 0 0 99 * * ?} parses), and reasons that are a Java exception's text.
 */
public final class QuartzCronSyntax implements CronSyntax {
  private static final String[] FIELDS = {
    "second", "minute", "hour", "day-of-month", "month", "day-of-week"
  };
  private static final int[][] RANGES = {{0, 59}, {0, 59}, {0, 23}, {1, 31}, {1, 12}, {1, 7}};
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final String SHAPE =
      "expected 6 or 7 fields: second minute hour day-of-month month day-of-week [year], such as 0 0 2 * * ?";

  @Override
  public Optional<String> problem(String expression) {
    try {
      new CronExpression(expression);
    } catch (ParseException | RuntimeException e) {
      String[] fields = expression.trim().split("\\s+");
      return Optional.of(fields.length == 5 ? unixHint(fields) : reason(e.getMessage()));
    }
    return outOfRange(expression.trim().split("\\s+"));
  }

  private static String reason(String message) {
    return message == null || message.contains("java.lang.")
        ? "not a cron expression Quartz reads: " + SHAPE
        : message;
  }

  /**
   * A 5-field Unix cron: Quartz's starts with seconds and has '?' in day-of-month or day-of-week.
   */
  private static String unixHint(String[] f) {
    String hint =
        "this looks like a 5-field Unix cron; Quartz's has a seconds field first and '?' in day-of-month"
            + " or day-of-week";
    if (!f[4].equals("*") && !f[4].equals("?")) {
      return hint + " (and counts days of the week from 1 = Sunday)";
    }
    String dom = f[2].equals("?") ? "*" : f[2];
    return hint + ", such as " + String.join(" ", "0", f[0], f[1], dom, f[3], "?");
  }

  /**
   * A value outside its field's range (increments after '/', the nth after '#' and 'L-n' offsets
   * aside).
   */
  private static Optional<String> outOfRange(String[] fields) {
    for (int f = 0; f < Math.min(fields.length, FIELDS.length); f++) {
      for (String token : fields[f].split(",")) {
        String values = token.split("/")[0].split("#")[0];
        if (values.startsWith("L-")) {
          continue;
        }
        Matcher m = NUMBER.matcher(values);
        while (m.find()) {
          long v = Long.parseLong(m.group());
          if (v < RANGES[f][0] || v > RANGES[f][1]) {
            return Optional.of(
                FIELDS[f]
                    + " values must be between "
                    + RANGES[f][0]
                    + " and "
                    + RANGES[f][1]
                    + ", got "
                    + m.group());
          }
        }
      }
    }
    return Optional.empty();
  }
}
