package io.hololoom.core.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * A class loader that sees the test classes but serves its own {@code META-INF/services} files (and no others),
 * so a test can list any providers it likes without touching the shared test resources. Used by the plugin and
 * the fault-containment tests.
 */
public final class ServicesClassLoader extends ClassLoader {
    private final Path root;

    /**
     * @param root a fresh directory; the services files are written under {@code root/META-INF/services}
     * @param providers family interface to the provider class names listed for it
     */
    public ServicesClassLoader(Path root, Map<Class<?>, List<String>> providers) {
        super(ServicesClassLoader.class.getClassLoader());
        this.root = root;
        try {
            Path services = Files.createDirectories(root.resolve("META-INF/services"));
            for (Map.Entry<Class<?>, List<String>> e : providers.entrySet()) {
                Files.write(services.resolve(e.getKey().getName()), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (name.startsWith("META-INF/services/")) {
            URL url = getResource(name);
            return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
        }
        return super.getResources(name);
    }

    @Override
    public URL getResource(String name) {
        if (name.startsWith("META-INF/services/")) {
            Path file = root.resolve(name);
            try {
                return Files.exists(file) ? file.toUri().toURL() : null;
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return super.getResource(name);
    }
}
