package cn.lianxi.gateway.bulletin;

import static cn.lianxi.gateway.bulletin.Column.Format.AGENCY;
import static cn.lianxi.gateway.bulletin.Column.Format.AMOUNT;
import static cn.lianxi.gateway.bulletin.Column.Format.COUNT;
import static cn.lianxi.gateway.bulletin.Column.Format.COURT;
import static cn.lianxi.gateway.bulletin.Column.Format.DECIMAL;
import static cn.lianxi.gateway.bulletin.Column.Format.RATE;
import static cn.lianxi.gateway.bulletin.Column.Format.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.Labels;
import cn.lianxi.gateway.bulletin.Report.Cell;
import cn.lianxi.gateway.bulletin.Report.Line;
import cn.lianxi.gateway.bulletin.Report.Part;
import cn.lianxi.gateway.bulletin.Report.Table;

/**
 * Lays a composed 通报 out as a {@link Report}: the header (文号, 发文单位, 发文日期, 通报期间), a part per topic —
 * 成员单位 (each unit's key tasks), 案件 (cases and requests between courts), 查控 (bank inquiries and measures),
 * 拒执 (criminal referrals, procuratorates), 信用惩戒, 考核指标 — and the commendations (表彰). A part whose service did
 * not answer says "暂不可用" with the reason instead of its rows.
 */
final class ReportLayout {

    static final String TITLE = "重点任务落实情况通报";
    static final String DRAFT_TITLE = TITLE + "（草稿）";
    static final String UNAVAILABLE = "暂不可用";
    /** The header line holding the bulletin's number (文号), shown under the title as well. */
    static final String NUMBER_LABEL = Labels.zh(Column.HEADINGS, "number");

    private static final List<Column> TASKS = List.of(Column.of("title", TEXT), Column.label("state", "KeyTaskState"),
            Column.of("progress", TEXT), Column.of("dueOn", TEXT), Column.of("reportsInPeriod", COUNT),
            Column.of("missedCycles", COUNT), Column.label("escalation", "ReportEscalation"),
            Column.of("lastSummary", TEXT));
    private static final List<Column> COURT_REQUESTS = List.of(Column.of("fromCourt", COURT),
            Column.of("toCourt", COURT), Column.of("sent", COUNT), Column.of("answered", COUNT),
            Column.of("answeredWithinDeadline", COUNT), Column.of("averageHoursToAnswer", DECIMAL));
    private static final List<Column> BANK_INQUIRIES = List.of(Column.of("agencyId", AGENCY), Column.of("sent", COUNT),
            Column.of("answered", COUNT), Column.of("answeredWithinDeadline", COUNT),
            Column.of("averageSecondsToAnswer", DECIMAL));
    private static final List<Column> MEASURES = List.of(Column.of("agencyId", AGENCY),
            Column.label("kind", "ReferralKind"), Column.of("sent", COUNT), Column.of("answered", COUNT),
            Column.of("answeredWithinDeadline", COUNT));
    private static final List<Column> CRIMINAL_REFERRALS = List.of(Column.of("agencyId", AGENCY),
            Column.of("transferred", COUNT), Column.of("opened", COUNT), Column.of("prosecuted", COUNT),
            Column.of("refused", COUNT));
    private static final List<Column> PROCURATORATES = List.of(Column.of("agencyId", AGENCY),
            Column.of("supervisionRequested", COUNT), Column.of("filingSupervised", COUNT),
            Column.of("prosecuted", COUNT));
    private static final List<Column> CREDIT = List.of(Column.of("courtCode", COURT), Column.of("listed", COUNT),
            Column.of("lifted", COUNT), Column.of("liftedOnTime", COUNT), Column.of("liftedLate", COUNT),
            Column.of("restrictionsIssued", COUNT), Column.of("restrictionsLifted", COUNT),
            Column.of("repairsRequested", COUNT), Column.of("repairsGranted", COUNT),
            Column.of("repairsRejected", COUNT));
    private static final List<Column> ASSESSMENT = List.of(Column.of("courtCode", COURT), Column.of("month", TEXT),
            Column.of("filed", COUNT), Column.of("concluded", COUNT), Column.of("concludedRate", RATE),
            Column.of("averageDaysToConclude", DECIMAL), Column.of("owed", AMOUNT), Column.of("recovered", AMOUNT),
            Column.of("recoveryRate", RATE), Column.of("terminalConclusions", COUNT),
            Column.of("terminalShare", RATE), Column.of("terminalResumed", COUNT), Column.of("resumedShare", RATE));
    private static final List<Column> ASSESSMENT_MEASURES = List.of(Column.of("courtCode", COURT),
            Column.of("month", TEXT), Column.of("agencyId", AGENCY), Column.of("answered", COUNT),
            Column.of("answeredWithinDeadline", COUNT), Column.of("withinDeadlineRate", RATE));
    private static final List<Column> CLOCK_BREACHES = List.of(Column.of("courtCode", COURT),
            Column.label("clock", "ClockKind"), Column.of("breaches", COUNT));
    private static final List<Column> MECHANISMS = List.of(Column.of("courtCode", COURT),
            Column.label("mechanism", "Mechanism"), Column.label("kind", "ReferralKind"),
            Column.label("state", "MechanismState"), Column.of("count", COUNT));
    private static final List<Column> COMMENDATIONS = List.of(Column.label("kind", "CommendationKind"),
            Column.of("unitName", TEXT), Column.of("person", TEXT), Column.of("reason", TEXT));

