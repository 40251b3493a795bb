package io.taskdeck.ui.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.core.TaskdeckException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Saved connection profiles: {@code <dataDir>/profiles.json} without passwords, and the passwords
 * in {@code <dataDir>/profile-passwords.properties}, readable and writable by the owner only
 * (rw-------). A password is only ever read back to open a connection.
 */
public final class ProfileStore {
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final Path profiles;
  private final Path passwords;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ProfileStore(Path dataDir) {
    this.profiles = dataDir.resolve("profiles.json");
    this.passwords = dataDir.resolve("profile-passwords.properties");
  }

  /** A saved profile as listed: everything but the password. */
  public record Saved(
      String name, String jdbcUrl, String user, boolean execute, boolean hasPassword) {}

  public synchronized List<Saved> list() {
    try {
      if (!Files.exists(profiles)) {
        return List.of();
      }
      return json.readValue(profiles.toFile(), new TypeReference<List<Saved>>() {});
    } catch (IOException e) {
      throw new TaskdeckException("could not read " + profiles + ": " + e.getMessage());
    }
  }

  /** The profile with its stored password, for connecting. */
  public synchronized ConnectionProfile open(Saved saved) {
    String password = readPasswords().getProperty(saved.name());
    return new ConnectionProfile(
        saved.name(), saved.jdbcUrl(), saved.user(), password, saved.execute());
  }

  /** Saves or replaces a profile; a null password keeps the stored one. */
  public synchronized void save(ConnectionProfile p) {
    List<Saved> all = new ArrayList<>(list());
    all.removeIf(s -> s.name().equals(p.name()));
    Properties secrets = readPasswords();
    if (p.password() != null) {
      if (p.password().isEmpty()) {
        secrets.remove(p.name());
      } else {
        secrets.setProperty(p.name(), p.password());
      }
    }
    all.add(new Saved(p.name(), p.jdbcUrl(), p.user(), p.execute(), secrets.containsKey(p.name())));
    try {
      Files.createDirectories(profiles.getParent());
      writePasswords(secrets);
      Path tmp = Files.createTempFile(profiles.getParent(), "profiles", ".tmp");
      json.writeValue(tmp.toFile(), all);
      Files.move(
          tmp, profiles, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new TaskdeckException(
          "could not save the profile in " + profiles.getParent() + ": " + e.getMessage());
    }
  }

  public Path passwordFile() {
    return passwords;
  }

  private Properties readPasswords() {
    Properties p = new Properties();
    if (Files.exists(passwords)) {
      try (Reader r = Files.newBufferedReader(passwords)) {
        p.load(r);
      } catch (IOException e) {
        throw new TaskdeckException("could not read " + passwords + ": " + e.getMessage());
      }
    }
    return p;
  }

  private void writePasswords(Properties secrets) throws IOException {
    Path tmp = passwords.resolveSibling(passwords.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } else {
      Files.createFile(tmp);
    }
    try (Writer w = Files.newBufferedWriter(tmp)) {
      secrets.store(w, "Taskdeck connection passwords (owner-only)");
    }
    Files.move(tmp, passwords, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
