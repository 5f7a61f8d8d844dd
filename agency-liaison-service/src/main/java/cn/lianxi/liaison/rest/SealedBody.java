package cn.lianxi.liaison.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks an endpoint whose body an agency seals ({@code Lianxi-Seal}): its exact bytes are kept ({@link BodyCapture})
 * for the seal check, beside the typed, validated body the method receives.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SealedBody {
}
