package io.academichub;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The core's packages depend on each other in one direction only: the transport ({@code http}) and the Source SPI
 * ({@code source}) share the typed failures of {@code error}, so neither needs the other's package for them.
 */
class PackageStructureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.academichub");

    @Test
    void noTwoPackagesOfTheCoreDependOnEachOther() {
        slices().matching("io.academichub.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theTransportDoesNotDependOnTheSourceSpi() {
        noClasses().that().resideInAPackage("io.academichub.http..")
                .should().dependOnClassesThat().resideInAPackage("io.academichub.source..")
                .check(CORE);
    }

    @Test
    void theTypedFailuresDependOnNeitherTheTransportNorTheSpi() {
        noClasses().that().resideInAPackage("io.academichub.error..")
                .should().dependOnClassesThat().resideInAnyPackage("io.academichub.http..", "io.academichub.source..")
                .check(CORE);
    }
}
