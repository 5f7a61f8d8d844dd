package cn.lianxi.cases.service;

import java.util.List;
import java.util.function.Supplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** One page of a list (cases, petitions, requests for approval) and how many match in all. */
public record Page<T>(List<T> items, long total) {

    /** Reads the page's items, then the count of the same criteria, in one session. */
    public static <T> Uni<Page<T>> read(Supplier<Uni<List<T>>> items, Supplier<Uni<Long>> total) {
        return Panache.withSession(() -> items.get().chain(list -> total.get().map(n -> new Page<>(list, n))));
    }
}
