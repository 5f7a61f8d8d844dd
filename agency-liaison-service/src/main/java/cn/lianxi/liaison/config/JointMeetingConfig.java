package cn.lianxi.liaison.config;

import cn.lianxi.contracts.ReportingCycle;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The joint meeting's reporting cycles (报送周期) and their sweep ({@code lianxi.joint-meeting.*}). */
@ConfigMapping(prefix = "lianxi.joint-meeting")
public interface JointMeetingConfig {

    Cycles cycle();

    /**
     * How often the sweep marks ended cycles without a report ({@code 1m}; {@code off} in tests, which call it);
     * read by the scheduler as {@code ${lianxi.joint-meeting.sweep-every}}.
     */
    @WithDefault("1m")
    String sweepEvery();

    /** Cycle lengths per {@link ReportingCycle}: ISO periods or durations. */
    interface Cycles {
        @WithDefault("P1M")
        CycleLength monthly();

        @WithDefault("P3M")
        CycleLength quarterly();

        @WithDefault("P6M")
        CycleLength halfYearly();
    }

    default CycleLength lengthOf(ReportingCycle cycle) {
        return switch (cycle) {
            case MONTHLY -> cycle().monthly();
            case QUARTERLY -> cycle().quarterly();
            case HALF_YEARLY -> cycle().halfYearly();
        };
    }
}
