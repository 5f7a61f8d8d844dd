package cn.lianxi.liaison.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.liaison.service.CriminalWorkflow;

/** A step the police report: open the case (e.g. after supervision), investigate, transfer for prosecution. */
public record PoliceStepRequest(@NotNull CriminalWorkflow.PoliceAction action, @Size(max = 1000) String note) {
}
