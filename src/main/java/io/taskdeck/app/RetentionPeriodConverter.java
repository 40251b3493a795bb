package io.taskdeck.app;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A retention period on the command line: {@code 0} (keep everything) or an ISO-8601 duration such
 * as {@code P30D}.
 */
final class RetentionPeriodConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    if (v.equals("0")) {
      return Duration.ZERO;
    }
    try {
      Duration d = Duration.parse(v);
      if (d.isNegative()) {
        throw new TypeConversionException("'" + value + "' is negative; use 0 to keep everything");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is neither 0 nor an ISO-8601 duration such as P30D or PT12H");
    }
  }
}
