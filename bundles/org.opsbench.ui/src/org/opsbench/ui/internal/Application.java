package org.opsbench.ui.internal;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.persistence.ModelPackages;
import org.opsbench.persistence.SampleDataLoader;

/**
 * The OpsBench workbench. The login dialog shows at once; the database opens behind it, off the
 * UI thread, with the installed modules' model packages (a database that cannot be opened is
 * explained in the dialog). Then the user logs in; the workbench opens for that user. With
 * {@code --sample-data} the login dialog first fills an empty database with the invented sample
 * data set (cancellable).
 */
public final class Application implements IApplication {

    /** Program argument that loads the sample data into an empty database at start. */
    public static final String SAMPLE_DATA_ARGUMENT = "--sample-data";

    /** Printed when the login dialog shows (the database may still be opening); the start-up benchmark waits for it. */
    public static final String LOGIN_SHOWN = "OpsBench login shown";

    /** Printed when the login dialog waits for the user, on an open database; scripts and tests of the product wait for it. */
    public static final String LOGIN_READY = "OpsBench login ready";

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        boolean sampleData = arguments != null && Arrays.asList(arguments).contains(SAMPLE_DATA_ARGUMENT);
        Display display = PlatformUI.createDisplay();
        CompletableFuture<LoginDialog.OpenedDatabase> opening = openDatabase();
        try {
            LoginDialog login = new LoginDialog(null, opening).whenShown(() -> System.out.println(LOGIN_SHOWN))
                    .whenReady(() -> System.out.println(LOGIN_READY));
            if (sampleData) {
                login.loadSampleDataWhenOpened();
            }
            int answer = login.open();
            if (opening.isCompletedExceptionally()) {
                return Integer.valueOf(1);
            }
            if (answer != Window.OK) {
                return IApplication.EXIT_OK;
            }
            OpsBenchDatabase.setUser(login.user());
            OpsBenchDatabase.startScheduler(org.opsbench.ui.workbench.ServiceDesk.workbenchName());
            int code = PlatformUI.createAndRunWorkbench(display, new ApplicationWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            // Left while the database was still opening: let it finish, so that it is closed properly.
            try {
                opening.join();
            } catch (RuntimeException e) {
                // explained in the login dialog and on standard error
            }
            OpsBenchDatabase.close();
            display.dispose();
        }
    }

    /**
     * Opens the database on a thread of its own, with the model packages the installed modules contribute;
     * a database that cannot be opened is also reported on standard error, for scripts.
     */
    private static CompletableFuture<LoginDialog.OpenedDatabase> openDatabase() {
        CompletableFuture<LoginDialog.OpenedDatabase> opening = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("OpsBench database opening").start(() -> {
            try {
                Database database = Database.open(OpsBenchDatabase.settings(), ModelPackages.contributed());
                boolean empty;
                try {
                    empty = SampleDataLoader.isEmpty(database);
                } catch (RuntimeException e) {
                    database.close();
                    throw e;
                }
                OpsBenchDatabase.set(database);
                opening.complete(new LoginDialog.OpenedDatabase(database, empty));
            } catch (RuntimeException | LinkageError e) {
                System.err.println(e instanceof DatabaseException ? e.getMessage() : String.valueOf(e));
                opening.completeExceptionally(e);
            }
        });
        return opening;
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
