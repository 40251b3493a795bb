package io.taskdeck.app;

import io.taskdeck.bench.BenchLogging;
import io.taskdeck.core.ApiToken;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.IssuedToken;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.Role;
import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.core.TokenService;
import io.taskdeck.core.ValidationException;
import io.taskdeck.store.Database;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code taskdeck token create|list|revoke}: named API tokens on the database the options name. The
 * token is printed once, by create, and never again; list never shows hashes. Exit codes: 0, 1 when
 * the name is taken or unknown, 2 for a bad argument, 3 when the database cannot be reached.
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Named API tokens with roles.")
public final class TokenCommand {
  static final int EXIT_REFUSED = 1;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Runnable loggingSetup;

  /**
   * The command as the jar runs it: library logging is cut to warnings on stderr, off the token's
   * stdout.
   */
  public TokenCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this(out, err, env, BenchLogging::quiet);
  }

  /** For tests, which keep their own logging. */
  TokenCommand(PrintStream out, PrintStream err, Map<String, String> env, Runnable loggingSetup) {
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.loggingSetup = loggingSetup;
  }

  /** Subcommands to register under this one. */
  Object[] subcommands() {
    return new Object[] {new Create(this), new ListTokens(this), new Revoke(this)};
  }

  /** Opens the database, runs {@code work} on its tokens, maps failures to exit codes. */
  int run(DatabaseOptions db, String command, Function<TokenService, Integer> work) {
    loggingSetup.run();
    try (Database database = Database.open(db.config(env))) {
      return work.apply(AppContext.tokens(database));
    } catch (ValidationException e) {
      err.println("taskdeck token " + command + ": " + option(e.field()) + ": " + e.getMessage());
      return Main.EXIT_BAD_ARGUMENTS;
    } catch (NotFoundException | IllegalStateChangeException e) {
      err.println("taskdeck token " + command + ": " + e.getMessage());
      return EXIT_REFUSED;
    } catch (StoreUnavailableException e) {
      err.println("taskdeck token " + command + ": " + e.getMessage());
      return Main.EXIT_DATABASE_UNREACHABLE;
    }
  }

  private static String option(String field) {
    return field == null ? "error" : "--" + (field.equals("expires_in") ? "expires" : field);
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Create a token and print it, once.")
  static final class Create implements Callable<Integer> {
    @Mixin DatabaseOptions db = new DatabaseOptions();

    @Option(
        names = "--name",
        required = true,
        description = "A unique name (letters, digits, . _ -).")
    String name;

    @Option(names = "--role", required = true, description = "viewer, operator or admin.")
    String role;

    @Option(
        names = "--expires",
        paramLabel = "DURATION",
        description = "ISO-8601 duration such as P90D. Default: never.")
    Duration expires;

    private final TokenCommand parent;

    Create(TokenCommand parent) {
      this.parent = parent;
    }

    @Override
    public Integer call() {
      return parent.run(
          db,
          "create",
          tokens -> {
            IssuedToken issued = tokens.create(name, Role.parse("role", role), expires);
            ApiToken t = issued.token();
            parent.out.println(issued.secret());
            parent.err.println(
                "created token '"
                    + t.name()
                    + "' ("
                    + t.role().wireName()
                    + ", expires "
                    + (t.expiresAt() == null ? "never" : t.expiresAt())
                    + "); it is shown only this once");
            return 0;
          });
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List tokens (never their secrets).")
  static final class ListTokens implements Callable<Integer> {
    @Mixin DatabaseOptions db = new DatabaseOptions();
    private final TokenCommand parent;

    ListTokens(TokenCommand parent) {
      this.parent = parent;
    }

    @Override
    public Integer call() {
      return parent.run(
          db,
          "list",
          tokens -> {
            TokenTable.print(parent.out, tokens.list());
            return 0;
          });
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Revoke a token; its name stays taken.")
  static final class Revoke implements Callable<Integer> {
    @Mixin DatabaseOptions db = new DatabaseOptions();

    @Parameters(paramLabel = "NAME", description = "The token's name.")
    String name;

    private final TokenCommand parent;

    Revoke(TokenCommand parent) {
      this.parent = parent;
    }

    @Override
    public Integer call() {
      return parent.run(
          db,
          "revoke",
          tokens -> {
            ApiToken t = tokens.revoke(name);
            parent.out.println("revoked token '" + t.name() + "' at " + t.revokedAt());
            return 0;
          });
    }
  }
}
