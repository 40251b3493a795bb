package io.taskdeck.bench;

/**
 * Who the harness and its nodes connect to the benchmark database as.
 *
 * @param user the user, or null for the URL's (PostgreSQL) or the default one (the embedded H2)
 * @param password the password read from the variable named by {@code --db-password-env}, or null
 */
record DbLogin(String user, String password) {
  static final DbLogin NONE = new DbLogin(null, null);

  /** Never shows the password. */
  @Override
  public String toString() {
    return "DbLogin[user=" + user + ", password=" + (password == null ? "none" : "****") + "]";
  }
}
