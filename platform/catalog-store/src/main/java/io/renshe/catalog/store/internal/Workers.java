package io.renshe.catalog.store.internal;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The store's own threads: one named daemon thread each, stopped with the component that started it. */
final class Workers {

    private Workers() {
    }

    /** One daemon thread; tasks scheduled for later are dropped when it is stopped. */
    static ScheduledThreadPoolExecutor start(String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** Lets the running task finish (up to {@code seconds}), then interrupts it; the thread is gone on return. */
    static void stop(ScheduledThreadPoolExecutor executor, long seconds) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(seconds, TimeUnit.SECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(seconds, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
