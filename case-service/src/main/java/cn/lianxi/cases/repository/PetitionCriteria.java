package cn.lianxi.cases.repository;

import cn.lianxi.cases.PetitionStatus;

/**
 * A petition queue's filter: the court (always the caller's for court staff), the status and whether overdue
 * ({@code null}: either); one page, the most urgent (earliest deadline) first.
 */
public record PetitionCriteria(String courtCode, PetitionStatus status, Boolean overdue, int page, int size) {
}
