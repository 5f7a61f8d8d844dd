package cn.lianxi.liaison;

import cn.lianxi.liaison.service.DeadlineService;
import io.quarkus.vertx.VertxContextSupport;

/** Runs the deadline sweep now, on a Vert.x context as the scheduler would. */
public final class Sweeps {

    private Sweeps() {
    }

    public static DeadlineService.Sweep run(DeadlineService deadlines) {
        try {
            return VertxContextSupport.subscribeAndAwait(deadlines::sweep);
        } catch (Throwable e) {
            throw new IllegalStateException("sweep failed", e);
        }
    }
}
