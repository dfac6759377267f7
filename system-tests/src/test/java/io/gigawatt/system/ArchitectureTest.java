package io.gigawatt.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

  @Test
  void domainPackagesDependOnlyOnJavaAndTheProject() {
    noClasses()
        .that()
        .resideInAPackage("io.gigawatt..domain..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "io.gigawatt..")
        .because("the domain decides; adapters around it talk to frameworks")
        .check(compiledModules());
  }

  @Test
  void domainPackagesDoNotReachIntoAdapters() {
    noClasses()
        .that()
        .resideInAPackage("io.gigawatt..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..api..", "..messaging..", "..persistence..", "..proxy..")
        .check(compiledModules());
  }
}
