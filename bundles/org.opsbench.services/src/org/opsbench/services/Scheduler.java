package org.opsbench.services;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.opsbench.core.contributions.ContributionReader;
import org.opsbench.persistence.Database;
import org.opsbench.services.internal.TaskRuns;

/**
 * Runs the periodic tasks of every installed module on one database, off any UI: the workbench starts
 * it after login, the headless service runner at its start, and both stop it before the database
 * closes. Each task runs on its own schedule, one run at a time, the next one an interval after the
 * last ended; every run is recorded with its duration and outcome, per task and machine
 * ({@link #health}), and passed to the listeners (a workbench refreshes its views).
 */
public final class Scheduler implements AutoCloseable {

    public static final String EXTENSION_POINT = "org.opsbench.services.periodicTasks";

    /** An installed task with its id and name. */
    public record Task(String id, String name, PeriodicTask task) {
    }

    /** One finished run. */
    public record Run(String taskId, String machine, Instant startedAt, Duration duration, PeriodicTask.Outcome outcome, String failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    /** The tasks the installed plug-ins contribute (a class that cannot be created is logged and left out). */
    private static final ContributionReader<Task> INSTALLED = ContributionReader.of(EXTENSION_POINT,
            element -> new Task(element.getAttribute("id"), ContributionReader.name(element),
                    (PeriodicTask) element.createExecutableExtension("class")));

    private final Database database;
    private final String machine;
    private final Clock clock;
    private final List<Task> tasks;
    private final List<Consumer<Run>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Run> lastRuns = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;
    /** The executor being stopped, until it has finished its last run. */
    private ScheduledExecutorService stopping;

    /** A scheduler of the given tasks (tests, or a runner that chooses). */
    public Scheduler(Database database, String machine, Clock clock, List<Task> tasks) {
        this.database = database;
        this.machine = machine;
        this.clock = clock;
        this.tasks = List.copyOf(tasks);
    }

    /** A scheduler of every installed task. */
    public static Scheduler ofInstalledTasks(Database database, String machine) {
        return new Scheduler(database, machine, Clock.systemUTC(), installed());
    }

    /** @return the tasks installed plug-ins contribute, in order */
    public static List<Task> installed() {
        return INSTALLED.installed().stream().map(ContributionReader.Contribution::value).toList();
    }

    public List<Task> tasks() {
        return tasks;
    }

    /** Tells {@code listener} of every finished run, on the scheduler's thread. */
    public void addListener(Consumer<Run> listener) {
        listeners.add(listener);
    }

    /** Stops telling {@code listener} (a view that closes). */
    public void removeListener(Consumer<Run> listener) {
        listeners.remove(listener);
    }

    /** Starts every task now; each then repeats an interval after its last run ended. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        // Two threads: a long run (the first indexing of a large database) must not hold up the SLA clocks.
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(Math.max(1, Math.min(tasks.size(), 2)), runnable -> {
            Thread thread = new Thread(runnable, "OpsBench scheduler");
            thread.setDaemon(true);
            return thread;
        });
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // stopping drops the waiting runs
        executor = pool;
        for (Task task : tasks) {
            executor.schedule(() -> runAndReschedule(task), 0, TimeUnit.MILLISECONDS);
        }
    }

    private void runAndReschedule(Task task) {
        runOnce(task);
        synchronized (this) {
            if (executor != null && !executor.isShutdown()) {
                executor.schedule(() -> runAndReschedule(task), task.task().interval().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * Runs one task now on the calling thread and records the run (the scheduler's threads do this
     * on schedule; a test or a command may too).
     */
    public Run runOnce(Task task) {
        Instant started = clock.instant();
        long begin = System.nanoTime();
        PeriodicTask.Outcome outcome = PeriodicTask.Outcome.NOTHING;
        String failure = null;
        try {
            outcome = task.task().run(new PeriodicTask.Context(database, machine, started));
            if (outcome == null) {
                outcome = PeriodicTask.Outcome.NOTHING;
            }
        } catch (Exception | LinkageError e) {
            failure = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            System.getLogger(Scheduler.class.getName()).log(System.Logger.Level.WARNING, task.name() + ": " + failure, e);
        }
        Run run = new Run(task.id(), machine, started, Duration.ofNanos(System.nanoTime() - begin), outcome, failure);
        lastRuns.put(task.id(), run);
        try {
            TaskRuns.record(database, run, started.plus(task.task().interval()).plus(run.duration()));
        } catch (RuntimeException e) {
            // the record is for people looking at service health; the task itself ran
            System.getLogger(Scheduler.class.getName()).log(System.Logger.Level.WARNING, "Recording a run of " + task.id() + ": " + e, e);
        }
        for (Consumer<Run> listener : listeners) {
            try {
                listener.accept(run);
            } catch (RuntimeException e) {
                System.getLogger(Scheduler.class.getName()).log(System.Logger.Level.WARNING, "A listener of " + task.id() + ": " + e, e);
            }
        }
        return run;
    }

    /** @return the last run of each task on this machine since the scheduler was made */
    public List<Run> lastRuns() {
        List<Run> runs = new ArrayList<>();
        for (Task task : tasks) {
            Run run = lastRuns.get(task.id());
            if (run != null) {
                runs.add(run);
            }
        }
        return runs;
    }

    /** What the database knows of the tasks' runs, on every machine. */
    public record Health(String taskId, String machine, Instant lastStart, Duration lastDuration, String lastOutcome, String lastFailure,
            int failuresInARow, Instant nextRun) {
    }

    /** @return the last run of every task on every machine that ran one, by task then machine */
    public static List<Health> health(Database database) {
        return TaskRuns.read(database);
    }

    /** @return whether the schedule runs (started and not stopped, or still finishing a run) */
    public synchronized boolean isRunning() {
        return executor != null || stopping != null && !stopping.isTerminated();
    }

    /** Stops the schedule and waits up to {@code wait} for runs under way, so that the database can be closed. */
    public void stop(Duration wait) {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = executor;
            executor = null;
            this.stopping = stopping;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown(); // runs under way finish their transaction; nothing is interrupted
        try {
            stopping.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }
}
