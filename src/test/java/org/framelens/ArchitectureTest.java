package org.framelens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The stages form a line: each package depends only on the ones before it; nothing on cli. */
class ArchitectureTest {

  private static final String[] ORDER = {"text", "ingest", "clean", "analyze", "pipeline", "report", "cli"};

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.framelens");

  @Test
  void noStageDependsOnALaterStage() {
    for (int i = 0; i < ORDER.length; i++) {
      for (int j = i + 1; j < ORDER.length; j++) {
        noClasses().that().resideInAPackage("org.framelens." + ORDER[i] + "..")
            .should().dependOnClassesThat().resideInAPackage("org.framelens." + ORDER[j] + "..")
            .because(ORDER[i] + " comes before " + ORDER[j] + " in the pipeline")
            .check(classes);
      }
    }
  }

  @Test
  void onlyCliUsesPicocli() {
    noClasses().that().resideOutsideOfPackage("org.framelens.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(classes);
  }
}
