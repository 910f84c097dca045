package io.hololoom.testkit;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds providers the way HoloLoom does ({@link ServiceLoader} over {@code META-INF/services}), for the
 * discovery test every plugin needs: "ServiceLoader finds my provider and its name selects it".
 *
 * <pre>{@code
 * assertThat(PluginDiscovery.find(ToolProvider.class, "unit-convert")).isInstanceOf(UnitConvertToolProvider.class);
 * }</pre>
 */
public final class PluginDiscovery {
    private PluginDiscovery() {
    }

    /** Every provider of {@code family} visible to the test's class loader. */
    public static <P extends PluginProvider<?>> List<P> all(Class<P> family) {
        requireNonNull(family, "family is null");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<P> out = new ArrayList<>();
        ServiceLoader.load(family, loader == null ? PluginDiscovery.class.getClassLoader() : loader).forEach(out::add);
        return out;
    }

    /** The names of every provider of {@code family}. */
    public static List<String> names(Class<? extends PluginProvider<?>> family) {
        return all(family).stream().map(PluginProvider::name).toList();
    }

    /**
     * The one provider of {@code family} called {@code name}.
     *
     * @throws AssertionError if there is none, or more than one (HoloLoom refuses duplicate names)
     */
    public static <P extends PluginProvider<?>> P find(Class<P> family, String name) {
        requireNonNull(name, "name is null");
        List<P> found = all(family).stream().filter(p -> name.equals(p.name())).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected exactly one " + family.getSimpleName() + " named [" + name + "] in"
                    + " META-INF/services/" + family.getName() + ", found " + found.size() + "; known names "
                    + names(family));
        }
        return found.get(0);
    }
}
