package io.hololoom.api;

import static java.util.Objects.requireNonNull;

/**
 * The one exception type of the project for everything that is not a plain bad argument.
 *
 * <p>Messages say what went wrong, where, and what to do, e.g.
 * {@code Unknown embedder [minlm]; known embedders [hashing, minilm]}. They never contain user text,
 * tool arguments or secrets.
 */
public class HololoomException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure this is; the CLI uses it to decide how to report it. */
    public enum Category {
        /** A user mistake in the query, a command argument or input data. */
        INPUT,
        /** A bad configuration key or value. */
        CONFIGURATION,
        /** A plugin could not be found, loaded or created. */
        PLUGIN,
        /** A tool failed while running. */
        TOOL,
        /** Reading or writing the data directory failed. */
        STORAGE,
        /** A bug: something that should not happen. */
        INTERNAL
    }

    private final Category category;

    public HololoomException(Category category, String message) {
        super(message);
        this.category = requireNonNull(category, "category is null");
    }

    public HololoomException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = requireNonNull(category, "category is null");
    }

    public Category category() {
        return category;
    }

    /** True for failures the user can fix (input, configuration, plugin choice); false for bugs. */
    public boolean isUserError() {
        return category != Category.INTERNAL;
    }
}
