package org.gedkit.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core's place in the house: it knows no back end, and its packages form no cycle. */
class ArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.gedkit.core");

  @Test
  void theCoreKnowsNoBackEnd() {
    noClasses().that().resideInAPackage("org.gedkit.core..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gedkit.ezged..", "org.gedkit.netexplorer..",
            "org.gedkit.phraseanet..", "org.gedkit.qorus..", "org.gedkit.parapheur..", "org.gedkit.testkit..",
            "org.gedkit.examples..")
        .check(CORE);
  }

  @Test
  void theCoreNamesNoBackEndInItsCode() {
    noClasses().that().resideInAPackage("org.gedkit.core..")
        .should().haveSimpleNameContaining("Ezged").orShould().haveSimpleNameContaining("NetExplorer")
        .orShould().haveSimpleNameContaining("Phraseanet").orShould().haveSimpleNameContaining("Qorus")
        .orShould().haveSimpleNameContaining("Parapheur")
        .check(CORE);
  }

  @Test
  void corePackagesFormNoCycles() {
    slices().matching("org.gedkit.core.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void errorsAndJsonDependOnNoOtherCorePackage() {
    noClasses().that().resideInAPackage("org.gedkit.core.error..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gedkit.core.http..", "org.gedkit.core.auth..",
            "org.gedkit.core.paging..", "org.gedkit.core.transfer..", "org.gedkit.core.json..")
        .check(CORE);
    noClasses().that().resideInAPackage("org.gedkit.core.json..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gedkit.core.http..", "org.gedkit.core.auth..",
            "org.gedkit.core.paging..", "org.gedkit.core.transfer..")
        .check(CORE);
    noClasses().that().resideInAPackage("org.gedkit.core.http..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gedkit.core.auth..", "org.gedkit.core.paging..",
            "org.gedkit.core.transfer..")
        .check(CORE);
  }
}
