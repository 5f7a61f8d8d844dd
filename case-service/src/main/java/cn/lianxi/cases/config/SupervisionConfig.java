package cn.lianxi.cases.config;

import java.util.Set;

import cn.lianxi.cases.SupervisedAction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Which sensitive actions need a second officer's approval, and whose (制度铁笼, {@code lianxi.supervision.*}).
 * Every one is on by default, approved by another {@code judge} of the case's court: a court that wants a division
 * head (执行局长) instead names that role; turning one off is a deliberate, visible setting.
 */
@ConfigMapping(prefix = "lianxi.supervision")
public interface SupervisionConfig {

    Actions actions();

    /** One policy per {@link SupervisedAction}, under its key. */
    interface Actions {
        Policy terminationOfThisRound();

        Policy unfreezeBeforePerformance();

        Policy measureCancellation();
    }

    /** Whether the action needs approval, and the roles of which an approver must hold one. */
    interface Policy {
        @WithDefault("true")
        boolean required();

        @WithDefault("judge")
        Set<String> approverRoles();
    }

    default Policy of(SupervisedAction action) {
        return switch (action) {
            case TERMINATION_OF_THIS_ROUND -> actions().terminationOfThisRound();
            case UNFREEZE_BEFORE_PERFORMANCE -> actions().unfreezeBeforePerformance();
            case MEASURE_CANCELLATION -> actions().measureCancellation();
        };
    }
}
