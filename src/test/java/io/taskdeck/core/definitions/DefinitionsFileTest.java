package io.taskdeck.core.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefinitionsFileTest {
  private final DefinitionsWriter writer = new DefinitionsWriter();
  private final DefinitionsReader reader = new DefinitionsReader();

  private Definitions read(String text, DefinitionsFormat format) {
    return reader.read(text.getBytes(StandardCharsets.UTF_8), format);
  }

  @ParameterizedTest
  @EnumSource(DefinitionsFormat.class)
  void aWrittenFileReadsBackAsTheSameDefinitions(DefinitionsFormat format) {
    String text = writer.write(SampleDefinitions.all(), format);

    Definitions back = read(text, format);

    assertThat(back.source().problems()).isEmpty();
    assertThat(back.calendars()).isEqualTo(SampleDefinitions.all().calendars());
    assertThat(back.tasks()).isEqualTo(SampleDefinitions.all().tasks());
    assertThat(writer.write(back, format)).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void everyBadEntryOfAFileIsReportedWithItsLineAndColumn() {
    String yaml =
        """
        version: 1
        tasks:
        - name: a
          schedule:
            kind: interval
            every: 5 minutes
        - name: b
          prio: 3
        - name: c
          type: shell
          payload:
            command: 42
        - name: d
        """;

    Definitions read = read(yaml, DefinitionsFormat.YAML);

    assertThat(read.source().problems())
        .extracting(DefinitionsProblem::field, DefinitionsProblem::line, DefinitionsProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tasks[0].schedule.every", 6, 5),
            org.assertj.core.groups.Tuple.tuple("tasks[1].prio", 8, 3),
            org.assertj.core.groups.Tuple.tuple("tasks[2].payload.command", 12, 5));
    assertThat(read.tasks()).hasSize(4);
    assertThat(read.tasks().get(3).name()).isEqualTo("d");
    assertThat(read.tasks().subList(0, 3)).containsOnlyNulls();
  }

  @org.junit.jupiter.api.Test
  void aFileThatIsNotYamlIsOneErrorAtThePlaceTheParserStopped() {
    assertThatThrownBy(() -> read("version: 1\ntasks:\n  - name: [a\n", DefinitionsFormat.YAML))
        .isInstanceOfSatisfying(
            DefinitionsException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).line()).isGreaterThanOrEqualTo(3);
              assertThat(e.getMessage()).contains("nothing applied").contains("line ");
            });
  }

  @org.junit.jupiter.api.Test
  void aKeyWrittenTwiceInOneMappingIsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"version\": 1,\n \"tasks\": [{\"name\": \"a\",\n \"name\": \"b\"}]}",
                    DefinitionsFormat.JSON))
        .isInstanceOfSatisfying(
            DefinitionsException.class,
            e ->
                assertThat(e.problems().get(0))
                    .satisfies(
                        p -> {
                          assertThat(p.line()).isEqualTo(3);
                          assertThat(p.message()).contains("Duplicate field 'name'");
                        }));
  }

  @org.junit.jupiter.api.Test
  void aMissingOrWrongVersionAndAnUnknownTopLevelFieldAreReported() {
    Definitions read = read("version: 2\nnotifications: []\ntasks: []\n", DefinitionsFormat.YAML);

    assertThat(read.source().problems())
        .extracting(DefinitionsProblem::field, DefinitionsProblem::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("version", 1),
            org.assertj.core.groups.Tuple.tuple("notifications", 2));
    assertThat(read("tasks: []\n", DefinitionsFormat.YAML).source().problems())
        .extracting(DefinitionsProblem::message)
        .containsExactly("version is required: write 'version: 1' at the top");
  }

  @org.junit.jupiter.api.Test
  void aDescriptionWithALineBreakOfYaml11IsWrittenSoThatItReadsBack() {
    var spec =
        SampleDefinitions.marker().toBuilder()
            .description("next\u0085line, del\u007f, sep\u2028")
            .build();
    String text =
        writer.write(
            Definitions.of(java.util.List.of(), java.util.List.of(spec)), DefinitionsFormat.YAML);

    assertThat(read(text, DefinitionsFormat.YAML).tasks()).containsExactly(spec);
  }
}
