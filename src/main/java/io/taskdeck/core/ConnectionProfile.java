package io.taskdeck.core;

/**
 * Where an instance keeps its tasks: the embedded H2 database of a data dir, or a shared PostgreSQL
 * database. {@link #toString()} never shows the password.
 *
 * @param name the profile's display name ("Local", "Production cluster")
 * @param jdbcUrl the JDBC URL, without credentials
 * @param execute true to run tasks on this instance, false to only manage the cluster
 */
public record ConnectionProfile(
    String name, String jdbcUrl, String user, String password, boolean execute) {

  public boolean embedded() {
    return jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
  }

  /** "local H2" or "PostgreSQL", for headers and status lines. */
  public String kindLabel() {
    return embedded() ? "local H2" : "PostgreSQL";
  }

  @Override
  public String toString() {
    return "ConnectionProfile[name="
        + name
        + ", jdbcUrl="
        + jdbcUrl
        + ", user="
        + user
        + ", password="
        + (password == null || password.isEmpty() ? "<none>" : Secrets.MASK)
        + ", execute="
        + execute
        + "]";
  }
}
