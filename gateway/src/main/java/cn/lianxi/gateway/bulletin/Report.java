package cn.lianxi.gateway.bulletin;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 通报 laid out once for every printed form (版式): the printable page, the PDF and the workbook render the same
 * header, parts and commendations, every value already named (labels, court and agency names) and formatted.
 */
record Report(String title, List<Line> header, List<Part> parts, Table commendations) {

    /** One header line, e.g. 文号: 联席办〔2026〕1号. */
    record Line(String label, String value) {
    }

    /** One part: a sheet of the workbook, a chapter of the page ({@code name} is the sheet's, e.g. 案件). */
    record Part(String name, String heading, List<Table> tables) {
    }

    /** A table; {@code note} (e.g. why it is unavailable) is shown instead of the rows when there are none. */
    record Table(String title, List<String> columns, List<List<Cell>> rows, String note) {
    }

    /**
     * One value: {@code text} as people read it; {@code number} its value when it is a figure (the workbook keeps it
     * as a number), with {@code kind} saying how to show it.
     */
    record Cell(String text, BigDecimal number, Kind kind) {

        static Cell text(String text) {
            return new Cell(text, null, Kind.TEXT);
        }
    }

    /** How a value is shown: text, a count, an amount (two decimals), a rate (0..1, as a percentage), a decimal. */
    enum Kind {
        TEXT, COUNT, AMOUNT, RATE, DECIMAL
    }
}
