package io.hololoom.api.plugin;

/**
 * Creates one kind of plugin. Each family has its own sub-interface (e.g. {@link EmbedderProvider}) that is
 * listed in {@code META-INF/services/<family interface>} so {@link java.util.ServiceLoader} finds it.
 *
 * <p><b>Contract:</b> a public no-argument constructor; {@link #name()} is lower-kebab-case, unique in its
 * family and never renamed (users type it into configuration). {@link #create} reads its settings from
 * {@link PluginContext#config()} and throws {@link io.hololoom.api.HololoomException} (category
 * CONFIGURATION) for a bad value. Providers do not need to know Guice.
 *
 * @param <T> the plugin type
 */
public interface PluginProvider<T> {
    /** The stable name, e.g. {@code hashing}, {@code linucb}, {@code calc}. */
    String name();

    /** Creates a new plugin instance. */
    T create(PluginContext context);

    /** One line for {@code hololoom plugins}. */
    default String description() {
        return "";
    }
}
