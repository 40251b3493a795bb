package io.taskdeck.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors, raised before a request reaches Javalin (a URI over the limit: 414, headers
 * over it: 431, a path Jetty refuses such as one with {@code %00}: 400), answered as {@link
 * Problem}s instead of Jetty's HTML pages. Jetty's reason is not echoed: it can quote the refused
 * input.
 */
final class JettyProblems extends ErrorHandler {
  private final ObjectMapper json;

  JettyProblems(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE));
    return ByteBuffer.wrap(body(status));
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  private byte[] body(int status) {
    try {
      return json.writeValueAsBytes(Problem.of(status, message(status), null));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem must serialise", e);
    }
  }

  static String message(int status) {
    return switch (status) {
      case 400 -> "the request is malformed (for example a path with %00 or an invalid escape)";
      case 414 -> "the request URI is too long";
      case 431 -> "the request headers are too large";
      default -> org.eclipse.jetty.http.HttpStatus.getMessage(status);
    };
  }
}
