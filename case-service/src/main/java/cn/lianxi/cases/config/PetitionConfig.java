package cn.lianxi.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The answer term of a petition about an enforcement case (涉执信访, {@code lianxi.petitions.*}). The defaults are
 * 《信访工作条例》(2022) art. 32: a petition is handled within 60 days of its acceptance (自受理之日起60日内办结); a
 * complex one may be extended, with approval, by at most 30 days, the petitioner told why.
 */
@ConfigMapping(prefix = "lianxi.petitions")
public interface PetitionConfig {

    /** Art. 32: the term from receipt to the answer. */
    @WithDefault("P60D")
    Term term();

    /** Art. 32: the one extension, with its reason. */
    @WithDefault("P30D")
    Term extension();
}
