package io.taskdeck.core.definitions;

import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.NoopPayload;
import io.taskdeck.core.Payload;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.StatusRange;
import io.taskdeck.core.TaskSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid task definitions, with every field and shape a file can hold: the three types, the
 * three schedule kinds (times in the future, to the millisecond as the engine keeps them), retry
 * policies, misfire policies, the calendar {@code weekends}. No secret names (a file masks those).
 */
public final class SpecArbitraries {
  private static final Instant FROM = Instant.parse("2030-01-01T00:00:00Z");

  private SpecArbitraries() {}

  /** Specs with distinct names, all in {@code group} (null: no group). */
  public static Arbitrary<List<TaskSpec>> specs(String group, int max) {
    return spec(group).list().ofMinSize(1).ofMaxSize(max).uniqueElements(TaskSpec::name);
  }

  public static Arbitrary<TaskSpec> spec(String group) {
    Arbitrary<String> name =
        Arbitraries.strings()
            .alpha()
            .numeric()
            .withChars(' ', '-', '_', 'é', '#', ':')
            .ofMinLength(1)
            .ofMaxLength(30)
            .filter(s -> !s.isBlank() && s.strip().equals(s));
    Arbitrary<String> description =
        Arbitraries.strings()
            .withCharRange(' ', '\u2FFF')
            .withChars(
                '\u0085', '\u2028', '\u2029', '\u007f', '\u0007', '\t', '\n', '\'', '"', ':', '#')
            .ofMaxLength(60)
            .injectNull(0.4)
            .map(s -> s == null || s.isBlank() ? null : s);
    Arbitrary<RetryPolicy> retry =
        Combinators.combine(
                Arbitraries.integers().between(1, 10),
                seconds(1, 600),
                Arbitraries.integers().between(100, 500).map(i -> i / 100.0),
                seconds(600, 7200),
                Arbitraries.integers().between(0, 100).map(i -> i / 100.0))
            .as(RetryPolicy::new);
    return Combinators.combine(
            name,
            description,
            payload(),
            schedule(),
            Arbitraries.integers().between(-10, 10),
            retry,
            Arbitraries.of(MisfirePolicy.class),
            Arbitraries.of("weekends").injectNull(0.5))
        .as(
            (n, d, p, s, prio, r, m, cal) ->
                TaskSpec.builder()
                    .name(n)
                    .group(group)
                    .description(d)
                    .payload(p)
                    .schedule(s)
                    .priority(prio)
                    .retry(r)
                    .misfire(m)
                    .calendar(cal)
                    .build())
        .flatMap(spec -> seconds(1, 86_400).map(t -> spec.toBuilder().timeout(t).build()));
  }

  private static Arbitrary<Duration> seconds(int min, int max) {
    return Arbitraries.integers().between(min, max).map(Duration::ofSeconds);
  }

  private static Arbitrary<Instant> future() {
    return Arbitraries.longs().between(0, 10L * 365 * 86_400_000L).map(FROM::plusMillis);
  }

  private static Arbitrary<String> word() {
    return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
  }

  private static Arbitrary<Payload> payload() {
    Arbitrary<java.util.Map<String, String>> vars =
        Arbitraries.maps(
                word().map(w -> "V_" + w),
                Arbitraries.strings()
                    .alpha()
                    .numeric()
                    .withChars(' ', '/', '"', '\'')
                    .ofMaxLength(20))
            .ofMaxSize(3);
    Arbitrary<Payload> shell =
        Combinators.combine(
                Arbitraries.strings()
                    .alpha()
                    .numeric()
                    .withChars(' ', '|', '>', '$', '"', '\'', ':', '#')
                    .ofMinLength(1)
                    .ofMaxLength(40)
                    .filter(s -> !s.isBlank()),
                Arbitraries.of("/tmp", "/var/tmp").injectNull(0.5),
                vars)
            .as((c, w, e) -> new ShellPayload(c, w, e, Set.of()));
    Arbitrary<Payload> http =
        Combinators.combine(
                Arbitraries.of("GET", "POST", "PUT", "DELETE"),
                word().map(w -> "https://example.invalid/" + w),
                vars,
                Arbitraries.strings()
                    .ofMaxLength(30)
                    .injectNull(0.5)
                    .filter(
                        b ->
                            b == null
                                || b.chars()
                                    .noneMatch(c -> c == 0 || Character.isSurrogate((char) c))),
                Arbitraries.of("200-299", "204", "200-399"))
            .as((m, u, h, b, st) -> new HttpPayload(m, u, h, b, StatusRange.parse(st)));
    return Arbitraries.oneOf(shell, http, Arbitraries.just(NoopPayload.INSTANCE));
  }

  private static Arbitrary<Schedule> schedule() {
    Arbitrary<Schedule> once = future().map(Schedule.Once::new);
    Arbitrary<Schedule> interval =
        Combinators.combine(
                seconds(1, 86_400),
                future(),
                seconds(1, 86_400 * 30).injectNull(0.5),
                Arbitraries.integers().between(1, 1000).injectNull(0.5))
            .as(
                (every, start, span, repeat) ->
                    new Schedule.Interval(
                        every, start, span == null ? null : start.plus(span), repeat));
    Arbitrary<Schedule> cron =
        Combinators.combine(
                Arbitraries.of(
                    "0 0 2 * * ?", "0 */5 * * * ?", "0 15 10 ? * MON-FRI", "0 0 12 1 * ?"),
                Arbitraries.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo")
                    .map(ZoneId::of))
            .as(Schedule.Cron::new);
    return Arbitraries.oneOf(once, interval, cron);
  }
}
