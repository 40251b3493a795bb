package db.migration.postgresql;

import io.taskdeck.store.OneLaneMigration;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the data of releases before the one lane into task_queue (see {@link OneLaneMigration}).
 */
public class V41__one_lane_data extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    OneLaneMigration.migrate(context.getConnection());
  }
}
