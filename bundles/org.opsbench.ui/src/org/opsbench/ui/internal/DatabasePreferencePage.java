package org.opsbench.ui.internal;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.opsbench.persistence.DataSources;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.persistence.DatabaseKind;
import org.opsbench.persistence.DatabaseSettings;

/**
 * Which database this workspace works on: embedded Derby (the default), a shared Derby network
 * server or PostgreSQL. "Test connection" tries the typed settings in a job; the choice takes effect
 * at the next start, since every open editor holds objects of the current database.
 */
public final class DatabasePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String KIND_ID = "preferences.db.kind";
    public static final String URL_ID = "preferences.db.url";
    public static final String USER_ID = "preferences.db.user";
    public static final String PASSWORD_ID = "preferences.db.password";
    public static final String STATUS_ID = "preferences.db.status";

    private static final DatabaseKind[] KINDS = { DatabaseKind.EMBEDDED, DatabaseKind.DERBY_SERVER, DatabaseKind.POSTGRESQL };

    private Combo kind;
    private Text url;
    private Text user;
    private Text password;
    private Label status;
    private Button test;

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(Preferences.store());
        setDescription(Messages.dbPreferencesDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.dbKind);
        kind = new Combo(body, SWT.READ_ONLY);
        kind.setItems(Messages.dbKindEmbedded, Messages.dbKindDerbyServer, Messages.dbKindPostgresql);
        kind.setData("org.opsbench.testing.id", KIND_ID);
        url = field(body, Messages.dbUrl, URL_ID, SWT.BORDER);
        user = field(body, Messages.dbUser, USER_ID, SWT.BORDER);
        password = field(body, Messages.dbPassword, PASSWORD_ID, SWT.BORDER | SWT.PASSWORD);
        test = new Button(body, SWT.PUSH);
        test.setText(Messages.dbTest);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(test);
        status = new Label(body, SWT.WRAP);
        status.setData("org.opsbench.testing.id", STATUS_ID);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(status);
        Label restart = new Label(body, SWT.WRAP);
        restart.setText(Messages.dbRestartNote);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(restart);

        show(getPreferenceStore().getString(DatabaseSettings.KIND_PROPERTY), getPreferenceStore().getString(DatabaseSettings.URL_PROPERTY),
                getPreferenceStore().getString(DatabaseSettings.USER_PROPERTY), getPreferenceStore().getString(DatabaseSettings.PASSWORD_PROPERTY));
        kind.addListener(SWT.Selection, e -> updateHint());
        test.addListener(SWT.Selection, e -> testConnection());
        return body;
    }

    private static Text field(Composite body, String label, String id, int style) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, style);
        text.setData("org.opsbench.testing.id", id);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void show(String kindName, String urlText, String userText, String passwordText) {
        int index = 0;
        for (int i = 0; i < KINDS.length; i++) {
            if (KINDS[i].name().equalsIgnoreCase(kindName)) {
                index = i;
            }
        }
        kind.select(index);
        url.setText(urlText);
        user.setText(userText);
        password.setText(passwordText);
        updateHint();
    }

    private void updateHint() {
        url.setMessage(switch (KINDS[kind.getSelectionIndex()]) {
            case EMBEDDED -> NLS.bind(Messages.dbUrlEmbeddedHint, OpsBenchDatabase.defaultEmbeddedFolder());
            case DERBY_SERVER -> "jdbc:derby://server:1527/opsbench";
            case POSTGRESQL -> "jdbc:postgresql://server:5432/opsbench";
        });
    }

    /** The settings as typed, read the same way as at start-up. */
    private DatabaseSettings typedSettings() {
        Map<String, String> typed = Map.of(DatabaseSettings.KIND_PROPERTY, KINDS[kind.getSelectionIndex()].name(),
                DatabaseSettings.URL_PROPERTY, url.getText().trim(), DatabaseSettings.USER_PROPERTY, user.getText().trim(),
                DatabaseSettings.PASSWORD_PROPERTY, password.getText());
        return DatabaseSettings.fromProperties(key -> typed.get(key).isEmpty() ? null : typed.get(key),
                OpsBenchDatabase.defaultEmbeddedFolder());
    }

    private void testConnection() {
        DatabaseSettings settings;
        try {
            settings = typedSettings();
        } catch (DatabaseException e) {
            showStatus(e.getMessage(), true);
            return;
        }
        test.setEnabled(false);
        showStatus(NLS.bind(Messages.dbTesting, settings.describe()), false);
        Job job = Job.create(NLS.bind(Messages.dbTesting, settings.describe()), (IProgressMonitor monitor) -> {
            String message;
            boolean failed;
            try {
                message = NLS.bind(Messages.dbTestOk, DataSources.probe(settings));
                failed = false;
            } catch (RuntimeException e) { // DatabaseException names the problem; anything else is still shown, not lost in a log
                message = String.valueOf(e.getMessage());
                failed = true;
            }
            String shown = message;
            boolean error = failed;
            status.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    test.setEnabled(true);
                    showStatus(shown, error);
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private void showStatus(String text, boolean error) {
        status.setText(text);
        status.setForeground(status.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
        status.getParent().layout(true, true);
    }

    @Override
    public boolean performOk() {
        try {
            typedSettings();
        } catch (DatabaseException e) {
            showStatus(e.getMessage(), true);
            return false;
        }
        IPreferenceStore store = getPreferenceStore();
        store.setValue(DatabaseSettings.KIND_PROPERTY, KINDS[kind.getSelectionIndex()].name());
        store.setValue(DatabaseSettings.URL_PROPERTY, url.getText().trim());
        store.setValue(DatabaseSettings.USER_PROPERTY, user.getText().trim());
        store.setValue(DatabaseSettings.PASSWORD_PROPERTY, password.getText());
        return true;
    }

    @Override
    protected void performDefaults() {
        show("", "", "", "");
        super.performDefaults();
    }
}
