package io.hololoom.core.plugin;

import io.hololoom.api.plugin.PluginProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a real jar for a test: compiles Java sources with the JDK's compiler against hololoom-api (or a stand-in
 * api) and packs the classes, {@code META-INF/services} files and manifest attributes. This is how the plugin
 * directory tests get jars that only a {@link PluginClassLoader} can load.
 */
final class TestJar {
    private final String fileName;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();
    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final List<Path> classPath = new ArrayList<>();
    private boolean withApi = true;

    TestJar(String fileName) {
        this.fileName = fileName;
        manifest.put(ApiVersion.MANIFEST_ATTRIBUTE, "0.1.0-SNAPSHOT");
    }

    /** Adds a class; {@code className} is fully qualified. */
    TestJar source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /** Lists {@code providerClass} in {@code META-INF/services/<family interface>}. */
    TestJar service(Class<? extends PluginProvider<?>> family, String providerClass) {
        return service(family.getName(), providerClass);
    }

    TestJar service(String familyName, String providerClass) {
        services.computeIfAbsent(familyName, k -> new ArrayList<>()).add(providerClass);
        return this;
    }

    /** Sets or (with null) removes the declared api version. */
    TestJar apiVersion(String version) {
        if (version == null) {
            manifest.remove(ApiVersion.MANIFEST_ATTRIBUTE);
        } else {
            manifest.put(ApiVersion.MANIFEST_ATTRIBUTE, version);
        }
        return this;
    }

    /** Compiles against these jars or class directories too. */
    TestJar compileAgainst(Path... paths) {
        classPath.addAll(List.of(paths));
        return this;
    }

    /** Compiles against the given stand-in instead of the real hololoom-api. */
    TestJar withoutRealApi() {
        withApi = false;
        return this;
    }

    /** The directory or jar hololoom-api was loaded from in this test run. */
    static Path apiLocation() {
        try {
            return Path.of(PluginProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles and writes the jar into {@code dir}; returns its path. */
    Path build(Path dir) {
        try {
            Files.createDirectories(dir);
            Path work = Files.createTempDirectory(dir.getParent() == null ? dir : dir.getParent(), ".build-");
            Path src = work.resolve("src");
            Path classes = Files.createDirectories(work.resolve("classes"));
            List<String> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                files.add(file.toString());
            }
            if (!files.isEmpty()) {
                compile(files, classes);
            }
            Path jar = dir.resolve(fileName);
            Manifest mf = new Manifest();
            mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.forEach((k, v) -> mf.getMainAttributes().put(new Attributes.Name(k), v));
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out, mf);
                    Stream<Path> walk = Files.walk(classes)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    jos.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                    jos.write(Files.readAllBytes(p));
                    jos.closeEntry();
                }
                for (Map.Entry<String, List<String>> e : services.entrySet()) {
                    jos.putNextEntry(new JarEntry("META-INF/services/" + e.getKey()));
                    jos.write((String.join("\n", e.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                    jos.closeEntry();
                }
            }
            deleteTree(work);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void compile(List<String> files, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("these tests need a JDK (javax.tools compiler), not a JRE");
        }
        List<Path> cp = new ArrayList<>(classPath);
        if (withApi) {
            cp.add(apiLocation());
        }
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-proc:none",
                "-nowarn", "-classpath", String.join(java.io.File.pathSeparator, cp.stream().map(Path::toString).toList())));
        args.addAll(files);
        StringWriter errors = new StringWriter();
        int rc = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        }, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("test plugin [" + fileName + "] does not compile:\n" + errors);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
