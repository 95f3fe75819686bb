package org.opsbench.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks where the backup goes: a folder typed in or chosen with Browse. */
final class BackupDialog extends TitleAreaDialog {

    static final String FOLDER_ID = "backup.folder";

    private final Path suggested;
    private Text folderText;
    private Path folder;

    BackupDialog(Shell parent, Path suggested) {
        super(parent);
        this.suggested = suggested;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.backupTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.backupTitle);
        setMessage(Messages.backupMessage);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.backupFolder);
        folderText = new Text(body, SWT.BORDER);
        folderText.setData("org.opsbench.testing.id", FOLDER_ID);
        folderText.setText(suggested.toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(folderText);
        folderText.addModifyListener(e -> validate());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.backupBrowse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog chooser = new DirectoryDialog(getShell());
            chooser.setFilterPath(folderText.getText());
            String chosen = chooser.open();
            if (chosen != null) {
                folderText.setText(chosen);
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.backupStart, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void validate() {
        boolean given = !folderText.getText().isBlank();
        setMessage(given ? Messages.backupMessage : Messages.backupFolderMissing,
                given ? IMessageProvider.NONE : IMessageProvider.ERROR);
        getButton(IDialogConstants.OK_ID).setEnabled(given);
    }

    @Override
    protected void okPressed() {
        folder = Path.of(folderText.getText().trim());
        super.okPressed();
    }

    Path folder() {
        return folder;
    }
}
