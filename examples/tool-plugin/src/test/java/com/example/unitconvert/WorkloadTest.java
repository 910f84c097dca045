package com.example.unitconvert;

import static org.assertj.core.api.Assertions.assertThat;

import io.hololoom.api.ToolCall;
import io.hololoom.api.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code workload.jsonl} teaches HoloLoom's router when to pick this tool ({@code hololoom learn --workload}); every
 * line must be a query the tool answers, with the answer it gives.
 */
class WorkloadTest {
    private static final Pattern LINE = Pattern.compile(
            "\\{\"query\": \"([^\"]+)\", \"tool\": \"unit-convert\", \"answer\": \"([^\"]+)\"}");

    @Test
    void everyLabelledQueryIsAnsweredWithItsAnswer() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("workload.jsonl"));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(100);
        UnitConvertTool tool = new UnitConvertTool(new UnitConvertConfig(UnitConvertConfig.DEFAULT_PRECISION));
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            ToolResult r = tool.run(new ToolCall("st", m.group(1), new float[0], List.of(), Duration.ofSeconds(1)));
            assertThat(r.status()).as(line).isEqualTo(ToolResult.Status.OK);
            assertThat(r.output()).as(line).contains(" = " + m.group(2) + " ");
        }
    }
}
