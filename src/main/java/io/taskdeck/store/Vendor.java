package io.taskdeck.store;

import io.taskdeck.core.ValidationException;
import java.util.Locale;

/** The databases Taskdeck runs on; each has its own Flyway migration tree. */
public enum Vendor {
  H2("jdbc:h2:", "db/migration/h2"),
  POSTGRESQL("jdbc:postgresql:", "db/migration/postgresql");

  private final String urlPrefix;
  private final String migrationLocation;

  Vendor(String urlPrefix, String migrationLocation) {
    this.urlPrefix = urlPrefix;
    this.migrationLocation = migrationLocation;
  }

  /** The classpath folder of this vendor's migrations. */
  public String migrationLocation() {
    return migrationLocation;
  }

  public static Vendor of(String jdbcUrl) {
    String url = jdbcUrl == null ? "" : jdbcUrl.trim().toLowerCase(Locale.ROOT);
    for (Vendor v : values()) {
      if (url.startsWith(v.urlPrefix)) {
        return v;
      }
    }
    throw new ValidationException(
        "db",
        "unsupported database URL '"
            + JdbcUrls.redact(jdbcUrl)
            + "' (expected jdbc:h2:... or jdbc:postgresql:...)");
  }
}
