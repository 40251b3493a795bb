package io.taskdeck.core;

import java.util.Locale;

/** Decides which header or variable names carry secrets, so they are masked wherever shown. */
public final class Secrets {
  public static final String MASK = "****";

  private Secrets() {}

  public static boolean isSecretName(String name) {
    if (name == null) {
      return false;
    }
    // environment variables spell with underscores what headers spell with hyphens (API_KEY, api-key)
    String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
    return n.equals("authorization")
        || n.equals("proxy-authorization")
        || n.equals("cookie")
        || n.equals("set-cookie")
        || n.contains("token")
        || n.contains("secret")
        || n.contains("password")
        || n.contains("passwd")
        || n.contains("credential")
        || n.contains("private-key")
        || n.contains("access-key")
        || n.contains("api-key")
        || n.contains("apikey");
  }
}
