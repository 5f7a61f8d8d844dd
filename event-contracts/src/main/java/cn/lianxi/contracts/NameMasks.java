package cn.lianxi.contracts;

/**
 * Public masking of a party's name, the companion of {@link IdentityNumbers#mask} for identifiers: what someone who
 * is not the party (another party of the case reading its progress, 执行公开) sees of the name. A person keeps the
 * surname's first character ({@code 张三} → {@code 张*}), as court documents published online keep only the surname
 * (法释〔2016〕19号 art. 8); a company keeps enough to recognise it without spelling it out, its first two
 * characters and its last four, usually the legal form ({@code 苏州恒通贸易有限公司} → {@code 苏州****有限公司}).
 * Characters are counted as code points, so a name with characters beyond the BMP is never cut in half.
 */
public final class NameMasks {

    private static final int COMPANY_HEAD = 2;
    private static final int COMPANY_TAIL = 4;

    private NameMasks() {
    }

    /** The name as others may see it; a blank name stays as it is. */
    public static String mask(PartyType type, String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int[] chars = name.strip().codePoints().toArray();
        if (type == PartyType.PERSON || chars.length < 4) {
            return keep(chars, 1, 0);
        }
        return chars.length > COMPANY_HEAD + COMPANY_TAIL ? keep(chars, COMPANY_HEAD, COMPANY_TAIL)
                : keep(chars, 1, 2);
    }

    /** The first {@code head} and last {@code tail} characters, a star for each between (at least one). */
    private static String keep(int[] chars, int head, int tail) {
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < head; i++) {
            masked.appendCodePoint(chars[i]);
        }
        masked.append("*".repeat(Math.max(1, chars.length - head - tail)));
        for (int i = chars.length - tail; i < chars.length; i++) {
            masked.appendCodePoint(chars[i]);
        }
        return masked.toString();
    }
}
