package cn.lianxi.liaison.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Keeps the exact bytes of a {@link SealedBody} endpoint's body before they are read into its typed body: the
 * agency's seal covers those bytes, not whatever JSON the typed body would be written back as. Quarkus REST has read
 * the whole body into memory before readers run on the event loop, so reading the stream here does not block.
 */
@Provider
@SealedBody
public class BodyCapture implements ReaderInterceptor {

    private final RequestBytes bytes;

    public BodyCapture(RequestBytes bytes) {
        this.bytes = bytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        bytes.keep(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