    private final Bulletin bulletin;
    private final Map<String, String> agencies;

    private ReportLayout(Bulletin bulletin) {
        this.bulletin = bulletin;
        this.agencies = bulletin.agencyNames() == null ? Map.of() : bulletin.agencyNames();
    }

    static Report of(Bulletin bulletin) {
        return new ReportLayout(bulletin).report();
    }

    private Report report() {
        Bulletin.Figures figures = bulletin.figures();
        Map<String, String> unavailable = figures.unavailable();
        List<Part> parts = new ArrayList<>();
        if (!bulletin.draft()) {
            parts.add(new Part("成员单位", "成员单位重点任务落实情况", units()));
        }
        parts.add(new Part("案件", "执行案件", List.of(
                cases(figures.cases(), unavailable.get(FigurePart.CASES.key())),
                table("法院间事项委托", COURT_REQUESTS, figures.courtRequests(), "requests",
                        unavailable.get(FigurePart.COURT_REQUESTS.key())))));
        String liaisonMissing = unavailable.get(FigurePart.LIAISON.key());
        parts.add(new Part("查控", "网络查控与协助执行", List.of(
                table("银行存款查询", BANK_INQUIRIES, figures.liaison(), "bankInquiries", liaisonMissing),
                table("协助执行措施", MEASURES, figures.liaison(), "measures", liaisonMissing))));
        parts.add(new Part("拒执", "拒不执行判决、裁定罪线索移送", List.of(
                table("公安机关", CRIMINAL_REFERRALS, figures.liaison(), "criminalReferrals", liaisonMissing),
                table("人民检察院", PROCURATORATES, figures.liaison(), "procuratorates", liaisonMissing))));
        parts.add(new Part("信用惩戒", "信用惩戒", List.of(
                table("失信名单、限制消费与信用修复", CREDIT, figures.credit(), "courts",
                        unavailable.get(FigurePart.CREDIT.key())))));
        String assessmentMissing = unavailable.get(FigurePart.ASSESSMENT.key());
        parts.add(new Part("考核指标", "考核指标", List.of(
                table("各法院月度指标", ASSESSMENT, figures.assessment(), "months", assessmentMissing),
                table("协助执行按期答复", ASSESSMENT_MEASURES, figures.assessment(), "measures", assessmentMissing))));
        String mechanismsMissing = unavailable.get(FigurePart.MECHANISMS.key());
        parts.add(new Part("数据铁笼", "数据铁笼与执行机制（截至发文日）", List.of(
                table("超期节点", CLOCK_BREACHES, figures.mechanisms(), "clockBreachesByCourt", mechanismsMissing),
                table("执行机制运行情况", MECHANISMS, figures.mechanisms(), "mechanismsByCourt", mechanismsMissing))));
        numberFigureParts(parts);
        return new Report(bulletin.draft() ? DRAFT_TITLE : TITLE, header(), parts, commendations());
    }

