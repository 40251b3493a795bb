package io.taskdeck;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code ./mvnw test} a quick loop: a test that opens a database, starts the JavaFX toolkit
 * or a process must carry one of the integration tags, which send it to failsafe (the {@code
 * integration-test} phase of {@code verify}) instead of surefire. See ARCHITECTURE.md, "Tests".
 */
class TestKindsTest {
  /** The tags failsafe runs; pom.xml lists the same ones (surefire excludes them). */
  static final Set<String> INTEGRATION_TAGS =
      Set.of(
          "db", "gui", "process", "cluster", "bench", "fault", "model", "screenshots", "benchmark");

  /** What makes a test an integration test when a test class reaches it. */
  private static final List<String> HEAVY =
      List.of(
          "io.taskdeck.store.Database",
          "io.taskdeck.engine.TaskEngine",
          "io.taskdeck.api.ApiServer",
          "io.taskdeck.testsupport.TestDatabases",
          "java.lang.ProcessBuilder",
          "org.testfx.",
          "javafx.application.Platform",
          "io.zonky.");

  private static JavaClasses tests;

  @BeforeAll
  static void importTestClasses() {
    tests =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("io.taskdeck");
  }

  @Test
  void everyTestThatOpensADatabaseStartsTheToolkitOrAProcessIsTaggedAsAnIntegrationTest() {
    Set<String> untagged = new TreeSet<>();
    for (JavaClass c : tests) {
      if (isTestClass(c) && integrationTag(c).isEmpty()) {
        reachesHeavy(c).ifPresent(what -> untagged.add(c.getName() + " (reaches " + what + ")"));
      }
    }
    assertThat(untagged)
        .as(
            "tag these with one of %s, or keep them off databases, the toolkit and processes",
            INTEGRATION_TAGS)
        .isEmpty();
  }

  @Test
  void theTagsHereAreTheTagsThePomSplitsOn() throws Exception {
    String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
    String listed =
        pom.replaceAll("(?s).*<integration.groups>([^<]*)</integration.groups>.*", "$1");
    assertThat(Set.of(listed.trim().split("\\s*,\\s*"))).isEqualTo(INTEGRATION_TAGS);
  }

  private static boolean isTestClass(JavaClass c) {
    return !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
            && c.getMethods().stream()
                .anyMatch(
                    m ->
                        m.isAnnotatedWith("org.junit.jupiter.api.Test")
                            || m.isAnnotatedWith("org.junit.jupiter.params.ParameterizedTest")
                            || m.isAnnotatedWith("net.jqwik.api.Property")
                            || m.isAnnotatedWith("org.junit.jupiter.api.RepeatedTest"))
        || inheritsTests(c);
  }

  private static boolean inheritsTests(JavaClass c) {
    return !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
        && c.getAllRawSuperclasses().stream()
            .flatMap(s -> s.getMethods().stream())
            .anyMatch(m -> m.isAnnotatedWith("org.junit.jupiter.api.Test"));
  }

  /** The integration tag on the class or a superclass (JUnit inherits @Tag). */
  private static Optional<String> integrationTag(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getRawSuperclass().orElse(null)) {
      for (String tag : tags(k)) {
        if (INTEGRATION_TAGS.contains(tag)) {
          return Optional.of(tag);
        }
      }
    }
    return Optional.empty();
  }

  /** JUnit's @Tag, or jqwik's (a jqwik property class carries jqwik's; both are platform tags). */
  private static List<String> tags(JavaClass k) {
    if (k.isAnnotatedWith(Tag.class)) {
      return List.of(k.getAnnotationOfType(Tag.class).value());
    }
    if (k.isAnnotatedWith(net.jqwik.api.Tag.class)) {
      return List.of(k.getAnnotationOfType(net.jqwik.api.Tag.class).value());
    }
    return List.of();
  }

  /** Follows dependencies through the test code (not into production code) to a heavy class. */
  private static Optional<String> reachesHeavy(JavaClass start) {
    Deque<JavaClass> todo = new ArrayDeque<>(List.of(start));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      JavaClass c = todo.pop();
      if (!seen.add(c.getName())) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String target = d.getTargetClass().getName();
        for (String heavy : HEAVY) {
          if (target.startsWith(heavy)) {
            return Optional.of(target);
          }
        }
        if (tests.contain(target)) {
          todo.push(tests.get(target));
        }
      }
    }
    return Optional.empty();
  }
}
