package io.hololoom.core.plugin;

import java.util.ServiceConfigurationError;

/**
 * Turns what went wrong while loading or creating a third-party plugin into what the user should do about it.
 * The messages never contain user text; they name classes and jars only.
 */
public final class PluginProblems {
    private PluginProblems() {
    }

    /**
     * What to do about {@code failure}, thrown while loading or creating a plugin from the plugin directory,
     * e.g. {@code A class it needs is missing: ...}. Always one or more sentences ending with a full stop.
     */
    public static String hint(Throwable failure) {
        Throwable root = root(failure);
        String api = ApiVersion.host().map(v -> " [" + v + "]").orElse("");
        if (root instanceof UnsupportedClassVersionError) {
            return "It was compiled for a newer Java than this one (" + Runtime.version().feature()
                    + "); compile it with --release " + Runtime.version().feature() + ".";
        }
        if (root instanceof NoClassDefFoundError || root instanceof ClassNotFoundException) {
            String missing = String.valueOf(root.getMessage()).replace('/', '.');
            if (missing.startsWith("io.hololoom.") && !missing.startsWith("io.hololoom.api.")) {
                return "It uses the HoloLoom class [" + missing + "], which plugins cannot see: a plugin may depend on"
                        + " hololoom-api only.";
            }
            if (missing.startsWith("io.hololoom.api.")) {
                return "It needs the api class [" + missing + "], which this HoloLoom's hololoom-api" + api
                        + " does not have: it was built against an incompatible api; rebuild it against this one.";
            }
            return "A class it needs is missing ([" + missing + "]): plugins see only the JDK and hololoom-api, so"
                    + " bundle the plugin's dependencies in it (a shaded jar) or put the plugin jar and its dependency"
                    + " jars together in a subdirectory of the plugin directory.";
        }
        if (root instanceof AbstractMethodError || root instanceof NoSuchMethodError
                || root instanceof NoSuchFieldError || root instanceof IncompatibleClassChangeError) {
            return "It was built against an incompatible hololoom-api (this HoloLoom has" + (api.isEmpty() ? " another"
                    : api) + "); rebuild it against the hololoom-api of this HoloLoom.";
        }
        if (root instanceof LinkageError) {
            return "Its classes do not link with this HoloLoom; rebuild it against the hololoom-api" + api + ".";
        }
        String msg = String.valueOf(failure.getMessage());
        if (failure instanceof ServiceConfigurationError && msg.contains(" not found")) {
            return "Its META-INF/services file lists a class that is not in the plugin; fix the services file.";
        }
        if (failure instanceof ServiceConfigurationError && msg.contains("not a subtype")) {
            return "The class its META-INF/services file lists does not implement that family's provider interface;"
                    + " fix the class or the services file.";
        }
        if (failure instanceof ServiceConfigurationError && msg.contains("could not be instantiated")) {
            return "Its provider's constructor threw; providers need a public no-argument constructor that does no"
                    + " work (do the work in create()). Fix the plugin or remove it.";
        }
        return "Fix the plugin or remove it from the plugin directory.";
    }

    /** The innermost cause. */
    static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The failure and its innermost cause, e.g. {@code java.lang.NoClassDefFoundError: a/B (caused by ...)}. */
    static String describe(Throwable e) {
        Throwable t = root(e);
        return t == e ? e.toString() : e + " (caused by " + t + ")";
    }
}
