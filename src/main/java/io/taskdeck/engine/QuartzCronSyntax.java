package io.taskdeck.engine;

import io.taskdeck.core.CronSyntax;
import java.text.ParseException;
import java.util.Optional;
import org.quartz.CronExpression;

/** Cron syntax as Quartz's {@link CronExpression} understands it; the problem is the parser's reason. */
public final class QuartzCronSyntax implements CronSyntax {
  @Override
  public Optional<String> problem(String expression) {
    try {
      new CronExpression(expression);
      return Optional.empty();
    } catch (ParseException e) {
      return Optional.of(e.getMessage());
    } catch (RuntimeException e) {
      return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }
}
