package org.opsbench.testing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The real OpsBench application, started as a user starts it (database, sample data,
 * login, workbench), on a UI thread of the test's own so that the test thread can drive it.
 * The application is found by its extension id, as the launcher finds it.
 */
public final class RunningWorkbench {

    /** The OpsBench workbench application's id. */
    public static final String APPLICATION_ID = "org.opsbench.ui.application";

    private final Thread uiThread;
    private final CompletableFuture<Display> display = new CompletableFuture<>();
    private final CompletableFuture<Object> exit = new CompletableFuture<>();

    private RunningWorkbench(String... arguments) {
        uiThread = new Thread(() -> {
            try {
                Display created = PlatformUI.createDisplay();
                display.complete(created);
                exit.complete(application().start(new Context(arguments)));
            } catch (Throwable t) {
                display.completeExceptionally(t);
                exit.completeExceptionally(t);
            }
        }, "OpsBench UI");
        uiThread.setDaemon(true);
        uiThread.start();
    }

    private static IApplication application() throws CoreException {
        IConfigurationElement[] elements = Platform.getExtensionRegistry()
                .getExtension("org.eclipse.core.runtime.applications", APPLICATION_ID).getConfigurationElements();
        return (IApplication) elements[0].getChildren("run")[0].createExecutableExtension("class");
    }

    public static RunningWorkbench start(String... arguments) {
        return new RunningWorkbench(arguments);
    }

    /** The application as the README's first command starts it: an empty database gets the sample data. */
    public static RunningWorkbench withSampleData() {
        return start("--sample-data");
    }

    /**
     * Logs in through the real login dialog and waits for the workbench window, then makes it as large
     * as the screen (Xvfb has no window manager to maximize it).
     *
     * @param loginTitle  the dialog's title in the language the test runs in
     * @param loadedText  the start of its "sample data loaded" message, or null when the database holds data already
     *                    (a restart in the same workspace)
     * @param loginButton the login button's label
     */
    public RunningWorkbench logIn(String loginTitle, String loadedText, String loginButton, String user, String password) throws Exception {
        SwtRobot robot = robot();
        robot.shell(loginTitle);
        if (loadedText != null) {
            robot.shows(loadedText);
        }
        robot.type(robot.text("login.user"), user);
        robot.type(robot.text("login.password"), password);
        robot.click(robot.button(loginButton));
        robot.waitFor("the workbench window", () -> org.eclipse.ui.PlatformUI.isWorkbenchRunning()
                && org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
        robot.onUi(() -> org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
                .setBounds(org.eclipse.ui.PlatformUI.getWorkbench().getDisplay().getPrimaryMonitor().getClientArea()));
        return this;
    }

    /** A robot for this workbench; its waits allow for the first start, which creates the database and the sample data. */
    public SwtRobot robot() throws Exception {
        return new SwtRobot(display(), Duration.ofSeconds(120));
    }

    public Display display() throws Exception {
        return display.get(60, TimeUnit.SECONDS);
    }

    /** Closes the workbench (if it runs) and waits for the application to return. */
    public Object close() throws Exception {
        Display d = display();
        if (!d.isDisposed()) {
            d.asyncExec(() -> {
                if (PlatformUI.isWorkbenchRunning()) {
                    PlatformUI.getWorkbench().close();
                } else {
                    // Still at the login (a test failed early): closing the dialog ends the application.
                    for (org.eclipse.swt.widgets.Shell shell : d.getShells()) {
                        shell.close();
                    }
                }
            });
        }
        return exit.get(60, TimeUnit.SECONDS);
    }

    /** The little an application needs from its context: its arguments. */
    private static final class Context implements IApplicationContext {
        private final String[] arguments;

        Context(String[] arguments) {
            this.arguments = arguments;
        }

        @Override
        public Map<String, Object> getArguments() {
            return Map.of(IApplicationContext.APPLICATION_ARGS, arguments);
        }

        @Override
        public void applicationRunning() {
            // no splash screen to close
        }

        @Override
        public String getBrandingApplication() {
            return APPLICATION_ID;
        }

        @Override
        public String getBrandingName() {
            return "OpsBench";
        }

        @Override
        public String getBrandingDescription() {
            return null;
        }

        @Override
        public String getBrandingId() {
            return "org.opsbench.ui.product";
        }

        @Override
        public String getBrandingProperty(String key) {
            return null;
        }

        @Override
        public Bundle getBrandingBundle() {
            return null;
        }

        @Override
        public void setResult(Object result, IApplication application) {
            // the result is what start() returns
        }
    }
}
