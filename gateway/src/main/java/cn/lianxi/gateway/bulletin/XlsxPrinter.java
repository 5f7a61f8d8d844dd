package cn.lianxi.gateway.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.lianxi.gateway.bulletin.Report.Cell;
import cn.lianxi.gateway.bulletin.Report.Kind;
import cn.lianxi.gateway.bulletin.Report.Line;
import cn.lianxi.gateway.bulletin.Report.Part;
import cn.lianxi.gateway.bulletin.Report.Table;

/**
 * The 通报 as an Excel workbook (Apache POI, XSSF): a sheet 通报 (header and commendations), then one sheet per part
 * (成员单位, 案件, 查控, 拒执, 信用惩戒, 考核指标). Counts, rates (as percentages) and averages are numeric cells, so
 * they can be summed and charted; amounts (金额) are their exact text ({@code 99,999,999,999,999.99}): a numeric cell
 * is a double, which cannot hold every amount to the fen.
 */
final class XlsxPrinter {

    static final String FIRST_SHEET = "通报";

    private XlsxPrinter() {
    }

    static byte[] print(Report report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet first = workbook.createSheet(FIRST_SHEET);
            int r = 0;
            text(first.createRow(r++), 0, report.title(), styles.bold);
            for (Line line : report.header()) {
                Row row = first.createRow(r++);
                text(row, 0, line.label(), styles.bold);
                text(row, 1, line.value(), null);
            }
            r++;
            table(first, r, report.commendations(), styles);
            for (Part part : report.parts()) {
                Sheet sheet = workbook.createSheet(part.name());
                text(sheet.createRow(0), 0, part.heading(), styles.bold);
                int at = 2;
                for (Table table : part.tables()) {
                    at = table(sheet, at, table, styles) + 1;
                }
                sheet.setColumnWidth(0, 30 * 256);
            }
            first.setColumnWidth(0, 16 * 256);
            first.setColumnWidth(1, 40 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the table from row {@code at}; returns the next free row. */
    private static int table(Sheet sheet, int at, Table table, Styles styles) {
        int r = at;
        text(sheet.createRow(r++), 0, table.title(), styles.bold);
        if (table.rows().isEmpty()) {
            text(sheet.createRow(r++), 0, table.note(), null);
            return r;
        }
        Row heading = sheet.createRow(r++);
        List<String> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            text(heading, c, columns.get(c), styles.bold);
        }
        for (List<Cell> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (cell.number() == null || cell.kind() == Kind.AMOUNT) {
                    text(row, c, cell.text(), cell.kind() == Kind.AMOUNT ? styles.amount : null);
                } else {
                    org.apache.poi.ss.usermodel.Cell out = row.createCell(c);
                    out.setCellValue(cell.number().doubleValue()); // a count or a rate: exact enough as a double
                    out.setCellStyle(styles.of.get(cell.kind()));
                }
            }
        }
        return r;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle amount;
        final Map<Kind, CellStyle> of = new EnumMap<>(Kind.class);

        Styles(XSSFWorkbook workbook) {
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            amount = workbook.createCellStyle();
            amount.setAlignment(HorizontalAlignment.RIGHT);
            of.put(Kind.COUNT, numeric(workbook, "#,##0"));
            of.put(Kind.RATE, numeric(workbook, "0.00%"));
            of.put(Kind.DECIMAL, numeric(workbook, "#,##0.0"));
        }

        private static CellStyle numeric(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
