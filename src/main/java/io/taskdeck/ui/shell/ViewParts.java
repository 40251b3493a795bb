package io.taskdeck.ui.shell;

import io.taskdeck.ui.common.UiContext;
import io.taskdeck.ui.settings.SettingsView;
import java.nio.file.Path;

/** What the view factories of {@link ViewKind} build from. */
record ViewParts(UiContext ctx, Navigator navigator, Path dataDir, SettingsView settings) {}
