package cn.lianxi.testsupport;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

import cn.lianxi.contracts.ProblemType;

/**
 * What every problem answer must be, at a service and at the gateway: problem+json whose {@code type} and
 * {@code title} are the catalogue's ({@link ProblemType}, never {@code about:blank} or a slug as title) and whose
 * {@code instance} is the request path. Use as {@code .then().spec(Problems.of(ProblemType.NOT_FOUND, 404))}.
 */
public final class Problems {

    private Problems() {
    }

    /** A problem of {@code type} with its usual status. */
    public static ResponseSpecification of(ProblemType type) {
        return of(type, type.status());
    }

    public static ResponseSpecification of(ProblemType type, int status) {
        return new ResponseSpecBuilder().expectStatusCode(status).expectContentType("application/problem+json")
                .expectBody("type", equalTo(type.uri().toString()))
                .expectBody("title", equalTo(type.title()))
                .expectBody("status", equalTo(status))
                .expectBody("instance", startsWith("/"))
                .expectBody("detail", not(equalTo(null)))
                .build();
    }

    /** A problem of {@code type} answered for the path {@code instance}. */
    public static ResponseSpecification of(ProblemType type, int status, String instance) {
        return new ResponseSpecBuilder().addResponseSpecification(of(type, status))
                .expectBody("instance", equalTo(instance)).build();
    }
}
