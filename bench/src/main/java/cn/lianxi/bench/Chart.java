package cn.lianxi.bench;

import java.util.List;
import java.util.Map;

/** A small SVG line chart: end-to-end latency percentiles (log scale) against the offered rate. */
final class Chart {

    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"};
    private static final int W = 720;
    private static final int H = 400;
    private static final int L = 70;
    private static final int B = 50;

    private Chart() {
    }

    /** series name -> points {rate, latency ms}. */
    static String svg(String title, Map<String, List<double[]>> series) {
        double maxRate = series.values().stream().flatMap(List::stream).mapToDouble(p -> p[0]).max().orElse(1);
        double minLog = 0; // 1 ms
        double maxLog = Math.max(3, Math.ceil(Math.log10(series.values().stream().flatMap(List::stream)
                .mapToDouble(p -> Math.max(1, p[1])).max().orElse(1000))));
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
                .append("<text x=\"").append(W / 2).append("\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">")
                .append(title).append("</text>\n");
        for (double d = minLog; d <= maxLog; d++) {
            double y = y(d, minLog, maxLog);
            s.append(String.format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", L, y, W - 20, y));
            s.append(String.format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n", L - 5, y + 4,
                    (long) Math.pow(10, d)));
        }
        for (int i = 0; i <= 5; i++) {
            double rate = maxRate * i / 5;
            double x = x(rate, maxRate);
            s.append(String.format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.0f</text>%n", x, H - B + 18, rate));
        }
        s.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">offered court events per second</text>%n",
                (W + L) / 2, H - 10));
        s.append(String.format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c00\" stroke-dasharray=\"4\"/>%n",
                L, y(3, minLog, maxLog), W - 20, y(3, minLog, maxLog)));
        int k = 0;
        for (var e : series.entrySet()) {
            String colour = COLOURS[k % COLOURS.length];
            StringBuilder pts = new StringBuilder();
            for (double[] p : e.getValue()) {
                double x = x(p[0], maxRate);
                double y = y(Math.log10(Math.max(1, p[1])), minLog, maxLog);
                pts.append(String.format("%.1f,%.1f ", x, y));
                s.append(String.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
            }
            s.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                    .append(pts).append("\"/>\n");
            s.append(String.format("<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", L + 10, 40 + 16 * k, colour, e.getKey()));
            k++;
        }
        return s.append("</svg>\n").toString();
    }

    private static double x(double rate, double maxRate) {
        return L + (W - 20 - L) * rate / maxRate;
    }

    private static double y(double log, double minLog, double maxLog) {
        return (H - B) - (H - B - 40) * (log - minLog) / (maxLog - minLog);
    }
}
