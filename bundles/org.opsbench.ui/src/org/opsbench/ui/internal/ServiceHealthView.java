package org.opsbench.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.opsbench.core.text.LocalFormats;
import org.opsbench.services.Scheduler;
import org.opsbench.ui.workbench.ViewCommands;

/**
 * Service health: the last run of every background task on every machine that serves this database
 * (workbenches after login, opsbench-cli serve), with duration, outcome, failures in a row and the next
 * run, as recorded in the database. A task that keeps failing shows in red. Read again after every run
 * of this workbench's scheduler and on Refresh.
 */
public final class ServiceHealthView extends ViewPart {

    public static final String ID = "org.opsbench.ui.serviceHealth";
    public static final String TABLE_ID = "serviceHealth.table";
    static final String REFRESH_COMMAND = "org.opsbench.ui.serviceHealth.refresh";

    private Table table;
    private ViewCommands commands;
    private final Consumer<Scheduler.Run> onRun = run -> {
        if (table != null && !table.isDisposed()) {
            table.getDisplay().asyncExec(this::reload);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        // Columns share the view's width (each with a least width), so that the outcome stays in sight.
        Composite holder = new Composite(parent, SWT.NONE);
        org.eclipse.jface.layout.TableColumnLayout columns = new org.eclipse.jface.layout.TableColumnLayout();
        holder.setLayout(columns);
        table = new Table(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setData("org.opsbench.testing.id", TABLE_ID);
        table.setHeaderVisible(true);
        // The outcome last: a failure's message may be long.
        String[] names = { Messages.healthTask, Messages.healthMachine, Messages.healthLastRun, Messages.healthDuration,
                Messages.healthFailures, Messages.healthNextRun, Messages.healthOutcome };
        int[] weights = { 14, 11, 15, 6, 7, 15, 32 };
        int[] least = { 110, 90, 150, 60, 60, 150, 160 };
        for (int i = 0; i < names.length; i++) {
            TableColumn column = new TableColumn(table, i == 3 || i == 4 ? SWT.RIGHT : SWT.LEFT);
            column.setText(names[i]);
            columns.setColumnData(column, new org.eclipse.jface.viewers.ColumnWeightData(weights[i], least[i], true));
        }
        commands = new ViewCommands(getSite());
        commands.handle(REFRESH_COMMAND, this::reload);
        OpsBenchDatabase.scheduler().addListener(onRun);
        reload();
    }

    void reload() {
        Job job = Job.create(Messages.healthLoading, (IProgressMonitor monitor) -> {
            List<Scheduler.Health> health = Scheduler.health(OpsBenchDatabase.get());
            Map<String, String> names = Scheduler.installed().stream().collect(Collectors.toMap(Scheduler.Task::id, Scheduler.Task::name));
            if (!table.isDisposed()) {
                table.getDisplay().asyncExec(() -> show(health, names));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<Scheduler.Health> health, Map<String, String> names) {
        if (table.isDisposed()) {
            return;
        }
        table.removeAll();
        long failing = health.stream().filter(task -> task.failuresInARow() > 0).count();
        for (Scheduler.Health task : health) {
            TableItem item = new TableItem(table, SWT.NONE);
            String outcome = task.lastFailure() != null ? task.lastFailure()
                    : task.lastOutcome() == null || task.lastOutcome().isEmpty() ? Messages.healthNothingToDo : task.lastOutcome();
            item.setText(new String[] { names.getOrDefault(task.taskId(), task.taskId()), task.machine(),
                    task.lastStart() == null ? "" : LocalFormats.dateTime(task.lastStart()),
                    task.lastDuration() == null ? "" : NLS.bind(Messages.healthMillis, task.lastDuration().toMillis()),
                    Integer.toString(task.failuresInARow()), task.nextRun() == null ? "" : LocalFormats.dateTime(task.nextRun()), outcome });
            if (task.failuresInARow() > 0) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        long machines = health.stream().map(Scheduler.Health::machine).distinct().count();
        setContentDescription(health.isEmpty() ? Messages.healthNone
                : NLS.bind(Messages.healthSummary, new Object[] { health.size(), machines, failing }));
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        Scheduler running = OpsBenchDatabase.runningScheduler();
        if (running != null) {
            running.removeListener(onRun);
        }
        if (commands != null) {
            commands.dispose();
        }
        super.dispose();
    }
}
