package io.taskdeck.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.taskdeck.core.IdempotencyStore;
import io.taskdeck.core.TaskService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on the routes that create tasks: the same key and body within 24 h get
 * the first answer again (with {@code Idempotent-Replayed: true}) and create nothing; the same key
 * with another body is 422; a key whose first request is still being answered is 409. Only a
 * success is kept: a refused or failed request gives its key up, so the client's retry is answered
 * afresh (as Stripe's keys behave).
 */
final class Idempotency {
  static final String HEADER = "Idempotency-Key";

  /**
   * The context attribute holding the request's key for {@link
   * TaskService#schedule(io.taskdeck.core.TaskSpec, String)}.
   */
  private static final String REQUEST_KEY = "taskdeck.requestKey";

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
  private final IdempotencyStore store;
  private final RequestReader reader;

  Idempotency(IdempotencyStore store, RequestReader reader) {
    this.store = store;
    this.reader = reader;
  }

  /** {@code handler} behind the key check of {@code route} ("POST /api/v1/tasks"). */
  Handler around(String route, Handler handler) {
    return ctx -> {
      String key = ctx.header(HEADER);
      if (key == null) {
        handler.handle(ctx);
        return;
      }
      if (!KEY.matcher(key).matches()) {
        throw new HttpProblem(400, HEADER + " must be 1 to 255 visible ASCII characters", HEADER);
      }
      Optional<IdempotencyStore.Answer> first = begin(ctx, key, route);
      if (first.isPresent()) {
        replay(ctx, first.get());
        return;
      }
      ctx.attribute(REQUEST_KEY, digest(route, key.getBytes(StandardCharsets.UTF_8)));
      answerOnce(ctx, key, route, handler);
    };
  }

  /**
   * The key under which a create route records what it creates (in the creating transaction), or
   * null when the request has no Idempotency-Key.
   */
  static String requestKey(Context ctx) {
    return ctx.attribute(REQUEST_KEY);
  }

  /**
   * What an earlier request with this Idempotency-Key created although its answer was lost (the
   * commit went through, the answer did not): a create route answers with these instead of creating
   * again. Empty without a key or when nothing was created.
   */
  static Optional<List<UUID>> createdBefore(Context ctx, TaskService tasks) {
    String key = requestKey(ctx);
    return key == null ? Optional.empty() : tasks.createdUnder(key);
  }

  private Optional<IdempotencyStore.Answer> begin(Context ctx, String key, String route) {
    try {
      return store.begin(
          key, route, digest(ctx.method().name() + " " + ctx.path(), reader.body(ctx)));
    } catch (IdempotencyStore.KeyReusedException e) {
      throw new HttpProblem(422, e.getMessage(), HEADER);
    } catch (IdempotencyStore.KeyInUseException e) {
      throw new HttpProblem(409, e.getMessage(), HEADER);
    }
  }

  private void answerOnce(Context ctx, String key, String route, Handler handler) throws Exception {
    try {
      handler.handle(ctx);
    } catch (Exception e) {
      try {
        store.release(key, route);
      } catch (RuntimeException releaseFailed) {
        e.addSuppressed(releaseFailed); // the claim lapses on its own (IdempotencyStore)
      }
      throw e;
    }
    store.finish(
        key,
        route,
        new IdempotencyStore.Answer(
            ctx.statusCode(), ctx.result(), ctx.res().getHeader("Location")));
  }

  private static void replay(Context ctx, IdempotencyStore.Answer a) {
    if (a.location() != null) {
      ctx.header("Location", a.location());
    }
    ctx.header("Idempotent-Replayed", "true")
        .status(a.status())
        .contentType("application/json")
        .result(a.body() == null ? "" : a.body());
  }

  private static String digest(String target, byte[] body) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(target.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      return HexFormat.of().formatHex(md.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
