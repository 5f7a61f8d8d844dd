package cn.lianxi.kit.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Every {@code @WithTransaction} method of every service runs {@link Detached}: this interceptor stands outside
 * Panache's own (priority 200), so a cancelled request no longer reaches into its transaction.
 */
@WithTransaction
@Interceptor
@Priority(100)
public class DetachedTransactions {

    @AroundInvoke
    Object detach(InvocationContext context) throws Exception {
        Object result = context.proceed();
        return result instanceof Uni<?> uni ? Detached.of(uni) : result;
    }
}
