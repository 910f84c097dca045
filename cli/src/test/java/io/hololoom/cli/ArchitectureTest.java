package io.hololoom.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of STYLE.md, checked on every module the program assembles: api depends only on the
 * JDK; plugins never depend on core or on each other; core never depends on a plugin; only the plugin
 * registry calls ServiceLoader; constructor injection only; no package cycles.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    /** One slice per plugin module (jar or classes directory), so rules speak of modules, not packages. */
    private static final SliceAssignment PLUGIN_MODULES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            boolean plugin = p.startsWith("io.hololoom.embedder.") || p.startsWith("io.hololoom.policy.")
                    || p.startsWith("io.hololoom.tool.") || p.startsWith("io.hololoom.trainer.")
                    || p.startsWith("io.hololoom.env.");
            if (!plugin || c.getSource().isEmpty()) {
                return SliceIdentifier.ignore();
            }
            String uri = c.getSource().get().getUri().toString();
            int classes = uri.indexOf("/target/classes/");
            int jar = uri.indexOf(".jar!");
            String module = classes > 0 ? uri.substring(0, classes) : jar > 0 ? uri.substring(0, jar) : uri;
            return SliceIdentifier.of(module.substring(module.lastIndexOf('/', module.length() - 1) + 1));
        }

        @Override
        public String getDescription() {
            return "plugin modules";
        }
    };

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.hololoom");
    }

    @Test
    void apiDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage("io.hololoom.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.hololoom.api..", "java..")
                .check(classes);
    }

    @Test
    void pluginsDoNotDependOnCoreOrTheCli() {
        noClasses().that().resideInAnyPackage("io.hololoom.embedder..", "io.hololoom.policy..", "io.hololoom.tool..",
                        "io.hololoom.trainer..", "io.hololoom.env..")
                .should().dependOnClassesThat().resideInAnyPackage("io.hololoom.core..", "io.hololoom.cli..")
                .check(classes);
    }

    @Test
    void pluginsDoNotDependOnEachOther() {
        slices().assignedFrom(PLUGIN_MODULES).should().notDependOnEachOther().check(classes);
    }

    @Test
    void coreDoesNotDependOnPlugins() {
        noClasses().that().resideInAPackage("io.hololoom.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.hololoom.embedder..", "io.hololoom.policy..",
                        "io.hololoom.tool..", "io.hololoom.trainer..", "io.hololoom.env..", "io.hololoom.cli..")
                .check(classes);
    }

    @Test
    void onlyThePluginRegistryCallsServiceLoader() {
        noClasses().that().doNotHaveFullyQualifiedName("io.hololoom.core.plugin.PluginRegistry")
                .should().callMethod(ServiceLoader.class, "load", Class.class, ClassLoader.class)
                .orShould().callMethod(ServiceLoader.class, "load", Class.class)
                .orShould().callMethod(ServiceLoader.class, "loadInstalled", Class.class)
                .check(classes);
    }

    @Test
    void constructorInjectionOnly() {
        fields().should().notBeAnnotatedWith(com.google.inject.Inject.class)
                .andShould().notBeAnnotatedWith(jakarta.inject.Inject.class)
                .check(classes);
    }

    @Test
    void coreHasNoPackageCycles() {
        slices().matching("io.hololoom.core.(*)..").should().beFreeOfCycles().check(classes);
    }
}
