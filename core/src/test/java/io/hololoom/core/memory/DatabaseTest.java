package io.hololoom.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.core.testing.FastTempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir(factory = FastTempDir.class)
    Path dir;

    @Test
    void aDataDirectoryThatCannotBeCreatedIsAClearStorageError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(HololoomException.class, e -> {
            assertThat(e.category()).isEqualTo(Category.STORAGE);
            assertThat(e.getMessage()).startsWith("Cannot create the data directory [" + file + "]: ")
                    .endsWith("Check permissions or choose another with --home / HOLOLOOM_HOME.");
        });
        Path below = file.resolve("deeper");
        assertThatThrownBy(() -> Database.open(below)).isInstanceOfSatisfying(HololoomException.class,
                e -> assertThat(e.category()).isEqualTo(Category.STORAGE));
    }

    @Test
    void opensCreatingNestedDirectories() {
        Path home = dir.resolve("a/b/c");
        Database db = Database.open(home);
        assertThat(Files.isDirectory(home)).isTrue();
        assertThat(db.file()).isEqualTo(home.resolve("hololoom").toAbsolutePath());
        db.execute("creating a table", "CREATE TABLE t (x INT)");
        db.close();
        assertThat(Files.exists(home.resolve("hololoom.mv.db"))).isTrue();
        assertThatThrownBy(() -> db.execute("using a closed database", "SELECT 1"))
                .isInstanceOfSatisfying(HololoomException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.STORAGE);
                    assertThat(e.getMessage()).contains("closed").contains("using a closed database");
                });
    }

    @Test
    void closingTwiceIsHarmless() {
        Database db = Database.open(dir);
        db.close();
        db.close();
    }

    @Test
    void sqlFailuresAreStorageErrorsNamingTheWork() {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.execute("doing nonsense", "SELEKT 1"))
                    .isInstanceOfSatisfying(HololoomException.class, e -> {
                        assertThat(e.category()).isEqualTo(Category.STORAGE);
                        assertThat(e.getMessage()).startsWith("Database failure while doing nonsense: ")
                                .doesNotContain("\n");
                    });
        }
    }

    @Test
    void aFailedTransactionCommitsNothingAndTheConnectionStaysUsable() {
        try (Database db = Database.open(dir)) {
            db.execute("creating", "CREATE TABLE t (x INT PRIMARY KEY)");
            assertThatThrownBy(() -> db.transaction("inserting twice", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO t VALUES (1)");
                    s.executeUpdate("INSERT INTO t VALUES (1)");
                }
                return null;
            })).isInstanceOf(HololoomException.class).hasMessageStartingWith("Database failure while inserting twice");
            assertThatThrownBy(() -> db.transaction("failing in Java", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO t VALUES (2)");
                }
                throw new IllegalStateException("no");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(count(db)).isZero();
            db.transaction("inserting once", c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO t VALUES (3)");
                }
            });
            assertThat(count(db)).isEqualTo(1);
            boolean autoCommit = db.with("checking auto-commit", c -> c.getAutoCommit());
            assertThat(autoCommit).isTrue();
        }
    }

    private static long count(Database db) {
        return db.with("counting", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
