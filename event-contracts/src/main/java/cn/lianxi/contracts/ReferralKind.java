package cn.lianxi.contracts;

import java.util.Arrays;
import java.util.Locale;

/** What a referral asks of an agency, and which kind of agency it goes to. */
public enum ReferralKind {
    /** 查询: which accounts does the respondent hold, with balances. */
    BANK_INQUIRY(AgencyKind.BANK),
    /** 冻结: freeze an account up to an amount (at most one year, renewable). */
    FREEZE(AgencyKind.BANK),
    /** 续冻: extend an answered freeze by a new term before it lapses. */
    FREEZE_RENEWAL(AgencyKind.BANK),
    /** 解冻. */
    UNFREEZE(AgencyKind.BANK),
    /** 扣划: transfer an amount to the court's account. */
    DEDUCTION(AgencyKind.BANK),
    /** 查找被执行人: locate a person. */
    LOCATE_PERSON(AgencyKind.POLICE),
    /** 查控车辆: locate a vehicle. */
    LOCATE_VEHICLE(AgencyKind.POLICE),
    /** 拒执罪线索移送: a lead of refusal to obey a judgment (Criminal Law art. 313). */
    CRIMINAL_REFERRAL(AgencyKind.POLICE),
    /** 立案监督: the procuratorate supervises the police's refusal or delay to open a case. */
    FILING_SUPERVISION(AgencyKind.PROCURATORATE),
    /** 审查起诉: the procuratorate decides on prosecution. */
    PROSECUTION_REVIEW(AgencyKind.PROCURATORATE),
    /** 不动产查询. */
    PROPERTY_INQUIRY(AgencyKind.REAL_ESTATE),
    /**
     * 限制出境: the police register an exit restriction on the respondent with the border authority (民事诉讼法 2023
     * art. 266; 民诉法解释 art. 516 para. 1 (2022 numbering): on the applicant's request or of the court's own motion).
     */
    EXIT_BAN(AgencyKind.POLICE),
    /** 解除限制出境: the restriction is lifted once the debt is performed or by the court's order (民诉法解释 art. 517). */
    EXIT_BAN_LIFTING(AgencyKind.POLICE),
    /**
     * 网络司法拍卖: a seized asset handed to an auction platform with its reserve price (起拍价) in the payload's
     * {@code amount} and its description in {@code note} (法释〔2016〕18号).
     */
    JUDICIAL_AUCTION(AgencyKind.AUCTION_PLATFORM),
    /** Anything else a member unit is asked to do. */
    OTHER(null);

    private final AgencyKind agencyKind;

    ReferralKind(AgencyKind agencyKind) {
        this.agencyKind = agencyKind;
    }

    /** The kind of agency that handles it; null means any. */
    public AgencyKind agencyKind() {
        return agencyKind;
    }

    public boolean acceptedBy(AgencyKind kind) {
        return agencyKind == null || agencyKind == kind;
    }

    /** e.g. {@code bank-inquiry}: used in topic names, CloudEvents types and configuration keys. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReferralKind ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown referral kind " + slug));
    }
}
