package org.opsbench.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.opsbench.core.sample.SampleDataGenerator.Sizes;
import org.opsbench.model.User;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.persistence.UserAccounts;
import org.opsbench.persistence.UserAccounts.LoginResult;

/**
 * Asks for login and password and checks them against the users in the database.
 * It shows while the database is still opening, so that the user can type meanwhile; a login
 * confirmed before then is checked once the database is open. A database that cannot be opened is
 * explained in the dialog. The check (a deliberately slow hash and a database write) runs off the
 * UI thread; wrong passwords and locked accounts are explained in the dialog, which keeps the input.
 * <p>
 * An empty database (a new installation) cannot be logged into: the dialog says so and offers
 * to load the invented sample data, with progress and Cancel; a cancelled load stores nothing.
 */
public final class LoginDialog extends TitleAreaDialog {

    /** Test ids of the dialog's fields. */
    public static final String LOGIN_ID = "login.user";
    public static final String PASSWORD_ID = "login.password";

    private static final int LOAD_SAMPLE_DATA_ID = IDialogConstants.CLIENT_ID + 1;

    /** An open database and whether it holds no users and no customers (a new installation). */
    public record OpenedDatabase(Database database, boolean empty) {
    }

    private final CompletableFuture<OpenedDatabase> opening;
    private Database database;
    private boolean empty;
    private boolean loadAtOnce;
    private Runnable whenShown = () -> { };
    private Runnable whenReady = () -> { };
    private boolean checking;
    private Text login;
    private Text password;
    private User user;

    /**
     * @param opening the database being opened off the UI thread
     */
    public LoginDialog(Shell parent, CompletableFuture<OpenedDatabase> opening) {
        super(parent);
        this.opening = opening;
    }

    /** Loads the sample data as soon as the dialog shows, if the database is empty ({@code --sample-data}). */
    LoginDialog loadSampleDataWhenOpened() {
        loadAtOnce = true;
        return this;
    }

    /** Runs as soon as the dialog shows, whether or not the database is open yet. */
    LoginDialog whenShown(Runnable shown) {
        whenShown = shown;
        return this;
    }

    /** Runs once the dialog waits for the user's login on the open database: after a sample data load it starts with. */
    LoginDialog whenReady(Runnable ready) {
        whenReady = ready;
        return this;
    }

