package cn.lianxi.contracts;

/** The level of a people's court (法院层级) in the hierarchy the platform knows (人民法院组织法 arts. 13-17). */
public enum CourtLevel {
    /** 高级人民法院: a province's high court. */
    HIGH,
    /** 中级人民法院: a city's intermediate court, leading the basic courts of the city's districts (三统一). */
    INTERMEDIATE,
    /** 基层人民法院: a district's or county's basic court. */
    BASIC
}
