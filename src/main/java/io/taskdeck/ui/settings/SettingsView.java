package io.taskdeck.ui.settings;

import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.PlaceholderView;
import java.util.List;

/** The Settings view; until it is built, a placeholder that says what it will show. */
public final class SettingsView {
  private SettingsView() {}

  public static PlaceholderView placeholder() {
    return new PlaceholderView(
        Icons.SETTINGS,
        "Settings",
        "Connections and preferences for this desktop.",
        List.of(
            "Connection profiles: a local data dir, or a shared PostgreSQL cluster",
            "Test a connection before saving; switch without restarting",
            "Theme, worker threads, misfire threshold; manage-only mode for laptops"));
  }
}