    /** @return the user who logged in, after OK */
    public User user() {
        return user;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.loginTitle);
    }

    /** A fixed, readable width: long messages wrap instead of widening the dialog across the screen. */
    @Override
    protected Point getInitialSize() {
        int width = convertWidthInCharsToPixels(100);
        return new Point(width, getShell().computeSize(width, SWT.DEFAULT, true).y);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.loginTitle);
        setMessage(Messages.openingDatabase);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        new Label(fields, SWT.NONE).setText(Messages.loginUser);
        login = new Text(fields, SWT.BORDER);
        login.setData("org.opsbench.testing.id", LOGIN_ID);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(login);
        new Label(fields, SWT.NONE).setText(Messages.loginPassword);
        password = new Text(fields, SWT.BORDER | SWT.PASSWORD);
        password.setData("org.opsbench.testing.id", PASSWORD_ID);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        login.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.loginButton, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancelButton, false);
    }

    @Override
    public void create() {
        super.create();
        Display display = getShell().getDisplay();
        display.asyncExec(whenShown);
        opening.whenComplete((opened, failure) -> display.asyncExec(() -> {
            if (getShell() == null || getShell().isDisposed()) {
                return;
            }
            if (failure != null) {
                cannotOpen(failure instanceof CompletionException ? failure.getCause() : failure);
            } else {
                opened(opened);
            }
        }));
    }

    /** The database is open: an empty one offers the sample data (and loads it at once with --sample-data). */
    private void opened(OpenedDatabase opened) {
        database = opened.database();
        empty = opened.empty();
        if (empty) {
            setMessage(Messages.loginEmptyDatabase, IMessageProvider.INFORMATION);
            Button load = createButton((Composite) getButton(IDialogConstants.OK_ID).getParent(), LOAD_SAMPLE_DATA_ID,
                    Messages.loginLoadSampleData, false);
            load.moveAbove(getButton(IDialogConstants.OK_ID));
            getShell().layout(true, true);
            if (loadAtOnce) {
                loadSampleData();
            }
        } else if (getErrorMessage() == null && !checking) {
            setMessage(Messages.loginMessage);
        }
        whenReady.run();
    }

    private void cannotOpen(Throwable failure) {
        setTitle(Messages.databaseProblemTitle);
        setMessage(null);
        setErrorMessage(failure instanceof DatabaseException ? failure.getMessage() : String.valueOf(failure));
        checking = false;
        // Focus to Cancel first: a disabled field keeps no focus, and without one the keys (Escape) reach nothing.
        Button cancel = getButton(IDialogConstants.CANCEL_ID);
        cancel.setFocus();
        getShell().setDefaultButton(cancel);
        setEnabled(false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == LOAD_SAMPLE_DATA_ID) {
            loadSampleData();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Loads the sample data in a progress dialog that can cancel it; the dialog stays responsive meanwhile. */
    private void loadSampleData() {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        ProgressMonitorDialog progress = new ProgressMonitorDialog(getShell()) {
            @Override
            protected void configureShell(Shell shell) {
                super.configureShell(shell);
                shell.setText(Messages.sampleDataTitle);
            }
        };
        setErrorMessage(null);
        try {
            progress.run(true, true, monitor -> {
                try {
                    SampleDataLoader.load(database, Sizes.DEFAULT, SampleDataLoader.DEFAULT_SEED, monitor);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                } catch (DatabaseException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InterruptedException e) {
            setMessage(Messages.loginSampleDataCancelled, IMessageProvider.WARNING);
            return;
        } catch (InvocationTargetException e) {
            setErrorMessage(e.getCause().getMessage());
            return;
        }
        empty = false;
        Button load = getButton(LOAD_SAMPLE_DATA_ID);
        if (load != null) {
            load.setEnabled(false);
        }
        setMessage(Messages.loginSampleDataLoaded, IMessageProvider.INFORMATION);
        login.setFocus();
    }

    @Override
    protected void okPressed() {
        String name = login.getText();
        char[] secret = password.getText().toCharArray();
        setEnabled(false);
        setErrorMessage(null);
        setMessage(Messages.loginChecking);
        checking = true;
        Job check = Job.create(Messages.loginChecking, (IProgressMonitor monitor) -> {
            LoginResult result;
            try {
                // Confirmed while the database was still opening: checked once it is open.
                OpenedDatabase opened = opening.join();
                result = new UserAccounts(opened.database()).login(name, secret);
            } catch (CompletionException e) {
                java.util.Arrays.fill(secret, '\0');
                return Status.OK_STATUS; // the dialog explains the database's problem
            } catch (RuntimeException e) {
                result = new LoginResult(UserAccounts.LoginOutcome.UNKNOWN_OR_WRONG_PASSWORD, null, e.getMessage());
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
            LoginResult outcome = result;
            getShell().getDisplay().asyncExec(() -> finish(outcome));
            return Status.OK_STATUS;
        });
        check.setSystem(true);
        check.schedule();
    }

    private void finish(LoginResult result) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        checking = false;
        setEnabled(true);
        if (result.accepted()) {
            user = result.user();
            super.okPressed();
        } else {
            setMessage(empty ? Messages.loginEmptyDatabase : Messages.loginMessage,
                    empty ? IMessageProvider.INFORMATION : IMessageProvider.NONE);
            setErrorMessage(result.message());
            password.selectAll();
            password.setFocus();
        }
    }

    private void setEnabled(boolean enabled) {
        login.setEnabled(enabled);
        password.setEnabled(enabled);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(enabled);
        }
    }
}
