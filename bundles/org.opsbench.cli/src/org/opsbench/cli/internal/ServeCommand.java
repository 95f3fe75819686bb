package org.opsbench.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opsbench.persistence.Database;
import org.opsbench.services.Scheduler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The headless service runner: the scheduler a workbench runs after login (SLA evaluation, outbox
 * delivery, indexing, every installed module's periodic work), without a workbench, until the process
 * is told to stop (SIGTERM, e.g. by systemd). Several runners and workbenches may serve one shared
 * database: the tasks derive their work from the database and record each event once.
 */
@Command(name = "serve", description = {
        "Runs the background work of every installed module (SLA clocks and escalations, notifications, indexing)",
        "without a workbench, until stopped (SIGTERM or Ctrl+C); one line per run. Meant for a shared database, beside",
        "any number of workbenches. With --status: prints the last run of every task on every machine and exits." })
final class ServeCommand implements Callable<Integer> {

    /** Printed once the scheduler runs; scripts and tests wait for it. */
    static final String READY = "OpsBench service runner ready";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    @ParentCommand
    OpsBenchCommand parent;

    @Option(names = "--machine", paramLabel = "NAME",
            description = "Name recorded with each run and event (default: this host's name followed by /serve).")
    String machine;

    @Option(names = "--status", description = "Print the service health (last run per task and machine) and exit.")
    boolean status;

    /** Runs the clocks ahead (an ISO duration, e.g. PT6H): for tests and rehearsals of what is due later, never in service. */
    @Option(names = "--clock-ahead", paramLabel = "DURATION", hidden = true)
    Duration clockAhead;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = parent.spec.commandLine().getOut();
        if (status) {
            try (Database database = parent.open()) {
                printStatus(database, out);
            }
            return 0;
        }
        String name = machine != null ? machine : hostName() + "/serve";
        Clock clock = clockAhead == null ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), clockAhead);
        Database database = parent.open();
        Scheduler scheduler = new Scheduler(database, name, clock, Scheduler.installed());
        Map<String, String> names = scheduler.tasks().stream().collect(Collectors.toMap(Scheduler.Task::id, Scheduler.Task::name));
        scheduler.addListener(run -> out.println(runLine(run, names)));
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM and Ctrl+C end the JVM through its shutdown hooks: runs under way finish, then the database closes.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println(TIME.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)) + "  stopping: waiting for runs under way");
            scheduler.stop(Duration.ofSeconds(60));
            database.close();
            out.println(TIME.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)) + "  stopped");
            out.flush();
            stopped.countDown();
        }, "OpsBench service runner stop"));
        out.println(READY + ": " + database.settings().describe() + " as " + name + "; tasks: "
                + scheduler.tasks().stream().map(task -> task.name() + " (every " + human(task.task().interval()) + ")")
                        .collect(Collectors.joining(", "))
                + (clockAhead == null ? "" : "; clock ahead by " + clockAhead));
        scheduler.start();
        stopped.await();
        return 0;
    }

    /** One line per run: when, which task, how long, what it did or why it failed. */
    static String runLine(Scheduler.Run run, Map<String, String> names) {
        String what = run.failed() ? "FAILED: " + run.failure()
                : run.outcome().summary().isEmpty() ? "nothing to do" : run.outcome().summary();
        return TIME.format(run.startedAt().truncatedTo(ChronoUnit.SECONDS)) + "  " + names.getOrDefault(run.taskId(), run.taskId()) + "  "
                + run.duration().toMillis() + " ms  " + what;
    }

    private static void printStatus(Database database, PrintWriter out) {
        List<Scheduler.Health> health = Scheduler.health(database);
        Map<String, String> names = Scheduler.installed().stream().collect(Collectors.toMap(Scheduler.Task::id, Scheduler.Task::name));
        if (health.isEmpty()) {
            out.println("No task has run on " + database.settings().describe() + " yet: no workbench and no service runner served it.");
            return;
        }
        Function<Instant, String> time = instant -> instant == null ? "-" : TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
        out.printf("%-28s %-28s %-20s %9s %-20s %s%n", "TASK", "MACHINE", "LAST RUN", "DURATION", "NEXT RUN", "OUTCOME");
        for (Scheduler.Health task : health) {
            String outcome = task.lastFailure() != null
                    ? "FAILED " + task.failuresInARow() + "x in a row: " + task.lastFailure()
                    : task.lastOutcome() == null || task.lastOutcome().isEmpty() ? "ok" : task.lastOutcome();
            out.printf("%-28s %-28s %-20s %6d ms %-20s %s%n", names.getOrDefault(task.taskId(), task.taskId()), task.machine(),
                    time.apply(task.lastStart()), task.lastDuration() == null ? 0 : task.lastDuration().toMillis(),
                    time.apply(task.nextRun()), outcome);
        }
    }

    private static String human(Duration interval) {
        return interval.toSeconds() % 60 == 0 ? interval.toMinutes() + " min" : interval.toSeconds() + " s";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
