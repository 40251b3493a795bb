package io.taskdeck.core.definitions;

/**
 * One error in a definitions file: the field by its path ({@code tasks[2].schedule.expression}),
 * where it is in the file (1-based line and column; 0 when the definitions did not come from a
 * file) and a message a person can act on.
 */
public record DefinitionsProblem(String field, int line, int column, String message) {

  /**
   * "line 12, column 5: tasks[2].schedule.expression: ..." (the position left out when unknown).
   */
  public String describe() {
    String where = line > 0 ? "line " + line + ", column " + column + ": " : "";
    return where + message;
  }
}
