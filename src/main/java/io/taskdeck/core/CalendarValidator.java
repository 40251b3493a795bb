package io.taskdeck.core;

/** Checks a {@link CalendarSpec}; every rejection names its field. */
public final class CalendarValidator {
  private final CronSyntax cron;

  public CalendarValidator(CronSyntax cron) {
    this.cron = cron;
  }

  public void validate(CalendarSpec c) {
    if (c == null) {
      throw new ValidationException("body", "a calendar is required");
    }
    if (c.name() == null || c.name().isBlank()) {
      throw new ValidationException(
          "name", "name must be 1 to " + Bounds.MAX_CALENDAR_NAME + " characters");
    }
    Bounds.text("name", c.name(), Bounds.MAX_CALENDAR_NAME);
    if (c.kind() == null) {
      throw new ValidationException("kind", "kind is required (holiday, weekly, daily or cron)");
    }
    Bounds.text("description", c.description(), Bounds.MAX_CALENDAR_DESCRIPTION);
    switch (c.kind()) {
      case HOLIDAY ->
          require(!c.dates().isEmpty(), "dates", "a holiday calendar needs at least one date");
      case WEEKLY ->
          require(
              !c.excludedDays().isEmpty() && c.excludedDays().size() < 7,
              "excluded_days",
              "a weekly calendar excludes 1 to 6 weekdays");
      case DAILY -> {
        require(c.from() != null, "from", "a daily calendar needs 'from'");
        require(c.to() != null, "to", "a daily calendar needs 'to'");
        require(!c.from().equals(c.to()), "to", "'to' must differ from 'from'");
      }
      case CRON -> {
        require(
            c.expression() != null && !c.expression().isBlank(),
            "expression",
            "a cron calendar needs an expression");
        Bounds.text("expression", c.expression(), Bounds.MAX_CRON);
        cron.problem(c.expression())
            .ifPresent(
                r ->
                    require(
                        false,
                        "expression",
                        "invalid cron expression '" + c.expression() + "': " + r));
      }
    }
  }

  private static void require(boolean ok, String field, String message) {
    if (!ok) {
      throw new ValidationException(field, message);
    }
  }
}
