package cn.lianxi.credit.config;

import java.util.Set;

import cn.lianxi.contracts.SanctionKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Which early liftings need a second officer's approval, and whose (制度铁笼, {@code lianxi.credit.supervision.*}): a
 * listing lifted before its term or before performance, a restriction lifted before performance. Both are on by
 * default, approved by another {@code credit-officer}; a court that wants a supervisor instead names that role (the
 * approver is a credit officer who also holds it). Turning one off is a deliberate, visible setting.
 */
@ConfigMapping(prefix = "lianxi.credit.supervision")
public interface SupervisionConfig {

    Policy listing();

    Policy restriction();

    /** Whether the early lifting needs approval, and the roles of which an approver must hold one. */
    interface Policy {
        @WithDefault("true")
        boolean required();

        @WithDefault("credit-officer")
        Set<String> approverRoles();
    }

    default Policy of(SanctionKind kind) {
        return switch (kind) {
            case DISHONEST_LISTING -> listing();
            case CONSUMPTION_RESTRICTION -> restriction();
        };
    }
}
