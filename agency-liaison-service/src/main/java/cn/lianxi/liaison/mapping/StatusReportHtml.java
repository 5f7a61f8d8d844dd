package cn.lianxi.liaison.mapping;

import cn.lianxi.contracts.Labels;
import cn.lianxi.liaison.service.JointMeetingDtos.StatusReport;
import cn.lianxi.liaison.service.JointMeetingDtos.TaskView;

/**
 * The office's status report as a printable HTML page (A4, no scripts); every value is escaped. Task states are
 * named from the one catalogue of labels ({@link Labels}, vocabulary {@code KeyTaskState}), as on the dashboard.
 */
public final class StatusReportHtml {

    /** The catalogue's vocabulary of {@link cn.lianxi.liaison.KeyTask.State}. */
    static final String STATE = "KeyTaskState";

    private StatusReportHtml() {
    }

    public static String render(StatusReport report) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(report.year()).append("年度综合治理执行难重点任务落实情况</title><style>")
                .append("@page{size:A4;margin:18mm}body{font-family:serif}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #444;padding:4px}.LATE{color:#b00}.DONE{color:#060}</style></head><body>")
                .append("<h1>").append(report.year()).append("年度综合治理执行难工作联席会议重点任务落实情况</h1>")
                .append("<p>截至 ").append(report.asOf()).append("：");
        report.byState().forEach((state, n) -> html.append(esc(Labels.zh(STATE, state))).append(' ')
                .append(n).append(" 项；"));
        html.append("</p><table><thead><tr><th>任务</th><th>牵头单位</th><th>完成时限</th><th>进度</th><th>状态</th>")
                .append("</tr></thead><tbody>");
        for (TaskView t : report.tasks()) {
            html.append("<tr class=\"").append(t.state()).append("\"><td>").append(esc(t.title())).append("</td><td>")
                    .append(esc(t.ownerUnit())).append("</td><td>").append(t.dueOn()).append("</td><td>")
                    .append(t.progress()).append("%</td><td>").append(esc(Labels.zh(STATE, t.state()))).append("</td></tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
