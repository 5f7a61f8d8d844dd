package cn.lianxi.bench;

import org.HdrHistogram.Histogram;

/**
 * One measured series: how many operations were asked for, how many succeeded, over what wall time, and the latency
 * histogram in microseconds measured from each operation's intended start (coordinated omission accounted for).
 */
final class Lat {

    final String name;
    final Histogram histogram = new Histogram(3_600_000_000L, 3);
    long offered;
    long errors;
    double seconds;
    double targetRate;

    Lat(String name, double targetRate) {
        this.name = name;
        this.targetRate = targetRate;
    }

    synchronized void record(long micros) {
        histogram.recordValue(Math.max(1, Math.min(micros, histogram.getHighestTrackableValue())));
    }

    synchronized void error() {
        errors++;
    }

    /** Counts an error and keeps the first few distinct reasons for the report. */
    synchronized void error(Throwable e) {
        errors++;
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String reason = String.valueOf(cause.getMessage()).replaceAll("\\s+", " ");
        reason = reason.substring(0, Math.min(160, reason.length()));
        if (reasons.size() < 3 && !reasons.contains(reason)) {
            reasons.add(reason);
        }
    }

    final java.util.List<String> reasons = new java.util.ArrayList<>();

    long ok() {
        return histogram.getTotalCount();
    }

    double throughput() {
        return seconds <= 0 ? 0 : ok() / seconds;
    }

    double ms(double percentile) {
        return ok() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMs() {
        return ok() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
    }

    String row() {
        return String.format("| %s | %s | %d | %d | %d | %.1f | %s | %s | %s | %s |", name,
                targetRate > 0 ? String.format("%.0f", targetRate) : "-", offered, ok(), errors, throughput(),
                f(ms(50)), f(ms(95)), f(ms(99)), f(maxMs()));
    }

    static String header() {
        return "| series | target /s | offered | ok | errors | achieved /s | p50 ms | p95 ms | p99 ms | max ms |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }

    static String f(double v) {
        return Double.isNaN(v) ? "-" : v >= 100 ? String.format("%.0f", v) : String.format("%.1f", v);
    }
}
