package io.taskdeck.core;

/** An unknown id or name. */
public class NotFoundException extends TaskdeckException {
  private final String kind;
  private final String id;

  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " does not exist");
    this.kind = kind;
    this.id = String.valueOf(id);
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
