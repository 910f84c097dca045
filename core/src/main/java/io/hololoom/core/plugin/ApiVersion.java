package io.hololoom.core.plugin;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.plugin.PluginProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * A version of hololoom-api, and the rule deciding which plugin builds a HoloLoom accepts.
 *
 * <p>A plugin states the api version it was compiled against in its jar manifest, attribute
 * {@value #MANIFEST_ATTRIBUTE} (the example plugin's pom writes it from the same property that picks the
 * hololoom-api dependency). A plugin built against api {@code P} loads in a HoloLoom whose api is {@code H} when
 * the major versions are equal and, for {@code 1.x} and later, {@code P.minor <= H.minor} (the api only grows
 * within a major version); while the major version is {@code 0}, every minor version may break, so the minor
 * versions must be equal too. Patch versions and qualifiers ({@code -SNAPSHOT}) are ignored.
 *
 * @param major the major version
 * @param minor the minor version
 * @param text the version as written, e.g. {@code 0.1.0-SNAPSHOT}
 */
public record ApiVersion(int major, int minor, String text) {
    /** The manifest attribute in which a plugin jar states the hololoom-api version it was built against. */
    public static final String MANIFEST_ATTRIBUTE = "HoloLoom-Api-Version";

    private static final Pattern VERSION = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})(\\.\\d{1,9})?([-.+][\\w.+-]*)?");
    private static final String POM_PROPERTIES = "META-INF/maven/io.hololoom/hololoom-api/pom.properties";
    private static volatile Optional<ApiVersion> host;

    public ApiVersion {
        requireNonNull(text, "text is null");
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("version numbers must not be negative: " + text);
        }
    }

    /**
     * Parses {@code MAJOR.MINOR[.PATCH][-QUALIFIER]}.
     *
     * @return empty if {@code text} is not such a version
     */
    public static Optional<ApiVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), text.trim()));
    }

    /** Whether a HoloLoom with this api version can load a plugin built against {@code plugin}. */
    public boolean accepts(ApiVersion plugin) {
        requireNonNull(plugin, "plugin is null");
        if (plugin.major != major) {
            return false;
        }
        return major == 0 ? plugin.minor == minor : plugin.minor <= minor;
    }

    /** The versions a plugin may be built against, for messages: {@code 0.1.x} or {@code 1.0.x to 1.3.x}. */
    public String acceptedRange() {
        return major == 0 || minor == 0 ? major + "." + minor + ".x" : major + ".0.x to " + major + "." + minor + ".x";
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * The version of the hololoom-api this process runs with, read from the api jar's Maven descriptor (or its
     * build directory's), or empty when it cannot be told (e.g. classes loaded from an IDE's output folder); then
     * plugins are loaded without the version check.
     */
    public static Optional<ApiVersion> host() {
        Optional<ApiVersion> h = host;
        if (h == null) {
            h = of(PluginProvider.class);
            host = h;
        }
        return h;
    }

    /** The version of the hololoom-api jar (or build directory) that {@code apiClass} was loaded from. */
    static Optional<ApiVersion> of(Class<?> apiClass) {
        Package p = apiClass.getPackage();
        if (p != null && p.getImplementationVersion() != null) {
            Optional<ApiVersion> v = parse(p.getImplementationVersion());
            if (v.isPresent()) {
                return v;
            }
        }
        CodeSource source = apiClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                try (JarFile jar = new JarFile(location.toFile())) {
                    ZipEntry entry = jar.getEntry(POM_PROPERTIES);
                    if (entry != null) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            return versionIn(in);
                        }
                    }
                }
            } else {
                // target/classes: the descriptor sits beside it once the module was packaged
                Path descriptor = location.resolveSibling("maven-archiver").resolve("pom.properties");
                if (Files.isRegularFile(descriptor)) {
                    try (InputStream in = Files.newInputStream(descriptor)) {
                        return versionIn(in);
                    }
                }
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<ApiVersion> versionIn(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return parse(p.getProperty("version"));
    }
}
