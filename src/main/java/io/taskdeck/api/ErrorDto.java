package io.taskdeck.api;

/** Every error answer: a message a person can act on, and the bad field when there is one. */
record ErrorDto(String error, String field) {
  static ErrorDto of(String error) {
    return new ErrorDto(error, null);
  }
}
