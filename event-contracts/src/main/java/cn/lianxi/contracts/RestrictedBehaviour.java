package cn.lianxi.contracts;

/**
 * Behaviours a consumption restriction order (限制消费令) bars: the one spelling for courts, case events, credit
 * records and the joint-sanction exchange. Source: 最高人民法院关于限制被执行人高消费及有关消费的若干规定
 * (法释〔2015〕17号) art. 3.
 */
public enum RestrictedBehaviour {
    /** 乘坐交通工具时，选择飞机 (art. 3(1)). */
    FLIGHTS,
    /** 列车软卧、轮船二等以上舱位 (art. 3(1)). */
    SOFT_SLEEPER_AND_UPPER_SHIP_CABINS,
    /** G字头动车组列车全部座位、其他动车组列车一等以上座位 (art. 3(1)). */
    HIGH_SPEED_RAIL_PREMIUM_SEATS,
    /** 在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费 (art. 3(2)). */
    STAR_HOTELS_AND_HIGH_END_VENUES,
    /** 购买不动产或者新建、扩建、高档装修房屋 (art. 3(3)). */
    REAL_ESTATE,
    /** 租赁高档写字楼、宾馆、公寓等场所办公 (art. 3(4)). */
    HIGH_END_OFFICE_RENTAL,
    /** 购买非经营必需车辆 (art. 3(5)). */
    VEHICLES,
    /** 旅游、度假 (art. 3(6)). */
    TRAVEL_AND_HOLIDAYS,
    /** 子女就读高收费私立学校 (art. 3(7)). */
    HIGH_FEE_PRIVATE_SCHOOLS,
    /** 支付高额保费购买保险理财产品 (art. 3(8)). */
    HIGH_PREMIUM_INSURANCE,
    /** 其他非生活和工作必需的消费行为 (art. 3(9)). */
    OTHER_NON_ESSENTIAL_CONSUMPTION
}
