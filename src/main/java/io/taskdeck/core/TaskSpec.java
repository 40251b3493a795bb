package io.taskdeck.core;

import java.time.Duration;
import java.util.Objects;

/**
 * What the user defines for a task. Validated by {@link TaskValidator}; defaults via {@link
 * #builder()}.
 */
public record TaskSpec(
    String name,
    String group,
    String description,
    Payload payload,
    Schedule schedule,
    int priority,
    RetryPolicy retry,
    MisfirePolicy misfire,
    String calendar,
    Duration timeout) {

  public static final int DEFAULT_PRIORITY = 5;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);

  public TaskSpec {
    payload = payload == null ? NoopPayload.INSTANCE : payload;
    schedule = schedule == null ? Schedule.Once.now() : schedule;
    retry = retry == null ? RetryPolicy.DEFAULT : retry;
    misfire = misfire == null ? MisfirePolicy.FIRE_NOW : misfire;
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    group = blankToNull(group);
    description = blankToNull(description);
    calendar = blankToNull(calendar);
  }

  public TaskType type() {
    return payload.type();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .name(name)
        .group(group)
        .description(description)
        .payload(payload)
        .schedule(schedule)
        .priority(priority)
        .retry(retry)
        .misfire(misfire)
        .calendar(calendar)
        .timeout(timeout);
  }

  public TaskSpec withSchedule(Schedule newSchedule) {
    return toBuilder().schedule(Objects.requireNonNull(newSchedule)).build();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Builds a spec with the named defaults of docs/api.md, "Limits". */
  public static final class Builder {
    private String name;
    private String group;
    private String description;
    private Payload payload = NoopPayload.INSTANCE;
    private Schedule schedule = Schedule.Once.now();
    private int priority = DEFAULT_PRIORITY;
    private RetryPolicy retry = RetryPolicy.DEFAULT;
    private MisfirePolicy misfire = MisfirePolicy.FIRE_NOW;
    private String calendar;
    private Duration timeout = DEFAULT_TIMEOUT;

    private Builder() {}

    public Builder name(String v) {
      this.name = v;
      return this;
    }

    public Builder group(String v) {
      this.group = v;
      return this;
    }

    public Builder description(String v) {
      this.description = v;
      return this;
    }

    public Builder payload(Payload v) {
      this.payload = v;
      return this;
    }

    public Builder schedule(Schedule v) {
      this.schedule = v;
      return this;
    }

    public Builder priority(int v) {
      this.priority = v;
      return this;
    }

    public Builder retry(RetryPolicy v) {
      this.retry = v;
      return this;
    }

    public Builder misfire(MisfirePolicy v) {
      this.misfire = v;
      return this;
    }

    public Builder calendar(String v) {
      this.calendar = v;
      return this;
    }

    public Builder timeout(Duration v) {
      this.timeout = v;
      return this;
    }

    public TaskSpec build() {
      return new TaskSpec(
          name, group, description, payload, schedule, priority, retry, misfire, calendar, timeout);
    }
  }
}
