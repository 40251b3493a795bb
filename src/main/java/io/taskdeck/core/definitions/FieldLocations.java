package io.taskdeck.core.definitions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line and column of every field of a file, by its path ({@code tasks[2].payload.url}), taken
 * from the parser's token locations; a field's position is where its key is written.
 */
final class FieldLocations implements Definitions.Source {
  private final Map<String, JsonLocation> byPath = new HashMap<>();
  private final List<DefinitionsProblem> problems;

  private FieldLocations(List<DefinitionsProblem> problems) {
    this.problems = problems;
  }

  /** Indexes {@code bytes}, which the caller has already parsed once without a syntax error. */
  static FieldLocations of(ObjectMapper mapper, byte[] bytes, List<DefinitionsProblem> problems) {
    FieldLocations index = new FieldLocations(problems);
    try (JsonParser p = mapper.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String path = path(p);
        index.byPath.putIfAbsent(path, p.currentTokenLocation());
      }
    } catch (JsonProcessingException e) {
      // the tree was read without error; positions past a parser error are simply not indexed
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return index;
  }

  /** A file that could not be parsed at all: its one problem, with the parser's position. */
  static DefinitionsProblem syntax(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String message = "not a valid file: " + e.getOriginalMessage();
    return at == null
        ? new DefinitionsProblem("file", 0, 0, message)
        : new DefinitionsProblem("file", at.getLineNr(), at.getColumnNr(), message);
  }

  @Override
  public List<DefinitionsProblem> problems() {
    return problems;
  }

  @Override
  public DefinitionsProblem problem(String field, String message) {
    for (String path = field; ; path = parent(path)) {
      JsonLocation at = byPath.get(path);
      if (at != null) {
        return new DefinitionsProblem(field, at.getLineNr(), at.getColumnNr(), message);
      }
      if (path.isEmpty()) {
        return new DefinitionsProblem(field, 1, 1, message);
      }
    }
  }

  /**
   * {@code tasks[2].payload} for {@code tasks[2].payload.url}; {@code tasks[2]} for {@code
   * tasks[2].name}...
   */
  private static String parent(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** The path of the parser's current token, in the dotted form of field names. */
  private static String path(JsonParser p) {
    StringBuilder b = new StringBuilder();
    appendPath(b, p.getParsingContext(), p.currentToken());
    return b.toString();
  }

  private static void appendPath(
      StringBuilder b, com.fasterxml.jackson.core.JsonStreamContext ctx, JsonToken token) {
    // the context of a START_OBJECT/START_ARRAY is the new container: its entry is in the parent
    com.fasterxml.jackson.core.JsonStreamContext c =
        token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? ctx.getParent() : ctx;
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        parts.push("[" + c.getCurrentIndex() + "]");
      }
    }
    for (String part : parts) {
      b.append(part);
    }
    if (b.length() > 0 && b.charAt(0) == '.') {
      b.deleteCharAt(0);
    }
  }
}
