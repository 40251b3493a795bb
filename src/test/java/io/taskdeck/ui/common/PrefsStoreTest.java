package io.taskdeck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefsStoreTest {
  @TempDir Path dataDir;

  @Test
  void preferencesSurviveARestart() {
    UiPrefs prefs = new UiPrefs(true, new UiPrefs.WindowBounds(10, 20, 1300, 800, false));
    new PrefsStore(dataDir).save(prefs);
    assertThat(new PrefsStore(dataDir).load()).isEqualTo(prefs);
  }

  @Test
  void otherKeysOfConfigJsonAreKept() throws IOException {
    Files.writeString(dataDir.resolve("config.json"), "{\"profiles\":[{\"name\":\"Prod\"}]}");
    new PrefsStore(dataDir).save(UiPrefs.DEFAULT.withDark(true));
    String json = Files.readString(dataDir.resolve("config.json"));
    assertThat(json).contains("\"profiles\"", "\"Prod\"", "\"dark\" : true");
  }

  @Test
  void anUnreadableFileFallsBackToDefaults() throws IOException {
    Files.writeString(dataDir.resolve("config.json"), "{not json");
    assertThat(new PrefsStore(dataDir).load()).isEqualTo(UiPrefs.DEFAULT);
  }

  @Test
  void noTemporaryFilesAreLeftBehind() throws IOException {
    new PrefsStore(dataDir).save(UiPrefs.DEFAULT);
    try (var files = Files.list(dataDir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config.json");
    }
  }
}
