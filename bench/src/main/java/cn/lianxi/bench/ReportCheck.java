package cn.lianxi.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the smoke run ({@code bench.mode=smoke}, BenchSmokeIT in deploy/system-tests) asks of a REPORT.md, so that a
 * scenario that no longer works fails {@code ./mvnw verify} instead of rotting until the next benchmark: every
 * scenario of the given keys has a line in the summary, none failed, and each one's section holds a measured figure
 * (a row of one of its tables; of a latency table, a series with successful operations). A smoke step runs at one
 * low rate, never at the limit, so a series with errors (a failed request, an event that never arrived) is a problem
 * too. Timing is not judged: the smoke runs for seconds on a CI machine busy with everything else.
 */
public final class ReportCheck {

    private ReportCheck() {
    }

    /** The report's problems, each naming its scenario; empty when the run was sound. */
    public static List<String> problems(String markdown, List<String> keys) {
        Map<String, List<String>> sections = sections(markdown);
        List<String> problems = new ArrayList<>();
        if (!sections.containsKey(Report.SCENARIOS)) {
            return List.of("the report has no " + Report.SCENARIOS + " summary: the run ended before writing it");
        }
        List<List<String>> summary = tables(sections.get(Report.SCENARIOS)).stream().flatMap(t -> t.rows().stream()).toList();
        for (String key : keys) {
            if (summary.stream().noneMatch(row -> row.get(0).equals(key))) {
                problems.add("scenario " + key + " did not run");
            }
        }
        for (List<String> row : summary) {
            String title = row.get(1);
            if (!row.get(2).equals(Report.OK)) {
                problems.add(title + ": " + row.get(2));
            } else if (!sections.containsKey(title)) {
                problems.add(title + ": no section in the report");
            } else {
                problems.addAll(figures(title, sections.get(title)));
            }
        }
        return problems;
    }

    /** Nothing when the section measured something without errors; otherwise what is wrong. */
    private static List<String> figures(String title, List<String> section) {
        List<String> problems = new ArrayList<>();
        int figures = 0;
        for (Table t : tables(section)) {
            int ok = t.header().indexOf("ok");
            int errors = t.header().indexOf("errors");
            for (List<String> row : t.rows()) {
                if (ok < 0 || Long.parseLong(row.get(ok)) > 0) {
                    figures++;
                }
                if (errors >= 0 && Long.parseLong(row.get(errors)) > 0) {
                    problems.add(title + ", " + row.get(0) + ": " + row.get(errors) + " errors");
                }
            }
        }
        if (figures == 0) {
            problems.add(title + ": no measured figure");
        }
        return problems;
    }

    /** Each {@code ## } section's lines by its title. */
    private static Map<String, List<String>> sections(String markdown) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                sections.put(line.substring(3).trim(), current);
            } else {
                current.add(line);
            }
        }
        return sections;
    }

    private record Table(List<String> header, List<List<String>> rows) {
    }

    /** The Markdown tables among {@code lines}: a header row, its {@code |---|} rule, then the rows. */
    private static List<Table> tables(List<String> lines) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).startsWith("|") || !lines.get(i + 1).startsWith("|---")) {
                continue;
            }
            List<String> header = cells(lines.get(i));
            List<List<String>> rows = new ArrayList<>();
            for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                rows.add(cells(lines.get(i)));
            }
            tables.add(new Table(header, rows));
        }
        return tables;
    }

    /** A row's cells, trimmed; an escaped {@code \|} stays inside its cell. */
    private static List<String> cells(String row) {
        String inner = row.trim().substring(1, row.trim().length() - 1);
        return Arrays.stream(inner.split("(?<!\\\\)\\|")).map(c -> c.trim().replace("\\|", "|")).toList();
    }
}
