package org.opsbench.cases.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

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

    final void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(complete());
        }
    }
}
