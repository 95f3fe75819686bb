package org.opsbench.cases.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A dialog for one step on a case: a title, a line of guidance, fields, and OK only while the fields are complete. */
abstract class StepDialog extends TitleAreaDialog {

    private final String title;
    private final String message;

    StepDialog(Shell parent, String title, String message) {
        super(parent);
        this.title = title;
        this.message = message;
    }

    @Override
    protected final Control createDialogArea(Composite parent) {
        getShell().setText(title);
        setTitle(title);
        setMessage(message);
        return createFields((Composite) super.createDialogArea(parent));
    }

    /** @return the fields, created in {@code area}; they call {@link #validate()} when they change */
    abstract Control createFields(Composite area);

    /** @return whether OK may be pressed */
    abstract boolean complete();

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** A label and a text field beside it; a multi-line field grows with the dialog. Edits call {@link #validate()}. */
    final Text field(Composite parent, String label, String id, String value, boolean multi, int widthHint) {
        Label name = new Label(parent, SWT.NONE);
        name.setText(label);
        name.setLayoutData(new GridData(SWT.LEFT, multi ? SWT.TOP : SWT.CENTER, false, false));
        Text text = Widgets.id(new Text(parent, multi ? SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.BORDER), id);
        GridData data = new GridData(SWT.FILL, multi ? SWT.FILL : SWT.CENTER, true, multi);
        data.widthHint = widthHint;
        if (multi) {
            data.heightHint = 60;
        }
        text.setLayoutData(data);
        text.setText(value == null ? "" : value);
        text.addModifyListener(e -> validate());
        return text;
    }

    final void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(complete());
        }
    }
}
