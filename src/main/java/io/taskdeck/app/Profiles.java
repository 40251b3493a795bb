package io.taskdeck.app;

import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.store.Database;
import io.taskdeck.store.Vendor;
import java.util.Map;

/** Turns the command line into the connection profile the process starts with. */
final class Profiles {
  private Profiles() {}

  /**
   * The profile named by the options: the embedded H2 of the data dir, or the --db URL with the
   * password read from the variable named by --db-password-env.
   *
   * @param executeOnSharedDb whether to execute tasks on a shared (PostgreSQL) database when
   *     --no-execute is not given: true for the server, false for the desktop (a laptop that
   *     sleeps would be declared dead and its running tasks run twice)
   */
  static ConnectionProfile fromOptions(
      CliOptions options, Map<String, String> env, boolean executeOnSharedDb) {
    String url = options.db() == null ? Database.defaultH2Url(options.dataDir()) : options.db();
    String password = env.get(options.dbPasswordEnv());
    boolean embedded = Vendor.of(url) == Vendor.H2;
    boolean execute = !options.noExecute() && (embedded || executeOnSharedDb);
    String name = embedded && options.db() == null ? "Local" : embedded ? "H2" : "PostgreSQL";
    return new ConnectionProfile(name, url, options.dbUser(), password, execute);
  }
}
