package cn.lianxi.cases;

/**
 * What a party complains of in a petition (涉执信访) about its enforcement case, in the categories the courts count
 * enforcement petitions by: the court does too little, does something unlawful, or treats the parties unequally.
 */
public enum ComplaintCategory {
    /** Delay, inaction: no measure taken, money not paid out. */
    PASSIVE_ENFORCEMENT("消极执行"),
    /** An unlawful act: a measure beyond the debt, on the wrong person or property. */
    UNLAWFUL_ENFORCEMENT("违法执行"),
    /** Unfair treatment of one party. */
    UNFAIR_ENFORCEMENT("执行不公"),
    OTHER("其他");

    private final String label;

    ComplaintCategory(String label) {
        this.label = label;
    }

    /** The name people read, in timeline summaries. */
    public String label() {
        return label;
    }
}
