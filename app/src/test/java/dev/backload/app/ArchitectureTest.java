package dev.backload.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shape to keep: the core is plain Java and never calls the app, the app's feature packages
 * depend on each other without cycles and the shared ones ({@code web}, {@code config}) on none,
 * and time comes from one clock.
 */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.backload.core");

  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.backload.app");

  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.backload");

  /** {@code now()} without a clock, a system clock, the milliseconds, a {@code new Date()}. */
  private static final DescribedPredicate<JavaCall<?>> READS_THE_SYSTEM_CLOCK =
      DescribedPredicate.describe(
          "reads the system clock",
          call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            List<String> parameters =
                call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
            return switch (owner) {
              case "java.time.Clock" -> name.startsWith("system");
              case "java.lang.System" -> name.equals("currentTimeMillis");
              case "java.util.Date" ->
                  name.equals(JavaConstructor.CONSTRUCTOR_NAME) && parameters.isEmpty();
              default ->
                  owner.startsWith("java.time.")
                      && name.equals("now")
                      && !parameters.contains("java.time.Clock");
            };
          });

  @Test
  void onlyTheTwoClocksReadTheSystemTime() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("dev.backload.app.config.ClockConfig")
        .and()
        .doNotHaveFullyQualifiedName("dev.backload.app.cli.BackloadCommand")
        .should()
        .callCodeUnitWhere(READS_THE_SYSTEM_CLOCK)
        .because("every now and today comes from the injected Clock, which tests fix")
        .check(ALL);
  }

  @Test
  void coreDoesNotDependOnSpringOrAnyFramework() {
    noClasses()
        .that()
        .resideInAPackage("dev.backload.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta..",
            "javax.servlet..",
            "tools.jackson..",
            "com.fasterxml..",
            "org.slf4j..")
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

  @Test
  void theAppsFeaturePackagesHaveNoCycles() {
    slices().matching("dev.backload.app.(*)..").should().beFreeOfCycles().check(APP);
  }

  @Test
  void webAndConfigDependOnNoFeature() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.backload.app.web..", "dev.backload.app.config..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are in a feature package of the app",
                c ->
                    c.getPackageName().startsWith("dev.backload.app.")
                        && !c.getPackageName().startsWith("dev.backload.app.web")
                        && !c.getPackageName().startsWith("dev.backload.app.config")))
        .because("the shared web and configuration code is used by the features, not the other way")
        .check(APP);
  }
}
