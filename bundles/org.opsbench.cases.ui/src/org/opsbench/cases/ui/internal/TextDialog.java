package org.opsbench.cases.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for one text, e.g. what a customer complains about. */
final class TextDialog extends StepDialog {

    static final String TEXT_ID = "textDialog.text";

    private Text field;
    private String text;

    TextDialog(Shell parent, String title, String message) {
        super(parent, title, message);
    }

    @Override
    Control createFields(Composite parent) {
        Composite area = parent;
        field = Widgets.id(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP), TEXT_ID);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 80;
        data.widthHint = 420;
        field.setLayoutData(data);
        field.addModifyListener(e -> validate());
        return area;
    }

    @Override
    boolean complete() {
        return !field.getText().isBlank();
    }

    @Override
    protected void okPressed() {
        text = field.getText();
        super.okPressed();
    }

    String text() {
        return text;
    }
}
