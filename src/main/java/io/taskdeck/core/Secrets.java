package io.taskdeck.core;

import java.util.Locale;

/** Decides which header or variable names carry secrets, so they are masked wherever shown. */
public final class Secrets {
  public static final String MASK = "****";

  private Secrets() {}

  /**
   * {@code payload} as it may be shown: secret header and variable values replaced by {@link
   * #MASK}.
   */
  public static Payload masked(Payload payload) {
    if (payload instanceof ShellPayload s) {
      return new ShellPayload(s.command(), s.workingDir(), s.maskedEnv(), s.secretEnv());
    }
    if (payload instanceof HttpPayload h) {
      return new HttpPayload(h.method(), h.url(), h.maskedHeaders(), h.body(), h.expectStatus());
    }
    return payload;
  }

  public static boolean isSecretName(String name) {
    if (name == null) {
      return false;
    }
    // environment variables spell with underscores what headers spell with hyphens (API_KEY,
    // api-key)
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
