package io.taskdeck.api;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * {@code X-Request-Id}: the client's, when it is a plain token, or a new one; echoed on the answer
 * and put in the logging context as {@code request_id}, so that every log line of the request on
 * its thread carries it. A client's id that is not a plain token is replaced, so it cannot forge
 * lines.
 */
final class RequestIds {
  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "request_id";
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  static void begin(Context ctx) {
    String given = ctx.header(HEADER);
    String id =
        given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
    MDC.put(MDC_KEY, id);
    ctx.header(HEADER, id);
  }

  static void end(Context ctx) {
    MDC.remove(MDC_KEY);
  }
}
