package io.hololoom.core.plugin;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one third-party plugin (Trino's rule): it sees the JDK, hololoom-api and its own jars,
 * nothing else. Classes of {@code io.hololoom.api} always come from the host, so the plugin and the loom
 * agree on every protocol type; every other class is looked up in the plugin's own jars first
 * (child-first), then in the JDK. So a plugin's dependencies stay private: two plugins may bundle different
 * versions of one library, and neither sees the loom's Guice, Caffeine or H2.
 *
 * <p>Thread-safe (parallel capable).
 */
public final class PluginClassLoader extends URLClassLoader {
    static {
        ClassLoader.registerAsParallelCapable();
    }

    private static final String API_PACKAGE = "io.hololoom.api.";
    private static final String API_RESOURCES = "io/hololoom/api/";

    private final ClassLoader api;

    /**
     * A loader for {@code jars}.
     *
     * @param name shown in JVM messages, e.g. {@code plugin unit-converter.jar}
     * @param api the loader that loaded hololoom-api (the host's)
     */
    public PluginClassLoader(String name, List<Path> jars, ClassLoader api) {
        super(requireNonNull(name, "name is null"), urls(jars), new ApiOnlyParent(requireNonNull(api, "api is null")));
        this.api = api;
    }

    /** A loader for a bundle, delegating the api to the loader that loaded hololoom-api in this process. */
    public static PluginClassLoader of(PluginBundle bundle) {
        return new PluginClassLoader("plugin " + bundle.displayName(), bundle.jars(),
                io.hololoom.api.plugin.PluginProvider.class.getClassLoader());
    }

    private static URL[] urls(List<Path> jars) {
        requireNonNull(jars, "jars is null");
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                if (name.startsWith("java.") || name.startsWith(API_PACKAGE)) {
                    c = getParent().loadClass(name);
                } else {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = getParent().loadClass(name);
                    }
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        if (name.startsWith(API_RESOURCES)) {
            return api.getResource(name);
        }
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (name.startsWith(API_RESOURCES)) {
            return api.getResources(name);
        }
        List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
        all.addAll(Collections.list(getParent().getResources(name)));
        return Collections.enumeration(all);
    }

    /** The parent of every plugin loader: the JDK (platform loader) plus the host's hololoom-api, nothing else. */
    private static final class ApiOnlyParent extends ClassLoader {
        static {
            ClassLoader.registerAsParallelCapable();
        }

        private final ClassLoader api;

        ApiOnlyParent(ClassLoader api) {
            super("hololoom-api and JDK", ClassLoader.getPlatformClassLoader());
            this.api = api;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(API_PACKAGE)) {
                return api.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith(API_RESOURCES) ? api.getResource(name) : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith(API_RESOURCES) ? api.getResources(name) : super.getResources(name);
        }
    }
}
