package io.taskdeck.ui.logs;

/**
 * A shell attempt's captured output split into stdout and stderr. The engine stores them in one
 * text, stderr after a line "[stderr]"; text without that marker is all stdout.
 */
record ShellOutput(String stdout, String stderr) {
  static final String MARKER = "[stderr]\n";

  static ShellOutput split(String output) {
    if (output == null) {
      return new ShellOutput("", "");
    }
    if (output.startsWith(MARKER)) {
      return new ShellOutput("", output.substring(MARKER.length()));
    }
    int at = output.lastIndexOf("\n" + MARKER);
    if (at < 0) {
      return new ShellOutput(output, "");
    }
    return new ShellOutput(output.substring(0, at + 1), output.substring(at + 1 + MARKER.length()));
  }
}
