package io.hololoom.tool.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.ToolResult;
import io.hololoom.api.ToolResult.Status;
import io.hololoom.api.plugin.ToolProvider;
import io.hololoom.tool.testkit.BuiltinToolContractTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalcToolTest extends BuiltinToolContractTest {

    @Override
    protected ToolProvider provider() {
        return new CalcToolProvider();
    }

    @Override
    protected String expectedName() {
        return "calc";
    }

    @Override
    protected String workingQuery() {
        return "what is 17 * 23?";
    }

    private String value(String query) {
        ToolResult result = run(query);
        assertThat(result.status()).as("%s -> %s", query, result.reason()).isEqualTo(Status.OK);
        assertThat(result.data()).containsEntry("value", result.output()).containsKey("expression");
        assertThat(result.quality()).isEqualTo(1.0);
        return result.output();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "what is 17 * 23?|391",
        "17 times 23|391",
        "17 x 23|391",
        "17x23|391",
        "what is 42 * 137?|5754",
        "compute 2^10 - 1|1023",
        "sqrt(2)*3|4.242640687",
        "what's 15% of 80|12",
        "what is 15 percent of 80?|12",
        "divide 100 by 7|14.28571429",
        "2 to the power of 8|256",
        "2 raised to the power of 8|256",
        "17 × 23|391",
        "100 ÷ 4|25",
        "10 − 3|7",
        "1,234 + 1|1235",
        "1,234,567 - 567|1234000",
        "what is 6 * 7 please|42",
        "what is 6 * 7 please?|42",
        "please calculate 6*7.|42",
        "what is 12 plus 30|42",
        "50 minus 8|42",
        "84 divided by 2|42",
        "6 multiplied by 7|42",
        "multiply 6 by 7|42",
        "add 40 and 2|42",
        "subtract 8 from 50|42",
        "what is the sum of 40 and 2?|42",
        "the product of 6 and 7|42",
        "5 squared|25",
        "2 cubed|8",
        "square root of 144|12",
        "sqrt 16|4",
        "√16|4",
        "3²|9",
        "2**10|1024",
        "what is max(1,234)?|234",
        "min(3, 1, 2)|1",
        "abs(-5)|5",
        "round(2.5)|3",
        "round(3.14159, 2)|3.14",
        "floor(2.7)|2",
        "ceil(2.1)|3",
        "log(1000)|3",
        "ln(e)|1",
        "sin(0)|0",
        "cos(0)|1",
        "cos(pi)|-1",
        "tan(0)|0",
        "pi|3.141592654",
        "2pi|6.283185307",
        "2(3+4)|14",
        "-2^2|-4",
        "2^3^2|512",
        "3 - -2|5",
        "10 % 3|1",
        "10 mod 3|1",
        "0.1 + 0.2|0.3",
        "1/3|0.3333333333",
        "2/3*3|2",
        "2^-3|0.125",
        "2^100|1.2676506E+30",
        "2^64|18446744073709551616",
        "2^200|1.606938044E+60",
        "1e3 + 1|1001",
        "0.000001 / 10|1E-7",
        "what is 5|5",
        "4^0.5|2",
        "cube root of 27|3",
        "   what is (1 + 2) * 3 ?  |9",
        "what is 42 * 137? thanks|5754",
        "100 - 15%|99.85"
    })
    void evaluatesPhrasings(String query, String expected) {
        assertThat(value(query)).isEqualTo(expected);
    }

    /** Phrasings that are not in the workload: arithmetic after chatter, before trailing chatter. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "yo, what's 12 * 12?|144",
        "mind working out 81 / 9 for me?|9",
        "my homework says 3 + 4 * 2, what is it?|11",
        "ok so 2^12 comes to what?|4096",
        "quick sanity check -> 45 - 50|-5",
        "help: sqrt(81) + 1 please|10",
        "any idea what 7 cubed is?|343",
        "I'd like the product of 12 and 11|132",
        "work this out: 1000 minus 1|999",
        "can u figure out 9 times 9 real quick|81",
        "estimate 100 divided by 8, thanks|12.5",
        "hmm, (2 + 3) * (4 + 5)?|45",
        "in my head I get 12, but what is 7 + 6?|13",
        "my calculator died: -4 * 6|-24",
        "settle a bet, is 2 to the power of 10 exactly 1024? no wait, just 2 to the power of 10|1024",
        "what is half of 90|45",
        "double 21|42",
        "a third of 27 please|9",
        "could you take away 8 from 50|42",
        "need the cube root of 64|4",
        "gimme -5 * 3|-15",
        "what is 84-65-30|-11"
    })
    void findsArithmeticInsideSentences(String query, String expected) {
        assertThat(value(query)).isEqualTo(expected);
    }

    /** Numbers inside ordinary text are not arithmetic. */
    @ParameterizedTest
    @ValueSource(strings = {
        "what does the 0.2 clip in PPO do",
        "list notes from the last 3 days",
        "how many notes mention deploy in the last 7 days?",
        "the meeting is at 3 - 4 pm",
        "remember room 101",
        "set the timeout to 30",
        "version 2.3 was rolled back",
        "jot this down: 17 * 23 is 391",
        "remember that 2 + 2 = 4",
        "IPv4 has 2^32 addresses",
        "x * 2 + 1",
        "the value is y - 3",
        "the release date is 2024-05-15",
        "call me on 555-123-4567",
        "due 15/05",
        "HTTP/2 is faster than HTTP/1.1",
        "does HTTP/2 multiplex",
        "what is a /24 network",
        "how many seconds in 3 hours",
        "flight at 7:40, gate 23",
        "what's the 2nd item",
        "how many times did I write a note about git?",
        "show me everything I noted over the past 2 days",
        "how much downtime does a 99.9% SLO allow per 30 days?"
    })
    void refusesNumbersInOrdinaryText(String query) {
        ToolResult result = run(query);
        assertThat(result.status()).as("%s -> %s", query, result.output()).isEqualTo(Status.REFUSED);
        assertThat(result.reason()).isEqualTo("no arithmetic expression found");
    }

    @Test
    void dataCarriesTheExpression() {
        ToolResult result = run("what is 17 times 23?");
        assertThat(result.data()).containsEntry("expression", "17*23").containsEntry("value", "391");
        assertThat(result.sources()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "remember that the staging server is db-7",
        "how many notes mention PPO?",
        "what is the capital of France?",
        "hello",
        "list notes tagged infra",
        "what is max",
        "x + 1",
        "foo(2)",
        "exec(1)",
        "java.lang.System.exit(0)",
        "\"abc\" + 1",
        "[1, 2]",
        "a.b",
        "TRUE",
        "1 == 1",
        "5!",
        "0x1F",
        "if(1, 2, 3)",
        "random()",
        "pi(2)",
        "what is 2 + 2 and who are you"
    })
    void refusesTextThatIsNotArithmetic(String query) {
        ToolResult result = run(query);
        assertThat(result.status()).isEqualTo(Status.REFUSED);
        assertThat(result.reason()).isEqualTo("no arithmetic expression found");
    }

    @Test
    void divisionByZeroIsAnError() {
        for (String q : new String[] {"1/0", "5 % 0", "0^-1", "what is 10 divided by 0?", "1/(2-2)"}) {
            ToolResult result = run(q);
            assertThat(result.status()).as(q).isEqualTo(Status.ERROR);
            assertThat(result.reason()).as(q).isEqualTo("division by zero");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"10^10^10", "10^1000", "9^9^9^9", "1e200", "1e999999999", "1e99 * 1e99",
        "2^0.5^-2000", "0.5^-1000", "(10^99)*(10^99)", "1/0.0000000000000000000000000000000000001^3", "1/(0.5^1000)",
        "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999",
        "10^100"})
    void hugeResultsAreErrors(String query) {
        ToolResult result = run(query);
        assertThat(result.status()).as(query).isEqualTo(Status.ERROR);
        assertThat(result.reason()).as(query).isEqualTo("result out of range (limit 1e100)");
    }

    @Test
    void hugeExponentsWithSmallResultsStillWork() {
        assertThat(value("1.0000001^1000000")).isEqualTo("1.105170913");
        assertThat(value("0.5^10000")).isEqualTo("0");
        assertThat(value("1^999999999999")).isEqualTo("1");
        assertThat(value("(-1)^999999999999")).isEqualTo("-1");
    }

    @Test
    void hundredThousandNestedParenthesesAreRefusedBeforeParsing() {
        ToolResult result = run("(".repeat(100_000) + "1" + ")".repeat(100_000));
        assertThat(result.status()).isEqualTo(Status.REFUSED);
        assertThat(result.reason()).isEqualTo("expression nested too deeply (limit 50)");
    }

    @Test
    void nestingUpToTheLimitIsEvaluated() {
        assertThat(value("(".repeat(50) + "1+1" + ")".repeat(50))).isEqualTo("2");
        assertThat(run("(".repeat(51) + "1+1" + ")".repeat(51)).status()).isEqualTo(Status.REFUSED);
    }

    @Test
    void tooLongExpressionsAreRefused() {
        String query = "1+".repeat(600) + "1";
        ToolResult result = run(query);
        assertThat(result.status()).isEqualTo(Status.REFUSED);
        assertThat(result.reason()).isEqualTo("expression too long (limit 1000 characters)");
    }

    @Test
    void longChainsWithinTheLengthLimitAreBoundedByOperatorCount() {
        assertThat(value("1+".repeat(200) + "1")).isEqualTo("201");
        ToolResult result = run("1+".repeat(400) + "1");
        assertThat(result.status()).isEqualTo(Status.REFUSED);
        assertThat(result.reason()).isEqualTo("expression has too many operators (limit 200)");
    }

    @Test
    void longSignRunsAreCollapsedNotRecursed() {
        assertThat(value("-".repeat(901) + "1")).isEqualTo("-1");
        assertThat(value("5 " + "- ".repeat(400) + "3")).isEqualTo("8");
    }

    @Test
    void mathematicalFailuresAreErrorsWithFixedReasons() {
        assertThat(run("sqrt(-1)").reason()).isEqualTo("function argument must not be negative");
        assertThat(run("log(0)").reason()).isEqualTo("function argument must not be zero");
        assertThat(run("(-8)^(1/3)").reason()).isEqualTo("result is not a real number");
        assertThat(run("2 + * 3").reason()).isEqualTo("malformed arithmetic expression");
        assertThat(run("(1 + 2").status()).isEqualTo(Status.ERROR);
        assertThat(run("1 2").reason()).isEqualTo("malformed arithmetic expression");
        assertThat(run("round(1, 999999999)").reason()).isEqualTo("round places must be a whole number in [-100, 100]");
        assertThat(run("round(1, 2, 3)").reason()).isEqualTo("wrong number of arguments for a function");
        assertThat(run("1,5 + 2").status()).isEqualTo(Status.ERROR);
    }

    @Test
    void limitsFollowTheConfiguration() {
        CalcTool small = (CalcTool) provider().create(fixture.context("calc",
                Map.of("max-depth", "2", "max-length", "20", "max-exponent", "5", "significant-digits", "3")));
        assertThat(small.run(fixture.call("((1))")).output()).isEqualTo("1");
        assertThat(small.run(fixture.call("(((1)))")).reason()).isEqualTo("expression nested too deeply (limit 2)");
        assertThat(small.run(fixture.call("1+1+1+1+1+1+1+1+1+1+1")).reason())
                .isEqualTo("expression too long (limit 20 characters)");
        assertThat(small.run(fixture.call("10^5")).reason()).isEqualTo("result out of range (limit 1e5)");
        assertThat(small.run(fixture.call("99999")).output()).isEqualTo("99999");
        assertThat(small.run(fixture.call("1/3")).output()).isEqualTo("0.333");
    }
}
