package cn.lianxi.contracts;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The six statutory grounds for listing a respondent as a dishonest debtor (失信被执行人), numbered as the statute
 * numbers them: 最高人民法院关于公布失信被执行人名单信息的若干规定 (法释〔2017〕7号) art. 1 items (1) to (6). The number
 * travels in JSON (requests, events, answers), so {@code "ground": 1} is art. 1(1) everywhere.
 */
public enum ListingGround {
    /** (一) 有履行能力而拒不履行生效法律文书确定义务: no fixed term (art. 2 fixes one only for items (2)–(6)). */
    REFUSAL_WHILE_ABLE_TO_PERFORM(1, "有履行能力而拒不履行生效法律文书确定义务"),
    /** (二) 以伪造证据、暴力、威胁等方法妨碍、抗拒执行 */
    OBSTRUCTION_BY_FORGERY_VIOLENCE_OR_THREATS(2, "以伪造证据、暴力、威胁等方法妨碍、抗拒执行"),
    /** (三) 以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行 */
    EVASION_BY_FALSE_LITIGATION_OR_HIDING_PROPERTY(3, "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行"),
    /** (四) 违反财产报告制度 */
    BREACH_OF_PROPERTY_REPORTING(4, "违反财产报告制度"),
    /** (五) 违反限制消费令 */
    BREACH_OF_CONSUMPTION_RESTRICTION(5, "违反限制消费令"),
    /** (六) 无正当理由拒不履行执行和解协议 */
    REFUSAL_OF_SETTLEMENT_AGREEMENT(6, "无正当理由拒不履行执行和解协议");

    /** The item of art. 1, which is also the number in JSON. */
    public final int number;
    /** The statute's words. */
    public final String text;

    ListingGround(int number, String text) {
        this.number = number;
        this.text = text;
    }

    /** The ground's number (its art. 1 item) as it travels in JSON. */
    @JsonValue
    public int number() {
        return number;
    }

    /** Reads a ground from its number; an unknown number is refused (the JSON field is then named as wrong). */
    @JsonCreator
    public static ListingGround ofNumber(int number) {
        return of(number).orElseThrow(() -> new IllegalArgumentException(
                "the ground is the item of 法释〔2017〕7号 art. 1, 1 to 6"));
    }

    public static Optional<ListingGround> of(Integer number) {
        return Arrays.stream(values()).filter(g -> number != null && g.number == number).findFirst();
    }

    /**
     * Art. 2 para. 1: a listing on items (2)–(6) lasts two years (extendable); item (1) has no fixed term and lasts
     * until the duty is performed (its deletion follows art. 10 para. 1).
     */
    public boolean hasFixedTerm() {
        return this != REFUSAL_WHILE_ABLE_TO_PERFORM;
    }

    /**
     * Art. 2 para. 1: obstruction "by violence or threats, in serious circumstances" (以暴力、威胁方法妨碍、抗拒执行情节严重)
     * is one of the two reasons to extend the term; only item (2) covers violence or threats.
     */
    public boolean coversViolenceOrThreats() {
        return this == OBSTRUCTION_BY_FORGERY_VIOLENCE_OR_THREATS;
    }
}
