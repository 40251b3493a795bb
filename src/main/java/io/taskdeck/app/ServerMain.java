package io.taskdeck.app;

import java.util.Arrays;

/**
 * Main class of the installers' {@code taskdeck-server} launcher. jpackage drops a launcher's
 * default arguments as soon as the user passes any argument, so "headless" cannot live there: this
 * class puts {@code --headless} in front of whatever the user typed and hands over to {@link Main}.
 */
public final class ServerMain {
  static final String HEADLESS = "--headless";

  private ServerMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs {@link Main} headless with the user's arguments; returns the process exit code. */
  public static int run(String... args) {
    return Main.run(arguments(args));
  }

  /** The user's arguments with {@code --headless} first, unless the user already gave it. */
  static String[] arguments(String... userArgs) {
    if (Arrays.asList(userArgs).contains(HEADLESS)) {
      return userArgs.clone();
    }
    String[] args = new String[userArgs.length + 1];
    args[0] = HEADLESS;
    System.arraycopy(userArgs, 0, args, 1, userArgs.length);
    return args;
  }
}
