package cn.lianxi.gateway.bulletin;

import java.util.List;

import cn.lianxi.gateway.bulletin.Report.Cell;
import cn.lianxi.gateway.bulletin.Report.Kind;
import cn.lianxi.gateway.bulletin.Report.Line;
import cn.lianxi.gateway.bulletin.Report.Part;
import cn.lianxi.gateway.bulletin.Report.Table;

/**
 * The 通报 as a printable page (打印版): one self-contained Chinese HTML document (styles inline, nothing loaded from
 * elsewhere) laid out for A4 landscape — the header, a chapter per part with its tables, the commendations.
 */
final class HtmlPrinter {

    private static final String STYLE = """
            @page { size: A4 landscape; margin: 16mm 14mm; }
            body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; color: #000; margin: 0 auto;
              max-width: 1100px; }
            h1 { text-align: center; color: #c00; font-size: 26px; letter-spacing: 4px; margin: 12px 0 4px; }
            .number { text-align: center; margin: 0 0 8px; }
            hr { border: 0; border-top: 2px solid #c00; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
            dt { font-weight: bold; }
            h2 { font-size: 18px; margin: 18px 0 6px; }
            h3 { font-size: 15px; margin: 12px 0 4px; }
            table { border-collapse: collapse; width: 100%; font-size: 12px; page-break-inside: auto; }
            th, td { border: 1px solid #444; padding: 3px 5px; vertical-align: top; }
            th { background: #eee; }
            td.num { text-align: right; white-space: nowrap; }
            p.note { color: #555; }
            """;

    private HtmlPrinter() {
    }

    static String print(Report report) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(report.title())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(report.title())).append("</h1>\n");
        report.header().stream().filter(l -> l.label().equals(ReportLayout.NUMBER_LABEL)).findFirst()
                .ifPresent(l -> html.append("<p class=\"number\">").append(escape(l.value())).append("</p>\n"));
        html.append("<hr>\n<dl>\n");
        for (Line line : report.header()) {
            html.append("<dt>").append(escape(line.label())).append("</dt><dd>").append(escape(line.value()))
                    .append("</dd>\n");
        }
        html.append("</dl>\n");
        for (Part part : report.parts()) {
            html.append("<section data-part=\"").append(escape(part.name())).append("\">\n<h2>")
                    .append(escape(part.heading())).append("</h2>\n");
            part.tables().forEach(table -> table(html, table));
            html.append("</section>\n");
        }
        html.append("<section data-part=\"表彰\">\n<h2>").append(escape(report.commendations().title())).append("</h2>\n");
        table(html, report.commendations());
        html.append("</section>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, Table table) {
        html.append("<h3>").append(escape(table.title())).append("</h3>\n");
        if (table.rows().isEmpty()) {
            html.append("<p class=\"note\">").append(escape(table.note())).append("</p>\n");
            return;
        }
        html.append("<table>\n<tr>");
        table.columns().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("</tr>\n");
        for (List<Cell> row : table.rows()) {
            html.append("<tr>");
            for (Cell cell : row) {
                html.append(cell.kind() == Kind.TEXT ? "<td>" : "<td class=\"num\">").append(escape(cell.text()))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
