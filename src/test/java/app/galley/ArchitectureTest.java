package app.galley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
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
            .and().doNotHaveFullyQualifiedName("app.galley.ui.app.StartupReport")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the command line prints; everything else logs (and the start-up benchmark's probe"
                    + " says when the window is usable on the process's standard output, which the benchmark reads)");

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

    /**
     * What a front-end may use from the feature layers: their services (the classes named
     * {@code ...Service}, one door per feature beside {@code app.galley.service}) and the values they
     * take and return (records, enums, interfaces, exceptions); not the machinery behind them.
     */
    private static final DescribedPredicate<JavaClass> LAYER_INTERNAL = new DescribedPredicate<>(
            "classes of ingest, clean, analyze, search or publish other than their services, records, enums, "
                    + "interfaces and exceptions") {
        @Override
        public boolean test(JavaClass c) {
            String pkg = c.getPackageName();
            boolean layer = pkg.startsWith("app.galley.ingest") || pkg.startsWith("app.galley.clean")
                    || pkg.startsWith("app.galley.analyze") || pkg.startsWith("app.galley.search")
                    || pkg.startsWith("app.galley.publish");
            return layer && !c.getSimpleName().endsWith("Service") && !c.isRecord() && !c.isEnum()
                    && !c.isInterface() && !c.isAssignableTo(Throwable.class);
        }
    };

    /** From the store a front-end may use only what opens a library and the errors it reports. */
    private static final DescribedPredicate<JavaClass> STORE_MACHINERY = new DescribedPredicate<>(
            "store classes other than Library, LibraryLocator and exceptions") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith("app.galley.store")
                    && !c.getSimpleName().equals("Library") && !c.getSimpleName().equals("LibraryLocator")
                    && !c.isAssignableTo(Throwable.class) && !c.isRecord() && !c.isEnum();
        }
    };

    @ArchTest
    static final ArchRule frontEndsUseOnlyServices = noClasses()
            .that().resideInAnyPackage("app.galley.ui..", "app.galley.cli..")
            .should().dependOnClassesThat(LAYER_INTERNAL)
            .orShould().dependOnClassesThat(STORE_MACHINERY)
            .because("the window and the command line reach every use case through app.galley.service "
                    + "(issue 17); they may hold the records the services return");

    @ArchTest
    static final ArchRule frontEndsDoNotTakeRepositoriesFromTheLibrary = noClasses()
            .that().resideInAnyPackage("app.galley.ui..", "app.galley.cli..")
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>(
                    "a method of Library that hands out a repository or other store part") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().getName().equals("app.galley.store.Library")
                            && call.getTarget().getRawReturnType().getPackageName().startsWith("app.galley.store")
                            && !call.getTarget().getRawReturnType().getSimpleName().equals("Library");
                }
            })
            .because("a front-end opens the library and hands it to the services; it never calls a repository");

    @ArchTest
    static final ArchRule theWindowRunsBackgroundWorkOnItsOneExecutor = noClasses()
            .that().resideInAPackage("app.galley.ui..").and().doNotHaveSimpleName("BackgroundTasks")
            .should().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadPoolExecutor")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ScheduledThreadPoolExecutor")
            .because("all the window's background work runs on its one TaskExecutor (ADR 15)");

    @ArchTest
    static final ArchRule theWindowAsksForFilesThroughItsDialogService = noClasses()
            .that().resideInAPackage("app.galley.ui..").and().doNotHaveSimpleName("FxDialogService")
            .should().callConstructor(javafx.stage.FileChooser.class)
            .orShould().callConstructor(javafx.stage.DirectoryChooser.class)
            .because("file and folder choosers go through DialogService, which tests answer as an editor would");

    @ArchTest
    static final ArchRule viewModelsNeedNoToolkit = classes()
            .that().resideInAPackage("app.galley.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.application..", "javafx.scene..",
                    "javafx.stage..", "javafx.animation..", "javafx.concurrent..")
            .because("every view model is tested with plain JUnit and the synchronous executor (issue 17): "
                    + "it reaches the FX thread only through its TaskExecutor");

    @ArchTest
    static final ArchRule oneTraditionalSimplifiedTable = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("com.ibm.icu.text.Transliterator")
            .because("Traditional and Simplified fold, guess and convert by one table, OpenCC's (text.ChineseScripts)");

    @ArchTest
    static final ArchRule servicesHoldTheRepositoriesTheyNeedNotTheLibrary = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .fields().that().haveRawType(app.galley.store.Library.class)
            .and().areDeclaredInClassesThat().resideInAnyPackage("app.galley.ingest..", "app.galley.clean..",
                    "app.galley.analyze..", "app.galley.search..", "app.galley.publish..", "app.galley.service..")
            .should().beDeclaredIn(app.galley.service.Services.class)
            .orShould().beDeclaredIn(app.galley.service.LibraryService.class)
            .because("a service is given the repositories it uses (issue 17); only the one that opens, backs up and"
                    + " follows the library itself, and the set of services built on it, hold the library");
}
