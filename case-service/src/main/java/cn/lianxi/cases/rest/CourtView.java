package cn.lianxi.cases.rest;

import cn.lianxi.cases.Court;
import cn.lianxi.contracts.CourtLevel;

/** A court of the table (法院): code, name, level, the superior court's code (null at the top). */
public record CourtView(String code, String name, CourtLevel level, String parentCode) {

    static CourtView of(Court c) {
        return new CourtView(c.code, c.name, c.level, c.parentCode);
    }
}
