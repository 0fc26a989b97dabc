package app.galley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering rules of DEVELOPERS.md, checked on the production classes. */
@AnalyzeClasses(packages = "app.galley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("app.galley.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.fxmisc..",
                    "org.controlsfx..", "org.kordamp.ikonli..")
            .because("only the ui layer may use the toolkit");

    @ArchTest
    static final ArchRule modelDependsOnNoOtherGalleyPackage = noClasses()
            .that().resideInAPackage("app.galley.model..")
            .should().dependOnClassesThat().resideInAnyPackage("app.galley.store..", "app.galley.ingest..",
                    "app.galley.clean..", "app.galley.analyze..", "app.galley.search..", "app.galley.publish..",
                    "app.galley.ui..", "app.galley.cli..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("app.galley.Main")
            .because("dependencies point toward the model");

    @ArchTest
    static final ArchRule onlyStoreSpeaksSql = noClasses()
            .that().resideOutsideOfPackage("app.galley.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..")
            .because("only the store speaks SQL");

    @ArchTest
    static final ArchRule noSystemOutOutsideCli = noClasses()
            .that().resideOutsideOfPackage("app.galley.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the command line prints; everything else logs");

    @ArchTest
    static final ArchRule servicesDoNotDependOnFrontEnds = noClasses()
            .that().resideInAnyPackage("app.galley.model..", "app.galley.store..", "app.galley.ingest..",
                    "app.galley.clean..", "app.galley.analyze..", "app.galley.search..", "app.galley.publish..")
            .should().dependOnClassesThat().resideInAnyPackage("app.galley.ui..", "app.galley.cli..")
            .because("services are plain Java, used alike by the window and the command line");

    @ArchTest
    static final ArchRule storeDependsOnlyOnModel = noClasses()
            .that().resideInAPackage("app.galley.store..")
            .should().dependOnClassesThat().resideInAnyPackage("app.galley.ingest..", "app.galley.clean..",
                    "app.galley.analyze..", "app.galley.search..", "app.galley.publish..")
            .because("the store sits just above the model");

    @ArchTest
    static final ArchRule uiAndCliAreIndependent = noClasses()
            .that().resideInAPackage("app.galley.ui..")
            .should().dependOnClassesThat().resideInAPackage("app.galley.cli..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("app.galley.Main");

    @ArchTest
    static final ArchRule cliDoesNotUseTheWindow = noClasses()
            .that().resideInAPackage("app.galley.cli..")
            .should().dependOnClassesThat().resideInAPackage("app.galley.ui..")
            .because("the command line and the window are two front-ends over the same services (issue 17)");

    @ArchTest
    static final ArchRule textIsALeaf = noClasses()
            .that().resideInAPackage("app.galley.text..")
            .should().dependOnClassesThat().resideInAnyPackage("app.galley.model..", "app.galley.store..",
                    "app.galley.ingest..", "app.galley.clean..", "app.galley.analyze..", "app.galley.search..",
                    "app.galley.publish..", "app.galley.ui..", "app.galley.cli..")
            .because("the text primitives are what every layer shares (issue 17)");
}
