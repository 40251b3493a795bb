package io.taskdeck.api;

import java.util.Objects;
import java.util.Optional;

/**
 * How the API listens and whom it lets in.
 *
 * @param host the address to bind (127.0.0.1 by default)
 * @param port the port; 0 picks a free one
 * @param token the {@code --api-token-env} token, an admin named {@code env}, or empty for none
 *     (named tokens come from the TokenService)
 * @param maxBodyBytes the largest request body accepted; bigger ones get 413
 */
public record ApiConfig(String host, int port, Optional<String> token, long maxBodyBytes) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024L;

  public ApiConfig {
    Objects.requireNonNull(host, "host");
    token = Objects.requireNonNull(token, "token").filter(t -> !t.isBlank());
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
  }

  /** Host and port with the 1 MiB body limit. */
  public static ApiConfig of(String host, int port, Optional<String> token) {
    return new ApiConfig(host, port, token, DEFAULT_MAX_BODY_BYTES);
  }

  @Override
  public String toString() {
    return "ApiConfig[host="
        + host
        + ", port="
        + port
        + ", token="
        + (token.isPresent() ? "****" : "<none>")
        + ", maxBodyBytes="
        + maxBodyBytes
        + "]";
  }
}
