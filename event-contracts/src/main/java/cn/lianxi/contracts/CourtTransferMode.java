package cn.lianxi.contracts;

/**
 * How an intermediate court moves an enforcement case to another court of its area (执行指挥, 三统一: 统一管理、统一指挥、
 * 统一协调; 民事诉讼法 (2017 text) art. 226: the court a level up
 * may enforce a case itself or order another court to).
 */
public enum CourtTransferMode {
    /** 交叉执行: to another basic court of the city than the case's. */
    CROSS,
    /** 提级执行: up to the intermediate court itself. */
    ELEVATED
}
