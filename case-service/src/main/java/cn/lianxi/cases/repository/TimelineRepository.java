package cn.lianxi.cases.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.TimelineEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads a case's timeline for the rules that depend on what happened before (终本 prerequisites, freezes). */
@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {

    /** The case's entries of the given kinds, oldest first. */
    public Uni<List<TimelineEntry>> ofKinds(UUID caseId, Collection<String> kinds) {
        return find("caseId = ?1 and kind in ?2", Sort.by("at").and("seq"), caseId, kinds).list();
    }
}
