package io.hololoom.benchmarks.routing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The benchmark's learning-curve PNG: mean right-tool rate per window over the seeds, one line per config. */
final class LearningCurves {
    private static final java.awt.Color[] PALETTE = {new java.awt.Color(0x88, 0x88, 0x88),
        new java.awt.Color(0xE6, 0x9F, 0x00), new java.awt.Color(0x56, 0xB4, 0xE9), new java.awt.Color(0x00, 0x9E, 0x73),
        new java.awt.Color(0xD5, 0x5E, 0x00), new java.awt.Color(0xCC, 0x79, 0xA7), new java.awt.Color(0x00, 0x72, 0xB2),
        new java.awt.Color(0x33, 0x33, 0x33)};

    private LearningCurves() {
    }

    static void write(Path png, List<RoutingBenchmark.Run> runs, int window, int episodes, int seeds)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(1000).height(600)
                .title("Right-tool rate while learning (builtin:train, mean of " + seeds + " seeds per " + window
                        + "-episode window)")
                .xAxisTitle("episode").yAxisTitle("right-tool rate").build();
        Map<String, List<RoutingBenchmark.Run>> groups = new LinkedHashMap<>();
        Map<String, java.awt.Color> colours = new LinkedHashMap<>();
        for (RoutingBenchmark.Run r : runs) {
            groups.computeIfAbsent(r.config() + " / " + r.embedder(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<RoutingBenchmark.Run>> g : groups.entrySet()) {
            int n = g.getValue().get(0).windows().size();
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (RoutingBenchmark.Run r : g.getValue()) {
                    sum += r.windows().get(i);
                }
                x.add((double) (i + 1) * window);
                y.add(sum / g.getValue().size());
            }
            var series = chart.addSeries(g.getKey(), x, y);
            // one colour per configuration, so its two embedders (solid minilm, dashed hashing) pair up
            String config = g.getValue().get(0).config();
            if (!colours.containsKey(config)) {
                colours.put(config, PALETTE[colours.size() % PALETTE.length]);
            }
            series.setLineColor(colours.get(config));
            series.setMarkerColor(colours.get(config));
            series.setMarker(SeriesMarkers.CIRCLE);
            if (g.getKey().endsWith("/ hashing")) {
                series.setLineStyle(SeriesLines.DASH_DASH);
            }
        }
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisMin(0.0).setXAxisMax((double) episodes)
                .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
