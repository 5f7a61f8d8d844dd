package cn.lianxi.contracts;

/**
 * A rule of a contract that needs more than one field or the date to check, broken: which field and why (the
 * service answers it as a 400 problem naming the field, or dead-letters the record with it).
 */
public record FieldError(String field, String detail) {
}
