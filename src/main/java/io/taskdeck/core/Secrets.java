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
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("authorization")
        || n.equals("proxy-authorization")
        || n.equals("cookie")
        || n.equals("set-cookie")
        || n.contains("token")
        || n.contains("secret")
        || n.contains("password")
        || n.contains("api-key")
        || n.contains("apikey");
  }
}
