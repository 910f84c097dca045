package io.hololoom.core.memory;

import static java.util.Objects.requireNonNull;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded H2 database in the data directory that holds memory shards, their vectors, Spacetimes and
 * the reflection buffer. One connection, used under a lock; every write commits before it returns, and
 * the database is opened with {@code WRITE_DELAY=0} so a committed write survives {@code kill -9}.
 *
 * <p>Why H2: pure Java (no native library to extract), embedded (no server to start), transactional and
 * crash-safe on one file, with SQL for the structured questions of the {@code query} tool.
 */
public final class Database implements AutoCloseable {
    /** Work done with the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) {@code directory/hololoom.mv.db}.
     *
     * @throws HololoomException (STORAGE) if the directory cannot be created or the database is locked by
     *     another process or corrupt
     */
    public static Database open(Path directory) {
        requireNonNull(directory, "directory is null");
        try {
            Files.createDirectories(directory);
        } catch (Exception e) {
            throw new HololoomException(Category.STORAGE, "Cannot create the data directory [" + directory + "]: "
                    + e.getMessage() + ". Check permissions or choose another with --home / HOLOLOOM_HOME.", e);
        }
        Path base = directory.resolve("hololoom").toAbsolutePath();
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        try {
            Connection c = DriverManager.getConnection(url, "sa", "");
            c.setAutoCommit(true);
            return new Database(base, c);
        } catch (SQLException e) {
            String hint = e.getMessage() != null && e.getMessage().contains("already in use")
                    ? "Another hololoom process is using this data directory; wait for it to finish or use another --home."
                    : "If the file is corrupt, move it away and run again (memory and experiences will start empty).";
            throw new HololoomException(Category.STORAGE, "Cannot open the HoloLoom database [" + base
                    + ".mv.db]: " + firstLine(e.getMessage()) + ". " + hint, e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Runs {@code work} under the lock; SQL failures become STORAGE errors naming {@code what}. */
    public <T> T with(String what, Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new HololoomException(Category.STORAGE, "Database failure while " + what + ": "
                    + firstLine(e.getMessage()), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none. */
    public <T> T transaction(String what, Work<T> work) {
        return with(what, c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    /** Executes DDL statements. */
    public void execute(String what, String... statements) {
        with(what, c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            return null;
        });
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new HololoomException(Category.STORAGE, "Cannot close the database: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
