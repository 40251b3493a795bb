package io.taskdeck.bench;

import java.util.ArrayList;
import java.util.List;

/** Creates N due-now tasks through a feeder in bulk calls of {@link BenchSettings#CREATE_BATCH}. */
record Creation(List<String> ids, long nanos) {

  static Creation run(TaskFeeder feeder, int count, Progress progress) {
    List<String> ids = new ArrayList<>(count);
    long start = System.nanoTime();
    while (ids.size() < count) {
      int batch = Math.min(BenchSettings.CREATE_BATCH, count - ids.size());
      ids.addAll(feeder.create(batch, null));
      progress.update("created", ids.size(), count);
    }
    return new Creation(ids, System.nanoTime() - start);
  }

  double seconds() {
    return nanos / 1e9;
  }

  double perSecond() {
    return seconds() <= 0 ? 0 : ids.size() / seconds();
  }
}
