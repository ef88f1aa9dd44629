package dev.backload.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shape to keep: the core is plain Java and never calls the app. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.backload.core");

  @Test
  void coreDoesNotDependOnSpringOrAnyFramework() {
    noClasses()
        .that()
        .resideInAPackage("dev.backload.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "jakarta..", "javax.servlet..", "tools.jackson..",
            "com.fasterxml..", "org.slf4j..")
        .check(CORE);
  }

  @Test
  void coreDoesNotCallTheApp() {
    noClasses()
        .that()
        .resideInAPackage("dev.backload.core..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.backload.app..")
        .check(CORE);
  }
}
