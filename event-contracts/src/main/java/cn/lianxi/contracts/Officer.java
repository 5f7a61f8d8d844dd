package cn.lianxi.contracts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.lianxi.contracts.constraints.CleanText;

/**
 * The officer (承办人) who orders a measure. Court staff acting through case-service's REST actions are named by
 * their token (its subject and name), so they cannot name someone else; a court's case system sending events by
 * HTTP batch or on Kafka states the officer of each measure itself.
 *
 * @param id   a stable identifier: the token's subject ({@code sub}), or the court system's own officer id
 * @param name the officer's name as people read it
 */
public record Officer(
        @NotBlank @Size(max = 100) @CleanText String id,
        @NotBlank @Size(max = 100) @CleanText String name) {
}
