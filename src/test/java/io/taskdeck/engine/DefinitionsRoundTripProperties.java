package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.definitions.ApplyPlan;
import io.taskdeck.core.definitions.Definitions;
import io.taskdeck.core.definitions.DefinitionsException;
import io.taskdeck.core.definitions.DefinitionsFormat;
import io.taskdeck.core.definitions.DefinitionsReader;
import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.core.definitions.DefinitionsWriter;
import io.taskdeck.core.definitions.SampleDefinitions;
import io.taskdeck.core.definitions.SpecArbitraries;
import io.taskdeck.testsupport.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random definitions applied to the real engine (H2) export as the file that was applied (the
 * group's tasks and the calendars they use), and a second apply of that file changes nothing. Each
 * try uses a group of its own on one database. A file with a schedule its calendar leaves no time
 * for is refused whole, before anything is written.
 */
@Tag("db")
class DefinitionsRoundTripProperties {
  private static final AtomicInteger TRIES = new AtomicInteger();
  private static final DefinitionsWriter WRITER = new DefinitionsWriter();
  private static Path dir;
  private static EngineHarness harness;
  private static DefinitionsService definitions;

  @BeforeContainer
  static void start() throws IOException {
    dir = Files.createTempDirectory("definitions-property");
    harness = new EngineHarness(TestDatabases.h2(dir));
    harness.start();
    harness.engine().calendars().saveCalendar(SampleDefinitions.weekends());
    definitions = harness.engine().definitions();
  }

  @AfterContainer
  static void stop() {
    harness.close();
  }

  @Provide
  Arbitrary<List<TaskSpec>> specs() {
    return SpecArbitraries.specs(null, 5);
  }

  @Property(tries = 30)
  void randomDefinitionsExportAsAppliedAndApplyTwiceChangesNothing(
      @ForAll("specs") List<TaskSpec> generated) {
    String group = "group-" + TRIES.incrementAndGet();
    List<TaskSpec> specs = generated.stream().map(s -> s.toBuilder().group(group).build()).toList();
    List<TaskSpec> sorted = specs.stream().sorted(Comparator.comparing(TaskSpec::name)).toList();
    boolean usesCalendar = specs.stream().anyMatch(s -> s.calendar() != null);
    List<io.taskdeck.core.CalendarSpec> calendars =
        usesCalendar ? List.of(SampleDefinitions.weekends()) : List.of();
    String file = WRITER.write(Definitions.of(calendars, sorted), DefinitionsFormat.YAML);

    ApplyPlan first;
    try {
      first = definitions.apply(read(file), false, false);
    } catch (DefinitionsException e) {
      // a once time on a weekend with the weekends calendar never fires: refused before any write
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.field()).endsWith(".schedule"));
      assertThat(definitions.export(group).tasks()).isEmpty();
      return;
    }
    String exported = WRITER.write(definitions.export(group), DefinitionsFormat.YAML);
    ApplyPlan second = definitions.apply(read(exported), false, false);

    assertThat(first.count(ApplyPlan.Action.CREATE)).isEqualTo(specs.size());
    assertThat(exported).isEqualTo(file);
    assertThat(second.changes()).isEmpty();
    assertThat(second.unchanged()).isEqualTo(specs.size() + calendars.size());
  }

  private static Definitions read(String yaml) {
    return new DefinitionsReader()
        .read(yaml.getBytes(StandardCharsets.UTF_8), DefinitionsFormat.YAML);
  }
}
