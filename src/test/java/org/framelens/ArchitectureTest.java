package org.framelens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The stages form a line: each package depends only on the ones before it; nothing on cli. */
class ArchitectureTest {

  private static final String[] ORDER = {"text", "ingest", "clean", "analyze", "embed", "cues",
      "axes", "pipeline", "compare", "report", "exercise", "eval", "learn", "cli"};

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
  void onlyTheDl4jAdapterTouchesDeeplearning4jOrNd4j() {
    noClasses().that().resideOutsideOfPackage("org.framelens.embed.dl4j..")
        .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
        .because("commands that neither import nor train a model must never start ND4J")
        .check(classes);
  }

  @Test
  void onlyCliUsesPicocli() {
    noClasses().that().resideOutsideOfPackage("org.framelens.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(classes);
  }
}
