package cn.lianxi.cases.rest;

import java.util.function.Function;

import jakarta.ws.rs.core.Response;

import cn.lianxi.cases.service.Page;

/** The answer of a list endpoint: the page's items as views, how many match in all in {@code X-Total-Count}. */
final class PageResponses {

    private PageResponses() {
    }

    static <T, V> Response of(Page<T> page, Function<T, V> view) {
        return Response.ok(page.items().stream().map(view).toList()).header("X-Total-Count", page.total()).build();
    }
}
