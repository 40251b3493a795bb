package io.taskdeck.ui.calendar;

import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.PlaceholderView;
import java.util.List;

/** The Calendar view; until it is built, a placeholder that says what it will show. */
public final class CalendarView {
  private CalendarView() {}

  public static PlaceholderView placeholder() {
    return new PlaceholderView(
        Icons.CALENDAR,
        "Calendar",
        "See ahead: every upcoming run across your tasks, laid out on a month grid.",
        List.of(
            "Month, week and day views of upcoming runs, with each day's count",
            "Past days coloured by what actually ran: success, failure, missed",
            "Exclusion calendars (holidays, weekdays, daily windows) shaded and editable"));
  }
}
