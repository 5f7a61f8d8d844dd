package cn.lianxi.credit.service;

import java.time.LocalDate;

import cn.lianxi.credit.CorrectionRequest;

/** A listed party's correction request (纠正申请, 法释〔2017〕7号 art. 11), recorded by a credit officer. */
public record CorrectionApplication(CorrectionRequest.Kind kind, String statement, LocalDate receivedOn) {
}
