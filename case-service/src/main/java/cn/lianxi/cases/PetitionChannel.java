package cn.lianxi.cases;

/**
 * How a petition (涉执信访) reached the court: a letter, a visit, the online petition channel, or the courts' own
 * 12368 litigation service hotline. Recorded because the figures and the answer differ by channel
 * (a visit is answered in person, a letter in writing).
 */
public enum PetitionChannel {
    LETTER("来信"),
    VISIT("来访"),
    ONLINE("网上信访"),
    HOTLINE_12368("12368 热线");

    private final String label;

    PetitionChannel(String label) {
        this.label = label;
    }

    /** The name people read, in timeline summaries. */
    public String label() {
        return label;
    }
}
