package io.taskdeck.core.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.TaskSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any definitions written as YAML or JSON read back as the same definitions, and the file fits its
 * schema.
 */
class DefinitionsFileProperties {

  @Provide
  Arbitrary<List<TaskSpec>> specs() {
    return SpecArbitraries.specs("g", 6);
  }

  @Property(tries = 200)
  void aWrittenFileReadsBackAsTheSameTasksAndFitsTheSchema(
      @ForAll("specs") List<TaskSpec> tasks, @ForAll DefinitionsFormat format) {
    Definitions written = Definitions.of(List.of(SampleDefinitions.weekends()), tasks);
    String text = new DefinitionsWriter().write(written, format);

    Definitions read = new DefinitionsReader().read(text.getBytes(StandardCharsets.UTF_8), format);

    assertThat(read.source().problems()).isEmpty();
    assertThat(read.tasks()).isEqualTo(tasks);
    assertThat(read.calendars()).isEqualTo(written.calendars());
    assertThat(FileSchema.errors(text)).as(text).isEmpty();
  }
}
