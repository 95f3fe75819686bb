package org.opsbench.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.persistence.ModelPackages;
import org.opsbench.persistence.SampleDataLoader;

/**
 * The OpsBench workbench. Opens the database (with progress, off the UI thread) before
 * the first window; a database that cannot be opened is explained in a dialog. Then the user
 * logs in; the workbench opens for that user. With {@code --sample-data} the login dialog
 * first fills an empty database with the invented sample data set (cancellable).
 */
public final class Application implements IApplication {

    /** Program argument that loads the sample data into an empty database at start. */
    public static final String SAMPLE_DATA_ARGUMENT = "--sample-data";

    /** Printed when the login dialog is up; scripts and tests of the product wait for it. */
    public static final String LOGIN_READY = "OpsBench login ready";

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        boolean sampleData = arguments != null && Arrays.asList(arguments).contains(SAMPLE_DATA_ARGUMENT);
        Display display = PlatformUI.createDisplay();
        try {
            Boolean empty = openDatabase();
            if (empty == null) {
                return Integer.valueOf(1);
            }
            LoginDialog login = new LoginDialog(null, OpsBenchDatabase.get(), empty.booleanValue())
                    .whenReady(() -> System.out.println(LOGIN_READY));
            if (sampleData) {
                login.loadSampleDataWhenOpened();
            }
            if (login.open() != Window.OK) {
                return IApplication.EXIT_OK;
            }
            OpsBenchDatabase.setUser(login.user());
            OpsBenchDatabase.startScheduler(org.opsbench.ui.workbench.ServiceDesk.workbenchName());
            int code = PlatformUI.createAndRunWorkbench(display, new ApplicationWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            OpsBenchDatabase.close();
            display.dispose();
        }
    }

    /**
     * Opens the database with progress, off the UI thread; a database that cannot be opened is explained.
     *
     * @return whether the opened database is empty, or null when it could not be opened
     */
    private static Boolean openDatabase() {
        AtomicReference<Database> opened = new AtomicReference<>();
        AtomicBoolean empty = new AtomicBoolean();
        try {
            new ProgressMonitorDialog(null).run(true, false, monitor -> {
                monitor.beginTask(Messages.openingDatabase, IProgressMonitor.UNKNOWN);
                Database database = Database.open(OpsBenchDatabase.settings(), ModelPackages.contributed());
                opened.set(database);
                empty.set(SampleDataLoader.isEmpty(database));
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            if (opened.get() != null) {
                opened.get().close();
            }
            Throwable cause = e.getCause();
            String message = cause instanceof DatabaseException ? cause.getMessage() : String.valueOf(cause);
            System.err.println(message);
            MessageDialog.openError(null, Messages.databaseProblemTitle, message);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        OpsBenchDatabase.set(opened.get());
        return Boolean.valueOf(empty.get());
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
