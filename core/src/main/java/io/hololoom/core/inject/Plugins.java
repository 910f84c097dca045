package io.hololoom.core.inject;

import com.google.inject.Injector;
import io.hololoom.core.plugin.Family;
import java.util.Set;

/** Access to the module's plugin factory for the {@link io.hololoom.core.Hololoom} facade. */
public final class Plugins {
    private Plugins() {
    }

    public static void attach(HololoomModule module, Injector injector) {
        module.setInjector(injector);
    }

    public static <T> T create(HololoomModule module, Family family, String name) {
        return module.create(family, name);
    }

    public static Set<String> created(HololoomModule module) {
        return module.created();
    }

    public static void close(HololoomModule module) {
        module.close();
    }

    public static long seed(HololoomModule module) {
        return module.seed();
    }
}
