package io.taskdeck.app;

import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.store.Database;
import io.taskdeck.store.Vendor;
import java.nio.file.Path;
import java.util.Map;

/** Turns the command line into the connection profile the process starts with. */
final class Profiles {
  private Profiles() {}

  /**
   * The profile named by the options: the embedded H2 of the data dir, or the --db URL with the
   * password read from the variable named by --db-password-env.
   *
   * @param executeOnSharedDb whether to execute tasks on a shared (PostgreSQL) database when
   *     --no-execute is not given: true for the server, false for the desktop (a laptop that sleeps
   *     would be declared dead and its running tasks run twice)
   */
  static ConnectionProfile fromOptions(
      CliOptions options, Map<String, String> env, boolean executeOnSharedDb) {
    boolean embedded = options.db() == null || Vendor.of(options.db()) == Vendor.H2;
    return of(
        options.dataDir(),
        options.db(),
        options.dbUser(),
        env.get(options.dbPasswordEnv()),
        !options.noExecute() && (embedded || executeOnSharedDb));
  }

  /**
   * The embedded H2 of {@code dataDir}, or the {@code db} URL; {@code execute} says whether it runs
   * tasks.
   */
  static ConnectionProfile of(
      Path dataDir, String db, String user, String password, boolean execute) {
    String url = db == null ? Database.defaultH2Url(dataDir) : db;
    boolean embedded = Vendor.of(url) == Vendor.H2;
    String name = embedded && db == null ? "Local" : embedded ? "H2" : "PostgreSQL";
    return new ConnectionProfile(name, url, user, password, execute);
  }
}
