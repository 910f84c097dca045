package com.example.unitconvert;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitConvertToolTest {
    private final UnitConvertTool tool = new UnitConvertTool(new UnitConvertConfig(6));

    private ToolResult run(String query) {
        return tool.run(new ToolCall("st", query, new float[0], List.of(), Duration.ofSeconds(1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "convert 10 km to miles                 | 10 km = 6.21371 mi",
        "what is 100°F in celsius?              | 100 °F = 37.7778 °C",
        "-40 c to f                             | -40 °C = -40 °F",
        "0 degrees celsius in kelvin            | 0 °C = 273.15 K",
        "how many feet in 3 meters              | 3 m = 9.84252 ft",
        "how many ounces are in a pound?        | 1 lb = 16 oz",
        "5.5 lbs as kg                          | 5.5 lb = 2.49476 kg",
        "2,500 grams into pounds please         | 2500 g = 5.51156 lb",
        "90 minutes to hours                    | 90 min = 1.5 h",
        "how many seconds in a week             | 1 wk = 604800 s",
        "1 gallon in liters                     | 1 gal = 3.78541 l",
        "12 fl oz to ml                         | 12 fl oz = 354.882 ml",
        "100 km/h in mph                        | 100 km/h = 62.1371 mph",
        "how many miles per hour is 30 knots    | 30 kn = 34.5234 mph",
        "1 GiB to MB                            | 1 GiB = 1073.74 MB",
        "10km to m                              | 10 km = 10000 m",
        "3 nautical miles in km                 | 3 nmi = 5.556 km",
        "1e-9 m to mm                           | 1E-9 m = 0.000001 mm",
    })
    void converts(String query, String expected) {
        ToolResult r = run(query);
        assertThat(r.status()).as(r.reason()).isEqualTo(ToolResult.Status.OK);
        assertThat(r.output()).isEqualTo(expected);
        assertThat(r.quality()).isEqualTo(1.0);
    }

    @Test
    void structuredDataCarriesTheNumbers() {
        ToolResult r = run("convert 10 km to miles");
        assertThat(r.data()).containsEntry("value", "6.21371").containsEntry("unit", "mi")
                .containsEntry("from_value", "10").containsEntry("from_unit", "km").containsEntry("dimension", "length");
    }

    @Test
    void differentDimensionsAreRefusedWithoutRepeatingTheQuery() {
        ToolResult r = run("convert 10 kg to miles");
        assertThat(r.status()).isEqualTo(ToolResult.Status.REFUSED);
        assertThat(r.reason()).isEqualTo("cannot convert mass [kg] to length [mi]");
    }

    @Test
    void queriesWithoutAConversionAreRefused() {
        for (String q : List.of("what is the capital of France?", "remember that the staging server is db-7",
                "what is 17 * 23?", "convert the file to pdf", "10 apples to oranges")) {
            ToolResult r = run(q);
            assertThat(r.status()).as(q).isEqualTo(ToolResult.Status.REFUSED);
            assertThat(r.reason()).startsWith("no unit conversion found; ask like 'convert 10 km to miles'");
        }
    }

    @Test
    void overflowIsRefused() {
        assertThat(run("1e308 km to mm").status()).isEqualTo(ToolResult.Status.REFUSED);
    }

    @Test
    void precisionIsConfigurable() {
        UnitConvertTool coarse = new UnitConvertTool(new UnitConvertConfig(2));
        assertThat(coarse.run(new ToolCall("st", "10 km to miles", new float[0], List.of(), Duration.ofSeconds(1)))
                .output()).isEqualTo("10 km = 6.2 mi");
    }
}
