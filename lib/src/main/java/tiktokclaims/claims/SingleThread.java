package tiktokclaims.claims;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Runs a Smile fit inside a private fork-join pool of one worker. Smile's trees draw random numbers from a
 * per-thread generator ({@code MathEx}) inside parallel streams; in the common pool those tasks land on worker
 * threads whose generators were never seeded, so a forest would differ from run to run. With one worker, every
 * parallel-stream task runs on the thread whose generator was seeded, in a fixed order.
 */
final class SingleThread {

    private SingleThread() {
    }

    static <T> T run(Callable<T> task) {
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            return pool.submit(ForkJoinTask.adapt(task)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fitting", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
