package io.taskdeck.ui.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link UiPrefs} under the "ui" key of {@code <dataDir>/config.json}, leaving other keys
 * (connection profiles) untouched. Writes go to a temporary file that is moved into place.
 */
public final class PrefsStore {
  private static final Logger log = LoggerFactory.getLogger(PrefsStore.class);
  private static final String KEY = "ui";

  private final Path file;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public PrefsStore(Path dataDir) {
    this.file = dataDir.resolve("config.json");
  }

  public Path file() {
    return file;
  }

  /** The stored preferences, or the defaults when the file is missing or unreadable. */
  public UiPrefs load() {
    try {
      if (!Files.exists(file)) {
        return UiPrefs.DEFAULT;
      }
      JsonNode ui = json.readTree(file.toFile()).path(KEY);
      return ui.isMissingNode() ? UiPrefs.DEFAULT : json.treeToValue(ui, UiPrefs.class);
    } catch (IOException | IllegalArgumentException e) {
      log.warn("Ignoring unreadable preferences in {}: {}", file, e.getMessage());
      return UiPrefs.DEFAULT;
    }
  }

  /** Stores {@code prefs} atomically; a failure is logged, never thrown at the user. */
  public synchronized void save(UiPrefs prefs) {
    try {
      Files.createDirectories(file.getParent());
      ObjectNode root = readRoot();
      root.set(KEY, json.valueToTree(prefs));
      Path tmp = Files.createTempFile(file.getParent(), "config", ".json.tmp");
      json.writeValue(tmp.toFile(), root);
      move(tmp);
    } catch (IOException e) {
      log.warn("Could not save preferences to {}: {}", file, e.getMessage());
    }
  }

  private ObjectNode readRoot() {
    try {
      if (Files.exists(file) && json.readTree(file.toFile()) instanceof ObjectNode o) {
        return o;
      }
    } catch (IOException e) {
      log.warn("Replacing unreadable {}: {}", file, e.getMessage());
    }
    return json.createObjectNode();
  }

  private void move(Path tmp) throws IOException {
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
