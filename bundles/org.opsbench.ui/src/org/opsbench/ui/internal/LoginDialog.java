package org.opsbench.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.opsbench.model.User;
import org.opsbench.persistence.UserAccounts;
import org.opsbench.persistence.UserAccounts.LoginResult;

/**
 * Asks for login and password and checks them against the users in the database.
 * The check (a deliberately slow hash and a database write) runs off the UI thread;
 * wrong passwords and locked accounts are explained in the dialog, which keeps the input.
 */
public final class LoginDialog extends TitleAreaDialog {

    /** Test ids of the dialog's fields. */
    public static final String LOGIN_ID = "login.user";
    public static final String PASSWORD_ID = "login.password";

    private final UserAccounts accounts;
    private Text login;
    private Text password;
    private User user;

    public LoginDialog(Shell parent, UserAccounts accounts) {
        super(parent);
        this.accounts = accounts;
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

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.loginTitle);
        setMessage(Messages.loginMessage);
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
    protected void okPressed() {
        String name = login.getText();
        char[] secret = password.getText().toCharArray();
        setEnabled(false);
        setErrorMessage(null);
        setMessage(Messages.loginChecking);
        Job check = Job.create(Messages.loginChecking, (IProgressMonitor monitor) -> {
            LoginResult result;
            try {
                result = accounts.login(name, secret);
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
        setEnabled(true);
        if (result.accepted()) {
            user = result.user();
            super.okPressed();
        } else {
            setMessage(Messages.loginMessage);
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
