package io.taskdeck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of ARCHITECTURE.md, "Layers", and the logging rules of the brief. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.taskdeck");
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void coreImportsNoFrameworkAndNoOtherLayer() {
    check(
        noClasses()
            .that()
            .resideInAPackage("io.taskdeck.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.quartz..",
                "javafx..",
                "io.javalin..",
                "jakarta.servlet..",
                "org.eclipse.jetty..",
                "io.taskdeck.engine..",
                "io.taskdeck.store..",
                "io.taskdeck.api..",
                "io.taskdeck.ui..",
                "io.taskdeck.app.."));
  }

  @Test
  void engineAndStoreImportNoGuiAndNoHttpLayer() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage("io.taskdeck.engine..", "io.taskdeck.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "javafx..",
                "io.javalin..",
                "org.eclipse.jetty..",
                "io.taskdeck.api..",
                "io.taskdeck.ui..",
                "io.taskdeck.app.."));
  }

  @Test
  void storeDoesNotDependOnTheEngine() {
    check(
        noClasses()
            .that()
            .resideInAPackage("io.taskdeck.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.taskdeck.engine..", "org.quartz.."));
  }

  @Test
  void uiSeesOnlyTheCoreNeverQuartzNorTheEngine() {
    check(
        noClasses()
            .that()
            .resideInAPackage("io.taskdeck.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.quartz..",
                "io.javalin..",
                "io.taskdeck.engine..",
                "io.taskdeck.store..",
                "io.taskdeck.api..",
                "io.taskdeck.app..",
                "java.sql.."));
  }

  @Test
  void apiSeesOnlyTheCoreNeverQuartzNorJavaFx() {
    check(
        noClasses()
            .that()
            .resideInAPackage("io.taskdeck.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.quartz..",
                "javafx..",
                "io.taskdeck.engine..",
                "io.taskdeck.store..",
                "io.taskdeck.ui..",
                "io.taskdeck.app.."));
  }

  @Test
  void onlyTheCommandLineWritesToStandardStreams() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages("io.taskdeck.app..", "io.taskdeck.bench..")
            .should(ACCESS_STANDARD_STREAMS)
            .as(
                "no classes outside io.taskdeck.app and io.taskdeck.bench should use System.out/err"));
  }

  @Test
  void nobodyPrintsStackTracesOrUsesJavaUtilLogging() {
    check(
        noClasses()
            .should()
            .callMethod(Throwable.class, "printStackTrace")
            .as("no classes should call printStackTrace: log through SLF4J"));
    check(NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING);
  }
}
