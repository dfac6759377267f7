package io.gigawatt.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every service's {@code domain} package stays plain Java: no framework reaches it. */
class ArchitectureTest {
  private static final List<String> MODULES =
      List.of("site-service", "contract-service", "capacity-service", "gateway", "eventstore");

  private static JavaClasses compiledModules() {
    var classes =
        MODULES.stream()
            .map(module -> Path.of("..", module, "target", "classes"))
            .filter(Files::isDirectory)
            .toList();
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPaths(classes);
  }

  private static void assertHolds(ArchRule rule) {
    JavaClasses classes = compiledModules();
    assertThat(classes.that(resideInDomain())).as("domain classes found").isNotEmpty();
    var result = rule.evaluate(classes);
    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }

  private static DescribedPredicate<JavaClass> resideInDomain() {
    return JavaClass.Predicates.resideInAPackage("io.gigawatt..domain..");
  }

  @Test
  void domainPackagesDependOnlyOnJavaAndTheProject() {
    assertHolds(
        noClasses()
            .that()
            .resideInAPackage("io.gigawatt..domain..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "io.gigawatt..")
            .because("the domain decides; adapters around it talk to frameworks"));
  }

  @Test
  void domainPackagesDoNotReachIntoAdapters() {
    assertHolds(
        noClasses()
            .that()
            .resideInAPackage("io.gigawatt..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..api..", "..messaging..", "..persistence..", "..proxy.."));
  }
}
