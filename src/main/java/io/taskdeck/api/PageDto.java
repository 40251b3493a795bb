package io.taskdeck.api;

import io.taskdeck.core.Page;
import java.util.List;
import java.util.function.Function;

/** A list answer: {@code {"items":[...],"next_cursor":...|null}}. */
record PageDto<T>(List<T> items, String nextCursor) {
  static <S, T> PageDto<T> of(Page<S> page, Function<S, T> mapper) {
    return new PageDto<>(page.items().stream().map(mapper).toList(), page.nextCursor());
  }
}
