package io.hololoom.core.plugin;

/** Java sources of small third-party plugins, compiled by {@link TestJar} at test time. */
final class PluginSources {
    private PluginSources() {
    }

    /**
     * A tool provider {@code pkg.cls} named {@code name} whose tool answers with the Java expression
     * {@code output} (which may use {@code call}).
     */
    static String tool(String pkg, String cls, String name, String output) {
        return """
                package %s;

                import io.hololoom.api.Tool;
                import io.hololoom.api.ToolResult;
                import io.hololoom.api.plugin.PluginContext;
                import io.hololoom.api.plugin.ToolProvider;

                public final class %s implements ToolProvider {
                    @Override
                    public String name() {
                        return "%s";
                    }

                    @Override
                    public String description() {
                        return "test plugin %s";
                    }

                    @Override
                    public Tool create(PluginContext context) {
                        return call -> ToolResult.ok(String.valueOf(%s), 1.0);
                    }
                }
                """.formatted(pkg, cls, name, name, output);
    }

    /** A library class {@code pkg.cls} with a constant {@code VALUE}. */
    static String constant(String pkg, String cls, String value) {
        return """
                package %s;

                public final class %s {
                    public static final String VALUE = "%s";

                    public static String value() {
                        return VALUE;
                    }
                }
                """.formatted(pkg, cls, value);
    }

    /** A Java expression: which of the given class names the calling code can load, e.g. {@code "a=no b=yes"}. */
    static String visibility(String... classNames) {
        StringBuilder sb = new StringBuilder("new StringBuilder()");
        for (String name : classNames) {
            sb.append(".append(\"").append(name).append("=\").append(")
                    .append("io.hololoom.testplugin.Probe.sees(\"").append(name).append("\")).append(' ')");
        }
        return sb + ".toString().trim()";
    }

    /** {@code io.hololoom.testplugin.Probe.sees(name)}: yes if the plugin's own loader can load the class. */
    static final String PROBE = """
            package io.hololoom.testplugin;

            public final class Probe {
                public static String sees(String name) {
                    try {
                        Class.forName(name, false, Probe.class.getClassLoader());
                        return "yes";
                    } catch (ClassNotFoundException | LinkageError e) {
                        return "no";
                    }
                }
            }
            """;
}
