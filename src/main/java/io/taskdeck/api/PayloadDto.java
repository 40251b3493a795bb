package io.taskdeck.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.Payload;
import io.taskdeck.core.Secrets;
import io.taskdeck.core.ShellPayload;
import java.util.LinkedHashMap;
import java.util.Map;

/** A payload in its v1 shape, with secret header and variable values masked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PayloadDto(
    String command,
    String workingDir,
    Map<String, String> env,
    String method,
    String url,
    Map<String, String> headers,
    String body,
    String expectStatus) {

  static PayloadDto of(Payload payload) {
    if (payload instanceof ShellPayload s) {
      return new PayloadDto(s.command(), s.workingDir(), masked(s.env()), null, null, null, null, null);
    }
    if (payload instanceof HttpPayload h) {
      return new PayloadDto(
          null, null, null, h.method(), h.url(), h.maskedHeaders(), h.body(), h.expectStatus().toString());
    }
    return new PayloadDto(null, null, null, null, null, null, null, null);
  }

  private static Map<String, String> masked(Map<String, String> env) {
    Map<String, String> out = new LinkedHashMap<>();
    env.forEach((k, v) -> out.put(k, Secrets.isSecretName(k) ? Secrets.MASK : v));
    return out;
  }
}
