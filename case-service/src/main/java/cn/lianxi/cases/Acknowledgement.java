package cn.lianxi.cases;

/**
 * The party's word on the court's answer to its petition (信访人评价: how the petitioner judges the handling of the
 * matter). It tells a petition resolved in substance (实质化解) from one merely answered:
 * an answer the party is dissatisfied with leaves the matter open, and the next petition on the case is its repeat.
 */
public enum Acknowledgement {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    DISSATISFIED("不满意");

    private final String label;

    Acknowledgement(String label) {
        this.label = label;
    }

    /** The name people read, in timeline summaries. */
    public String label() {
        return label;
    }

    /** Satisfied or basically satisfied: the matter counts as resolved (the figures' 满意, 基本满意 included). */
    public boolean settles() {
        return this != DISSATISFIED;
    }
}
