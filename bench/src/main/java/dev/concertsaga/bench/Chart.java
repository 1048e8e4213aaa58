package dev.concertsaga.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** An SVG of the closed loops: throughput and p99 against in-flight payments, one line per system, log scales. */
final class Chart {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};
    private static final int PANEL_WIDTH = 420;
    private static final int PANEL_HEIGHT = 260;
    private static final int LEFT = 70;
    private static final int TOP = 40;

    private Chart() {
    }

    static String svg(String title, Map<String, List<PhaseResult>> closedLoops) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(2 * (PANEL_WIDTH + LEFT) + 40)
                .append("\" height=\"").append(PANEL_HEIGHT + TOP + 90).append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
                .append(text(LEFT, 20, title, "start", 14));
        panel(svg, LEFT, "completed payments/s", closedLoops, PhaseResult::throughput);
        panel(svg, 2 * LEFT + PANEL_WIDTH + 40, "POST → final p99 (ms)", closedLoops, r -> r.latencies().p99());
        int legendY = TOP + PANEL_HEIGHT + 60;
        int i = 0;
        for (String system : closedLoops.keySet()) {
            int x = LEFT + i * 160;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>\n",
                    x, legendY, x + 30, legendY, COLOURS[i % COLOURS.length]));
            svg.append(text(x + 36, legendY + 4, system, "start", 12));
            i++;
        }
        return svg.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder svg, int left, String label, Map<String, List<PhaseResult>> series, ToDoubleFunction<PhaseResult> y) {
        List<Integer> levels = series.values().stream().flatMap(List::stream).map(PhaseResult::inFlight).distinct().sorted().toList();
        double[] range = logRange(series.values().stream().flatMap(List::stream).mapToDouble(y).filter(v -> v > 0).toArray());
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>\n",
                left, TOP, PANEL_WIDTH, PANEL_HEIGHT));
        svg.append(text(left + PANEL_WIDTH / 2, TOP - 8, label, "middle", 12));
        for (double tick = range[0]; tick <= range[1] + 1e-9; tick++) {
            double py = yOf(Math.pow(10, tick), range);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", left, py, left + PANEL_WIDTH, py));
            svg.append(text(left - 6, (int) py + 4, format(Math.pow(10, tick)), "end", 11));
        }
        for (int i = 0; i < levels.size(); i++) {
            svg.append(text((int) xOf(i, levels.size(), left), TOP + PANEL_HEIGHT + 18, levels.get(i) + " in flight", "middle", 11));
        }
        int s = 0;
        for (List<PhaseResult> results : series.values()) {
            StringBuilder points = new StringBuilder();
            for (PhaseResult r : results) {
                double v = y.applyAsDouble(r);
                if (v > 0) {
                    double px = xOf(levels.indexOf(r.inFlight()), levels.size(), left);
                    double py = yOf(v, range);
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s</title></circle>\n",
                            px, py, COLOURS[s % COLOURS.length], format(v)));
                }
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n",
                    points.toString().trim(), COLOURS[s % COLOURS.length]));
            s++;
        }
    }

    private static double[] logRange(double[] values) {
        double min = 1;
        double max = 10;
        if (values.length > 0) {
            min = java.util.Arrays.stream(values).min().getAsDouble();
            max = java.util.Arrays.stream(values).max().getAsDouble();
        }
        double low = Math.floor(Math.log10(min));
        double high = Math.ceil(Math.log10(max));
        return new double[] {low, high == low ? low + 1 : high};
    }

    private static double xOf(int index, int count, int left) {
        return left + PANEL_WIDTH * (index + 0.5) / Math.max(1, count);
    }

    private static double yOf(double value, double[] range) {
        return TOP + PANEL_HEIGHT * (1 - (Math.log10(value) - range[0]) / (range[1] - range[0]));
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }

    private static String text(int x, int y, String content, String anchor, int size) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"%d\">%s</text>\n", x, y, anchor, size,
                content.replace("&", "&amp;").replace("<", "&lt;"));
    }
}