    /** 一、二、… in order: the units' part (when issued) comes first. */
    private static void numberFigureParts(List<Part> parts) {
        String[] numerals = { "一", "二", "三", "四", "五", "六", "七", "八" };
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            parts.set(i, new Part(part.name(), numerals[i] + "、" + part.heading(), part.tables()));
        }
    }

    private List<Line> header() {
        List<Line> lines = new ArrayList<>();
        JsonNode issued = bulletin.bulletin();
        if (issued != null) {
            lines.add(line("number", issued.path("number").asText()));
            String title = issued.path("title").asText("");
            if (!title.isBlank()) {
                lines.add(line("bulletinTitle", title));
            }
            lines.add(line("issuer", issued.path("issuer").asText()));
            lines.add(line("issuedOn", issued.path("issuedOn").asText()));
        }
        lines.add(line("period", bulletin.from() + " 至 " + bulletin.to()));
        return lines;
    }

    private static Line line(String field, String value) {
        return new Line(Labels.zh(Column.HEADINGS, field), value);
    }

    private List<Table> units() {
        List<Table> tables = new ArrayList<>();
        for (JsonNode section : bulletin.bulletin().path("sections")) {
            String title = section.path("unitName").asText() + "（"
                    + Labels.zh("MemberUnitKind", section.path("unitKind").asText()) + "）";
            tables.add(rows(title, TASKS, section.path("tasks"), "本期无重点任务"));
        }
        return tables;
    }

    private Table commendations() {
        JsonNode issued = bulletin.bulletin();
        return rows("表彰", COMMENDATIONS, issued == null ? null : issued.path("commendations"), "本期无表彰");
    }

    /** Cases per court: filed, concluded by type of conclusion (结案方式), recovered. */
    private Table cases(JsonNode document, String missing) {
        List<String> columns = new ArrayList<>(List.of(Labels.zh(Column.HEADINGS, "courtCode"),
                Labels.zh(Column.HEADINGS, "filed")));
        for (ConclusionType type : ConclusionType.values()) {
            columns.add(Labels.zh(Column.HEADINGS, "concluded") + "：" + Labels.zh("ConclusionType", type.name()));
        }
        columns.add(Labels.zh(Column.HEADINGS, "recovered"));
        if (document == null) {
            return new Table("各法院收结案与执行到位", columns, List.of(), unavailableNote(missing));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (JsonNode court : document.path("courts")) {
            List<Cell> row = new ArrayList<>();
            row.add(Column.of("courtCode", COURT).cell(court, agencies));
            row.add(Column.of("filed", COUNT).cell(court, agencies));
            for (ConclusionType type : ConclusionType.values()) {
                JsonNode count = court.path("concluded").get(type.name());
                row.add(Column.cell(COUNT, null, count == null ? IntNode.valueOf(0) : count, agencies));
            }
            row.add(Column.of("recovered", AMOUNT).cell(court, agencies));
            rows.add(row);
        }
        return new Table("各法院收结案与执行到位", columns, rows, "本期无数据");
    }

    private Table table(String title, List<Column> columns, JsonNode document, String field, String missing) {
        if (document == null) {
            return new Table(title, headings(columns), List.of(), unavailableNote(missing));
        }
        return rows(title, columns, document.path(field), "本期无数据");
    }

    private Table rows(String title, List<Column> columns, JsonNode items, String empty) {
        List<List<Cell>> rows = new ArrayList<>();
        if (items != null) {
            for (JsonNode item : items) {
                rows.add(columns.stream().map(c -> c.cell(item, agencies)).toList());
            }
        }
        return new Table(title, headings(columns), rows, empty);
    }

    private static List<String> headings(List<Column> columns) {
        return columns.stream().map(Column::heading).toList();
    }

    private static String unavailableNote(String reason) {
        return UNAVAILABLE + (reason == null ? "" : "（" + reason + "）");
    }
}
