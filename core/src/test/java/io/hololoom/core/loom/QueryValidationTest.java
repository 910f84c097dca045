package io.hololoom.core.loom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hololoom.api.HololoomException;
import io.hololoom.api.HololoomException.Category;
import io.hololoom.api.PatternCard;
import io.hololoom.api.Spacetime;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.TraceError;
import io.hololoom.core.Hololoom;
import io.hololoom.core.testing.FastTempDir;
import io.hololoom.core.testing.TestHololoom;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryValidationTest {
    @TempDir(factory = FastTempDir.class)
    Path home;

    private final QueryValidator validator = new QueryValidator(100);

    @Test
    void cleanQueriesPassUnchangedApartFromSurroundingWhitespace() {
        QueryValidator.Clean c = validator.validate("  what is\t2 + 2?\n ");
        assertThat(c.text()).isEqualTo("what is\t2 + 2?");
        assertThat(c.warnings()).isEmpty();
        assertThat(validator.validate("emoji \uD83D\uDE00 ok").text()).isEqualTo("emoji \uD83D\uDE00 ok");
        assertThat(validator.validate("x".repeat(100)).text()).hasSize(100);
    }

    @Test
    void controlCharactersAreRemovedWithAWarning() {
        QueryValidator.Clean c = validator.validate("what\u0000 is\u0007 2\u001b + 2?\u007f");
        assertThat(c.text()).isEqualTo("what is 2 + 2?");
        assertThat(c.warnings()).containsExactly("removed 4 control character(s) from the query");
    }

    @Test
    void unpairedSurrogatesAreReplacedWithAWarning() {
        QueryValidator.Clean c = validator.validate("a\uD800b\uDC00c\uD83D");
        assertThat(c.text()).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
        assertThat(c.warnings()).containsExactly("replaced 3 unpaired surrogate(s) in the query with U+FFFD");
        assertThat(validator.validate("\u0001x\uDC00").warnings()).hasSize(2);
    }

    @Test
    void blankTooLongAndInvisibleQueriesAreInputErrors() {
        for (String blank : new String[] {"", "   ", "\n\t "}) {
            assertThatThrownBy(() -> validator.validate(blank)).isInstanceOfSatisfying(HololoomException.class, e -> {
                assertThat(e.category()).isEqualTo(Category.INPUT);
                assertThat(e.getMessage()).startsWith("The query is blank");
            });
        }
        assertThatThrownBy(() -> validator.validate(null)).hasMessageStartingWith("The query is blank");
        assertThatThrownBy(() -> validator.validate("x".repeat(101))).isInstanceOfSatisfying(HololoomException.class,
                e -> {
                    assertThat(e.category()).isEqualTo(Category.INPUT);
                    assertThat(e.getMessage()).startsWith("The query is 101 characters long; the limit is 100.")
                            .contains("hololoom.query.max-length");
                });
        assertThatThrownBy(() -> validator.validate("\u0001\u0002")).hasMessageStartingWith(
                "The query has no visible characters once control characters are removed");
    }

    @Test
    void theLoomTurnsBadInputIntoAnErrorSpacetime() {
        try (Hololoom h = TestHololoom.open(home)) {
            Spacetime blank = h.loom().weave("   ");
            assertErrorSpacetime(blank, "validation", "input");
            assertThat(blank.response()).startsWith("The query is blank");
            assertThat(blank.query()).isEqualTo("   ");
            assertThat(blank.card()).isEqualTo(PatternCard.BARE);

            String huge = "y".repeat(1 << 20);
            Spacetime tooLong = h.loom().weave(huge);
            assertErrorSpacetime(tooLong, "validation", "input");
            assertThat(tooLong.response()).contains("1048576 characters long; the limit is 4096");
            assertThat(tooLong.query()).as("a huge query is not echoed whole").hasSize(200 + "… (1048576 characters)".length())
                    .endsWith("… (1048576 characters)");
            assertThat(h.loom().reflect(tooLong, io.hololoom.api.Feedback.rating(1))).isEmpty();
            assertThat(h.loom().find(tooLong.id())).map(Spacetime::tool).contains(Spacetime.ERROR_TOOL);

            Spacetime ok = h.loom().weave("what\u0000 is \uD800 this?");
            assertThat(ok.status()).isEqualTo(Status.OK);
            assertThat(ok.query()).isEqualTo("what is \uFFFD this?");
            assertThat(ok.trace().warnings()).containsExactly("removed 1 control character(s) from the query",
                    "replaced 1 unpaired surrogate(s) in the query with U+FFFD");
        }
    }

    @Test
    void theQueryLimitIsConfigurable() {
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.query.max-length", "10"))) {
            assertThat(h.loom().weave("0123456789").status()).isEqualTo(Status.OK);
            Spacetime s = h.loom().weave("0123456789a");
            assertErrorSpacetime(s, "validation", "input");
            assertThat(s.response()).contains("the limit is 10");
        }
    }

    @Test
    void weaveNeverThrowsOnArbitraryText() {
        Random random = new Random(11);
        try (Hololoom h = TestHololoom.open(home, Map.of("hololoom.query.max-length", "300"))) {
            for (int i = 0; i < 80; i++) {
                int length = random.nextInt(i % 10 == 0 ? 400 : 40);
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < length; j++) {
                    int kind = random.nextInt(6);
                    sb.append(switch (kind) {
                        case 0 -> (char) random.nextInt(32);
                        case 1 -> (char) (0xD800 + random.nextInt(0x800));
                        case 2 -> "+-*/()%^?#".charAt(random.nextInt(10));
                        case 3 -> (char) ('0' + random.nextInt(10));
                        case 4 -> ' ';
                        default -> (char) random.nextInt(0x3000);
                    });
                }
                Spacetime s = h.loom().weave(sb.toString());
                assertThat(s).isNotNull();
                if (s.tool().equals(Spacetime.ERROR_TOOL)) {
                    assertThat(s.trace().errors()).singleElement().extracting(TraceError::type).isEqualTo("input");
                } else {
                    assertThat(s.status()).as("query %s", s.query()).isEqualTo(Status.OK);
                }
            }
        }
    }

    static void assertErrorSpacetime(Spacetime s, String stage, String type) {
        assertThat(s.tool()).isEqualTo(Spacetime.ERROR_TOOL);
        assertThat(s.status()).isEqualTo(Status.ERROR);
        assertThat(s.isError()).isTrue();
        assertThat(s.confidence()).isZero();
        assertThat(s.quality()).isNaN();
        assertThat(s.trace().errors()).singleElement().satisfies(e -> {
            assertThat(e.stage()).isEqualTo(stage);
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.message()).isEqualTo(s.response());
        });
        assertThat(s.trace().observation()).isEmpty();
        assertThat(s.trace().strategy()).isEqualTo("none");
    }
}
