package io.taskdeck.core;

/** An inclusive range of HTTP status codes, written {@code 200-299} or {@code 204}. */
public record StatusRange(int from, int to) {
  public static final StatusRange SUCCESS = new StatusRange(200, 299);

  public StatusRange {
    if (from < 100 || to > 599 || from > to) {
      throw new ValidationException(
          "payload.expect_status", "status range must lie within 100-599 with from <= to");
    }
  }

  public boolean contains(int status) {
    return status >= from && status <= to;
  }

  public static StatusRange parse(String text) {
    if (text == null || text.isBlank()) {
      return SUCCESS;
    }
    String[] parts = text.trim().split("\\s*-\\s*");
    try {
      if (parts.length == 1) {
        int s = Integer.parseInt(parts[0]);
        return new StatusRange(s, s);
      }
      if (parts.length == 2) {
        return new StatusRange(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new ValidationException(
        "payload.expect_status", "expected a status like '200-299' or '204', got '" + text + "'");
  }

  @Override
  public String toString() {
    return from == to ? Integer.toString(from) : from + "-" + to;
  }
}
