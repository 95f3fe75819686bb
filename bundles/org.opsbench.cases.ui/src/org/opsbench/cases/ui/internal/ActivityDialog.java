package org.opsbench.cases.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.opsbench.cases.CaseLabels;
import org.opsbench.cases.model.ActivityKind;

/** Records a call, remote session, on-site visit, RMA request or note. */
final class ActivityDialog extends StepDialog {

    static final String KIND_ID = "activity.kind";
    static final String TEXT_ID = "activity.text";
    private static final List<ActivityKind> KINDS = List.of(ActivityKind.CALL, ActivityKind.REMOTE_SESSION, ActivityKind.ON_SITE_VISIT,
            ActivityKind.RMA_REQUEST, ActivityKind.NOTE);

    private Combo kindCombo;
    private Text textField;
    private Button customerNoteButton;
    private ActivityKind kind;
    private String text;
    private boolean customerNote;

    ActivityDialog(Shell parent) {
        super(parent, Messages.activityTitle, Messages.activityMessage);
    }

    @Override
    Control createFields(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(area, SWT.NONE).setText(Messages.activityKind);
        kindCombo = Widgets.id(new Combo(area, SWT.READ_ONLY), KIND_ID);
        kindCombo.setItems(KINDS.stream().map(CaseLabels::activity).toArray(String[]::new));
        kindCombo.select(0);
        new Label(area, SWT.NONE).setText(Messages.activityText);
        textField = Widgets.id(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), TEXT_ID);
        GridData textData = new GridData(SWT.FILL, SWT.FILL, true, true);
        textData.widthHint = 420;
        textData.heightHint = 90;
        textField.setLayoutData(textData);
        textField.addModifyListener(e -> validate());
        new Label(area, SWT.NONE);
        customerNoteButton = new Button(area, SWT.CHECK);
        customerNoteButton.setText(Messages.activityCustomerNote);
        return area;
    }

    @Override
    boolean complete() {
        return !textField.getText().isBlank();
    }

    @Override
    protected void okPressed() {
        kind = KINDS.get(kindCombo.getSelectionIndex());
        text = textField.getText();
        customerNote = customerNoteButton.getSelection();
        super.okPressed();
    }

    ActivityKind kind() {
        return kind;
    }

    String text() {
        return text;
    }

    boolean customerNote() {
        return customerNote;
    }
}
