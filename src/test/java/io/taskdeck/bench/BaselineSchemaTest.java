package io.taskdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineSchemaTest {

  @Test
  void scriptStatementsLoseCommentsDropsAndCommit() {
    String script =
        "-- a comment; with a semicolon\n"
            + "DROP TABLE IF EXISTS QRTZ_LOCKS;\n"
            + "CREATE TABLE QRTZ_LOCKS (\n  SCHED_NAME VARCHAR(120) NOT NULL\n);\n"
            + "CREATE INDEX IDX_X ON QRTZ_LOCKS (SCHED_NAME);\n"
            + "\ncommit;\n";

    List<String> statements = BaselineSchema.statements(script);

    assertThat(statements).hasSize(2);
    assertThat(statements.get(0)).startsWith("CREATE TABLE QRTZ_LOCKS").contains("SCHED_NAME");
    assertThat(statements.get(1)).isEqualTo("CREATE INDEX IDX_X ON QRTZ_LOCKS (SCHED_NAME)");
  }
}
