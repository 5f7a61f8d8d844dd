package cn.lianxi.credit.service;

import java.time.LocalDate;

/**
 * A listed party's application for reconsideration (复议申请) of a rejected correction request, recorded by a credit
 * officer from the written application.
 *
 * @param rejectionServedOn when the rejection was served on the party (送达); null means the day it was decided
 */
public record ReconsiderationApplication(String statement, LocalDate receivedOn, LocalDate rejectionServedOn) {
}
