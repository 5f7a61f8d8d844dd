package cn.lianxi.gateway.bulletin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.contracts.Labels;
import cn.lianxi.contracts.Money;
import cn.lianxi.gateway.bulletin.Report.Cell;
import cn.lianxi.gateway.bulletin.Report.Kind;

/**
 * One column of a 通报 table (栏目): the field it shows, its heading from the catalogue's {@code Figure} vocabulary,
 * and how its value is named or formatted. Codes are never shown: a court by its name, an agency by its registered
 * name, an enum by its label in {@code vocabulary}.
 */
record Column(String field, Format format, String vocabulary) {

    /** The catalogue's vocabulary of figure headings (labels.properties {@code Figure.*}). */
    static final String HEADINGS = "Figure";

    enum Format {
        TEXT, COUNT, AMOUNT, RATE, DECIMAL, COURT, AGENCY, LABEL
    }

    static Column of(String field, Format format) {
        return new Column(field, format, null);
    }

    static Column label(String field, String vocabulary) {
        return new Column(field, Format.LABEL, vocabulary);
    }

    String heading() {
        return Labels.zh(HEADINGS, field);
    }

    Cell cell(JsonNode row, Map<String, String> agencyNames) {
        return cell(format, vocabulary, row.get(field), agencyNames);
    }

    static Cell cell(Format format, String vocabulary, JsonNode value, Map<String, String> agencyNames) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Cell.text("—");
        }
        switch (format) {
            case COUNT:
                return new Cell(grouped("#,##0", value.decimalValue()), value.decimalValue(), Kind.COUNT);
            case AMOUNT:
                return new Cell(Money.format(value.decimalValue()), Money.cny(value.decimalValue()), Kind.AMOUNT);
            case RATE:
                return new Cell(grouped("0.00", value.decimalValue().movePointRight(2)) + "%", value.decimalValue(),
                        Kind.RATE);
            case DECIMAL:
                BigDecimal decimal = value.decimalValue().setScale(1, RoundingMode.HALF_UP);
                return new Cell(grouped("#,##0.0", decimal), decimal, Kind.DECIMAL);
            case COURT:
                return Cell.text(Labels.courtName(value.asText()));
            case AGENCY:
                return Cell.text(agencyNames.getOrDefault(value.asText(), value.asText()));
            case LABEL:
                return Cell.text(Labels.zh(vocabulary, value.asText()));
            default:
                return Cell.text(value.asText());
        }
    }

    private static String grouped(String pattern, BigDecimal value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
