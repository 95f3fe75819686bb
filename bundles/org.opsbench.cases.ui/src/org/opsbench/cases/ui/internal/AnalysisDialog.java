package org.opsbench.cases.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The fault analysis of a case, for its report: the cause, how it was handled, what it cost the customer. */
final class AnalysisDialog extends StepDialog {

    static final String CAUSE_ID = "analysis.cause";
    static final String METHOD_ID = "analysis.method";
    static final String LOSSES_ID = "analysis.losses";

    private final String[] initial;
    private Text cause;
    private Text method;
    private Text losses;
    private String[] written;

    AnalysisDialog(Shell parent, String cause, String method, String losses) {
        super(parent, Messages.analysisTitle, Messages.analysisMessage);
        this.initial = new String[] { cause, method, losses };
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    Control createFields(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        cause = field(area, Messages.analysisCause, CAUSE_ID, initial[0]);
        method = field(area, Messages.analysisMethod, METHOD_ID, initial[1]);
        losses = field(area, Messages.analysisLosses, LOSSES_ID, initial[2]);
        return area;
    }

    private Text field(Composite parent, String label, String id, String value) {
        return field(parent, label, id, value, true, 480);
    }

    @Override
    boolean complete() {
        return !(cause.getText().isBlank() && method.getText().isBlank() && losses.getText().isBlank());
    }

    @Override
    protected void okPressed() {
        written = new String[] { cause.getText(), method.getText(), losses.getText() };
        super.okPressed();
    }

    String cause() {
        return written[0];
    }

    String method() {
        return written[1];
    }

    String losses() {
        return written[2];
    }
}
