package io.taskdeck.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.taskdeck.core.Schedule;
import java.time.Duration;
import java.time.Instant;

/** A schedule in its v1 shape; only the fields of its kind appear. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScheduleDto(
    String kind,
    Instant at,
    Duration every,
    Instant startAt,
    Instant endAt,
    Integer repeat,
    String expression,
    String zone) {

  static ScheduleDto of(Schedule schedule) {
    if (schedule instanceof Schedule.Interval i) {
      return new ScheduleDto(i.kind(), null, i.every(), i.startAt(), i.endAt(), i.repeat(), null, null);
    }
    if (schedule instanceof Schedule.Cron c) {
      return new ScheduleDto(c.kind(), null, null, null, null, null, c.expression(), c.zone().getId());
    }
    Schedule.Once o = (Schedule.Once) schedule;
    return new ScheduleDto(o.kind(), o.at(), null, null, null, null, null, null);
  }
}
