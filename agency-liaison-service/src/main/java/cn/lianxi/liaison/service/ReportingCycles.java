package cn.lianxi.liaison.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.liaison.KeyTask;
import cn.lianxi.liaison.config.CycleLength;
import cn.lianxi.liaison.config.JointMeetingConfig;

/** A key task's reporting cycles (报送周期), counted from its creation with the configured length of its cycle. */
@ApplicationScoped
public class ReportingCycles {

    private final JointMeetingConfig config;

    public ReportingCycles(JointMeetingConfig config) {
        this.config = config;
    }

    /** The cycle (from 1) {@code at} falls in. */
    public int cycleAt(KeyTask task, Instant at) {
        return Math.toIntExact(length(task).cycleAt(task.createdAt, at));
    }

    public Instant start(KeyTask task, int cycle) {
        return length(task).start(task.createdAt, cycle);
    }

    public Instant end(KeyTask task, int cycle) {
        return length(task).end(task.createdAt, cycle);
    }

    private CycleLength length(KeyTask task) {
        return config.lengthOf(task.cycle);
    }
}
