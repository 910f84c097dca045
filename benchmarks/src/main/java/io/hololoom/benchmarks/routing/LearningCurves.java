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
