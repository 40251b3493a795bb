package io.taskdeck.ui.tasks;

import com.cronutils.descriptor.CronDescriptor;
import com.cronutils.mapper.CronMapper;
import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.util.Locale;
import java.util.Optional;

/**
 * Quartz cron expressions in words, through cron-utils' {@link CronDescriptor} with the Quartz
 * definition ("every 15 minutes every hour between 9 and 17 every day between Monday and Friday").
 * A five-field Unix expression gets a hint with its Quartz form.
 */
public final class CronWords {
  private static final CronParser QUARTZ =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));
  private static final CronParser UNIX =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
  private static final CronDescriptor WORDS = CronDescriptor.instance(Locale.UK);

  private CronWords() {}

  /** The expression in words, or empty when it is not a Quartz cron expression. */
  public static Optional<String> describe(String expression) {
    if (expression == null || expression.isBlank()) {
      return Optional.empty();
    }
    try {
      String text = WORDS.describe(QUARTZ.parse(expression.strip()));
      return Optional.of(everyDayWhenUnsaid(expression, text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * For a five-field Unix expression (minute hour day month weekday), the same schedule as a Quartz
   * expression, which starts with seconds; empty for anything else.
   */
  public static Optional<String> quartzFormOfUnix(String expression) {
    if (expression == null || expression.strip().split("\\s+").length != 5) {
      return Optional.empty();
    }
    try {
      Cron unix = UNIX.parse(expression.strip());
      return Optional.of(CronMapper.fromUnixToQuartz().map(unix).asString());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * cron-utils says nothing about the days of a daily time ("at 02:00"); people expect "every day".
   */
  private static String everyDayWhenUnsaid(String expression, String text) {
    String[] f = expression.strip().split("\\s+");
    boolean anyDay = f.length >= 6 && isAny(f[3]) && isAny(f[4]) && isAny(f[5]);
    return anyDay && text.startsWith("at ") ? text + " every day" : text;
  }

  private static boolean isAny(String field) {
    return field.equals("*") || field.equals("?");
  }
}
