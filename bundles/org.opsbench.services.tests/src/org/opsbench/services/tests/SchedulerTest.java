package org.opsbench.services.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.testing.TestDatabases;
import org.opsbench.services.PeriodicTask;
import org.opsbench.services.Scheduler;

/** The one scheduler of background work, without any UI, on a real database. */
@Tag("all-databases")
class SchedulerTest {

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A task that counts its runs and fails when told to. */
    static final class Counting implements PeriodicTask {
        final AtomicInteger runs = new AtomicInteger();
        volatile boolean failing;

        @Override
        public Duration interval() {
            return Duration.ofMillis(50);
        }

        @Override
        public Outcome run(Context context) {
            int run = runs.incrementAndGet();
            if (failing) {
                throw new IllegalStateException("the gateway did not answer");
            }
            return Outcome.did(run % 2 == 0, "run " + run);
        }
    }

    @Test
    void everyTaskRepeatsOnItsIntervalAndEachRunIsRecordedPerTaskAndMachine() throws Exception {
        Counting counting = new Counting();
        List<Scheduler.Run> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch fiveRuns = new CountDownLatch(5);
        Scheduler scheduler = new Scheduler(database, "desk-1", Clock.systemUTC(), List.of(new Scheduler.Task("counting", "Counting", counting)));
        scheduler.addListener(run -> {
            seen.add(run);
            fiveRuns.countDown();
        });
        scheduler.start();
        assertTrue(scheduler.isRunning());
        assertTrue(fiveRuns.await(30, TimeUnit.SECONDS), "the task repeats: " + seen);
        scheduler.close();
        assertTrue(!scheduler.isRunning(), "closing waits for the run under way and ends the schedule");
        int afterStop = counting.runs.get();
        assertTrue(seen.stream().anyMatch(run -> run.outcome().changed()) && seen.stream().allMatch(run -> !run.failed()), seen.toString());
        assertTrue(seen.stream().allMatch(run -> run.machine().equals("desk-1") && run.duration().compareTo(Duration.ZERO) >= 0));

        List<Scheduler.Health> health = Scheduler.health(database);
        assertEquals(1, health.size(), health.toString());
        Scheduler.Health last = health.get(0);
        assertEquals("counting", last.taskId());
        assertEquals("desk-1", last.machine());
        assertEquals("run " + afterStop, last.lastOutcome(), "the last run is the one recorded");
        assertNull(last.lastFailure());
        assertEquals(0, last.failuresInARow());
        assertTrue(last.nextRun().isAfter(last.lastStart()));
    }

    @Test
    void aFailingTaskIsRecordedWithItsReasonKeepsItsScheduleAndLeavesTheOthersAlone() {
        Counting failing = new Counting();
        failing.failing = true;
        Counting healthy = new Counting();
        Scheduler.Task broken = new Scheduler.Task("gateway", "Gateway", failing);
        Scheduler.Task fine = new Scheduler.Task("fine", "Fine", healthy);
        Scheduler scheduler = new Scheduler(database, "desk-2", Clock.systemUTC(), List.of(broken, fine));
        for (int i = 0; i < 3; i++) {
            assertTrue(scheduler.runOnce(broken).failed());
        }
        scheduler.runOnce(fine);
        Scheduler.Health gateway = Scheduler.health(database).stream().filter(h -> h.taskId().equals("gateway")).findFirst().orElseThrow();
        assertEquals("the gateway did not answer", gateway.lastFailure());
        assertEquals(3, gateway.failuresInARow(), "a task that keeps failing shows it");
        assertEquals(0, Scheduler.health(database).stream().filter(h -> h.taskId().equals("fine")).findFirst().orElseThrow().failuresInARow());

        failing.failing = false;
        scheduler.runOnce(broken);
        assertEquals(0, Scheduler.health(database).stream().filter(h -> h.taskId().equals("gateway")).findFirst().orElseThrow()
                .failuresInARow(), "one good run ends the series");
    }

    @Test
    void twoMachinesOnOneDatabaseEachHaveTheirRecord() {
        Counting counting = new Counting();
        Scheduler.Task task = new Scheduler.Task("counting", "Counting", counting);
        Instant nine = Instant.parse("2026-12-07T01:00:00Z");
        new Scheduler(database, "desk-1", Clock.fixed(nine, java.time.ZoneOffset.UTC), List.of(task)).runOnce(task);
        new Scheduler(database, "runner", Clock.fixed(nine.plusSeconds(5), java.time.ZoneOffset.UTC), List.of(task)).runOnce(task);
        List<Scheduler.Health> health = Scheduler.health(database);
        assertEquals(List.of("desk-1", "runner"), health.stream().map(Scheduler.Health::machine).toList());
        assertEquals(nine.plusSeconds(5), health.get(1).lastStart());
    }

    @Test
    void theInstalledTasksAreWhatPlugInsContribute() {
        List<Scheduler.Task> installed = Scheduler.installed();
        assertEquals(List.of("org.opsbench.services.tests.heartbeat"), installed.stream().map(Scheduler.Task::id).toList(),
                "a task whose class is missing is left out");
        assertEquals("Heartbeat", installed.get(0).name());
        Scheduler scheduler = Scheduler.ofInstalledTasks(database, "desk-3");
        assertEquals("beat on desk-3", scheduler.runOnce(scheduler.tasks().get(0)).outcome().summary());
    }
}
