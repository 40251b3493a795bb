package io.taskdeck.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.taskdeck.core.ValidationException;
import io.taskdeck.core.json.WireReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

/** Reads request bodies (content type, size limit, JSON syntax, then binding) and path ids. */
final class RequestReader {
  private static final String BODY = "taskdeck.body";
  private final ObjectMapper mapper;
  private final WireReader wire;
  private final long maxBodyBytes;

  RequestReader(ObjectMapper mapper, long maxBodyBytes) {
    this.mapper = mapper;
    this.wire = new WireReader(mapper);
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Binds JSON trees to records, naming the field of every refusal. */
  WireReader wire() {
    return wire;
  }

  /** The body as a JSON tree: 415 unless JSON, 413 when too big, 400 when malformed or empty. */
  JsonNode json(Context ctx) {
    requireJsonContentType(ctx);
    byte[] bytes = body(ctx);
    if (bytes.length == 0) {
      throw new ValidationException("body", "the request body is empty; send a JSON object");
    }
    try {
      return mapper.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new ValidationException("body", "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireJsonContentType(Context ctx) {
    String type = ctx.contentType();
    String base = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!base.equals("application/json")) {
      throw new HttpProblem(
          415,
          "send the body as application/json (got "
              + (type == null ? "no content type" : "'" + type + "'")
              + ")",
          "Content-Type");
    }
  }

  /** The raw body, read once within the size limit (413 beyond it) and kept for later readers. */
  byte[] body(Context ctx) {
    byte[] cached = ctx.attribute(BODY);
    if (cached == null) {
      cached = limitedBody(ctx);
      ctx.attribute(BODY, cached);
    }
    return cached;
  }

  private byte[] limitedBody(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBodyBytes) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (bytes.length > maxBodyBytes) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpProblem tooLarge() {
    return new HttpProblem(
        413, "the request body is larger than " + maxBodyBytes + " bytes", "body");
  }

  /** A path id as a number; anything that is not one is an unknown id (404). */
  static long longId(Context ctx, String param, String kind) {
    String raw = ctx.pathParam(param);
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw HttpProblem.notFound(kind, raw);
    }
  }

  /** A path id as a UUID; anything that is not a canonical UUID is an unknown id (404). */
  static UUID id(Context ctx, String param, String kind) {
    String raw = ctx.pathParam(param);
    try {
      UUID id = UUID.fromString(raw);
      if (id.toString().equalsIgnoreCase(raw)) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // not a UUID: answered as unknown below
    }
    throw HttpProblem.notFound(kind, raw);
  }
}
