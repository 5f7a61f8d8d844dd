package cn.lianxi.cases.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.Court;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads the court table (法院). */
@ApplicationScoped
public class CourtRepository implements PanacheRepositoryBase<Court, String> {

    /** Every court, by code. */
    public Uni<List<Court>> all() {
        return listAll(Sort.by("code"));
    }

    /** The courts whose superior is {@code code}, by code. */
    public Uni<List<Court>> subordinates(String code) {
        return find("parentCode", Sort.by("code"), code).list();
    }
}
