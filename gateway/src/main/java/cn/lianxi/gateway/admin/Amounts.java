package cn.lianxi.gateway.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.lianxi.contracts.Money;

/**
 * Amounts (金额) in the services' statistics: yuan (CNY) as {@link BigDecimal} with exactly two decimals (fen, 分),
 * read, summed and written without ever passing through a double ({@link Money}: an amount with a fraction of a fen
 * is not rounded away, it fails with {@link ArithmeticException}). The statistics documents are relayed as served,
 * so an amount is known by its name, by the same rule as the dashboard's ({@code dashboard/money.js}): a field whose
 * name starts with {@code amount}, every figure of {@code recovered} (today, this month, this year), and a figure
 * named {@code recovered} or {@code owed} itself (the period figures and the assessment: 执行到位, 申请执行标的).
 */
final class Amounts {

    private static final String AMOUNT_PREFIX = "amount";
    private static final String AMOUNT_GROUP = "recovered";
    /** Figures that are amounts by their own name (case-service's period figures and assessment). */
    private static final Set<String> AMOUNT_FIGURES = Set.of("recovered", "owed");
    /** case-service's figures per court and status, each with {@code amountOwed} and {@code amountRecovered}. */
    private static final String CASE_GROUPS = "byCourtAndStatus";

    private Amounts() {
    }

    /** The same document with every amount in it at two decimals (changed in place). */
    static JsonNode inFen(JsonNode document) {
        normalise(document, false);
        return document;
    }

    /** The sum of one amount over case-service's groups, e.g. all that is owed; null without its figures. */
    static BigDecimal caseTotal(JsonNode caseStats, String amountField) {
        if (caseStats == null) {
            return null;
        }
        BigDecimal total = Money.cny(BigDecimal.ZERO);
        for (JsonNode group : caseStats.path(CASE_GROUPS)) {
            JsonNode amount = group.get(amountField);
            if (amount != null && amount.isNumber()) {
                total = total.add(amount.decimalValue()); // already two decimals: see inFen
            }
        }
        return total;
    }

    /** Whether a field holds an amount by its name. */
    static boolean isAmount(String name) {
        return name.startsWith(AMOUNT_PREFIX) || AMOUNT_FIGURES.contains(name);
    }

    private static void normalise(JsonNode node, boolean everyFigureIsAnAmount) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (value.isNumber() && (everyFigureIsAnAmount || isAmount(name))) {
                    object.put(name, Money.cny(value.decimalValue()));
                } else {
                    normalise(value, AMOUNT_GROUP.equals(name));
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> normalise(element, false));
        }
    }
}
