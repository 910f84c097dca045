package io.hololoom.cli;

import io.hololoom.core.learn.LearnLoop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Learning-curve plots (XChart, rendered headless to PNG). */
final class Charts {
    private Charts() {
    }

    static void learningCurve(Path png, LearnLoop.Report r, int window, String title) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(500).title("Right-tool rate — " + title)
                .xAxisTitle("episode").yAxisTitle("success rate").build();
        List<Double> x = new ArrayList<>();
        List<Double> running = new ArrayList<>();
        List<Double> windowed = new ArrayList<>();
        int ok = 0;
        for (int i = 0; i < r.success().size(); i++) {
            ok += r.success().get(i) ? 1 : 0;
            int from = Math.max(0, i + 1 - window);
            long in = r.success().subList(from, i + 1).stream().filter(b -> b).count();
            x.add((double) (i + 1));
            running.add(ok / (double) (i + 1));
            windowed.add(in / (double) (i + 1 - from));
        }
        chart.addSeries("last " + window + " episodes", x, windowed).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        chart.addSeries("running mean", x, running).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
