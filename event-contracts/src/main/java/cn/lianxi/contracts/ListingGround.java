package cn.lianxi.contracts;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The six statutory grounds for listing a respondent as a dishonest debtor (失信被执行人), in the platform's
 * numbering, which travels as a number (1 to 6) in requests and events. Source: 最高人民法院关于公布失信被执行人名单信息的若干规定 (法释〔2017〕7号) art. 1; the
 * statute's own item number is kept for citation.
 */
public enum ListingGround {
    /** 以伪造证据、暴力、威胁等方法妨碍、抗拒执行 (art. 1(2)) */
    OBSTRUCTION_BY_FORGERY_VIOLENCE_OR_THREATS(1, 2, "以伪造证据、暴力、威胁等方法妨碍、抗拒执行"),
    /** 以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行 (art. 1(3)) */
    EVASION_BY_FALSE_LITIGATION_OR_HIDING_PROPERTY(2, 3, "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行"),
    /** 违反财产报告制度 (art. 1(4)) */
    BREACH_OF_PROPERTY_REPORTING(3, 4, "违反财产报告制度"),
    /** 违反限制消费令 (art. 1(5)) */
    BREACH_OF_CONSUMPTION_RESTRICTION(4, 5, "违反限制消费令"),
    /** 无正当理由拒不履行执行和解协议 (art. 1(6)) */
    REFUSAL_OF_SETTLEMENT_AGREEMENT(5, 6, "无正当理由拒不履行执行和解协议"),
    /** 有履行能力而拒不履行生效法律文书确定义务 (art. 1(1)) */
    REFUSAL_WHILE_ABLE_TO_PERFORM(6, 1, "有履行能力而拒不履行生效法律文书确定义务");

    public final int number;
    public final int statuteItem;
    public final String text;

    ListingGround(int number, int statuteItem, String text) {
        this.number = number;
        this.statuteItem = statuteItem;
        this.text = text;
    }

    /** The ground's number as it travels in JSON. */
    @JsonValue
    public int number() {
        return number;
    }

    /** Reads a ground from its number; an unknown number is refused (the JSON field is then named as wrong). */
    @JsonCreator
    public static ListingGround ofNumber(int number) {
        return of(number).orElseThrow(() -> new IllegalArgumentException("the ground is 1 to 6 (法释〔2017〕7号 art. 1)"));
    }

    public static Optional<ListingGround> of(Integer number) {
        return Arrays.stream(values()).filter(g -> number != null && g.number == number).findFirst();
    }

    /** Violence or threats allow the listing period to be extended (art. 2). */
    public boolean allowsExtension() {
        return this == OBSTRUCTION_BY_FORGERY_VIOLENCE_OR_THREATS;
    }
}
