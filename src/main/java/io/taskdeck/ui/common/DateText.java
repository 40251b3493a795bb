package io.taskdeck.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people type them: ISO-8601 ({@code 2026-03-02}) everywhere, and the short and medium
 * forms of the user's locale ({@code 3/2/26} in the US, {@code 02.03.26} in Germany). Shown as ISO,
 * which reads the same in every locale.
 */
public final class DateText {
  private static final LocalDate EXAMPLE = LocalDate.of(2026, 3, 2);
  private final Locale locale;
  private final List<DateTimeFormatter> accepted;

  public DateText(Locale locale) {
    this.locale = locale;
    this.accepted =
        List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
  }

  /** The user's formatting locale. */
  public static DateText system() {
    return new DateText(Locale.getDefault(Locale.Category.FORMAT));
  }

  public Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (DateTimeFormatter f : accepted) {
      try {
        return Optional.of(LocalDate.parse(text.strip(), f));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  public String format(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  /** "2026-03-02 or 3/2/26": the forms {@link #parse} reads, for messages and prompts. */
  public String examples() {
    String local =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(EXAMPLE);
    String iso = format(EXAMPLE);
    return local.equals(iso) ? iso : iso + " or " + local;
  }
}
