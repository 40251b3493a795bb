package io.taskdeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.IssuedToken;
import io.taskdeck.core.Role;
import io.taskdeck.core.TokenSecrets;
import io.taskdeck.core.TokenService;
import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestTokens;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The token contract on a real database, and what the api_token table holds. */
@Tag("db")
abstract class TokenRepositoryContract extends TokenServiceContract {
  private final List<AutoCloseable> opened = new ArrayList<>();
  private Database db;

  abstract TestDatabase database();

  @Override
  TokenService service() {
    TestDatabase tdb = database();
    db = tdb.open();
    opened.add(tdb);
    opened.add(db);
    return TestTokens.on(db, clock);
  }

  @AfterEach
  void close() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
  }

  @Test
  void theTableHoldsNeitherTheTokenNorItsSecretNorItsUnsaltedHash() {
    TokenService tokens = service();
    IssuedToken issued = tokens.create("ci", Role.OPERATOR, null);
    String secret = TokenSecrets.parse(issued.secret()).orElseThrow().secret();
    List<String> cells =
        new Jdbc(db.dataSource())
            .inTransaction(
                c -> {
                  List<String> out = new ArrayList<>();
                  try (var rs = c.createStatement().executeQuery("SELECT * FROM api_token")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                      for (int i = 1; i <= meta.getColumnCount(); i++) {
                        out.add(
                            meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT)
                                + "="
                                + rs.getString(i));
                      }
                    }
                  }
                  return out;
                });
    assertThat(cells)
        .anyMatch(c -> c.startsWith("token_hash="))
        .anyMatch(c -> c.equals("role=operator"));
    String bareHash = java.util.HexFormat.of().formatHex(sha256(secret));
    assertThat(cells)
        .noneMatch(c -> c.contains(secret))
        .noneMatch(c -> c.contains(issued.secret()))
        .noneMatch(c -> c.contains(bareHash));
  }

  private static byte[] sha256(String s) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
