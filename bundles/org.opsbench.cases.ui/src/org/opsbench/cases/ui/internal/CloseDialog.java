package org.opsbench.cases.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.opsbench.cases.CaseLifecycle;

/** The customer's confirmation and the satisfaction survey that closing a case records. */
final class CloseDialog extends StepDialog {

    static final String CONFIRMED_BY_ID = "close.confirmedBy";
    static final String SCORE_ID = "close.score";
    static final String COMMENT_ID = "close.comment";

    private Text confirmedBy;
    private Combo score;
    private Text comment;
    private CaseLifecycle.Survey survey;

    CloseDialog(Shell parent) {
        super(parent, Messages.closeTitle, Messages.closeMessage);
    }

    @Override
    Control createFields(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(area, SWT.NONE).setText(Messages.closeConfirmedBy);
        confirmedBy = Widgets.id(new Text(area, SWT.BORDER), CONFIRMED_BY_ID);
        confirmedBy.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        confirmedBy.addModifyListener(e -> validate());
        new Label(area, SWT.NONE).setText(Messages.closeScore);
        score = Widgets.id(new Combo(area, SWT.READ_ONLY), SCORE_ID);
        for (int s = CaseLifecycle.HIGHEST_SCORE; s >= CaseLifecycle.LOWEST_SCORE; s--) {
            score.add(Integer.toString(s));
        }
        score.select(0);
        new Label(area, SWT.NONE).setText(Messages.closeComment);
        comment = Widgets.id(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP), COMMENT_ID);
        GridData commentData = new GridData(SWT.FILL, SWT.FILL, true, true);
        commentData.widthHint = 400;
        commentData.heightHint = 70;
        comment.setLayoutData(commentData);
        return area;
    }

    @Override
    boolean complete() {
        return !confirmedBy.getText().isBlank();
    }

    @Override
    protected void okPressed() {
        survey = new CaseLifecycle.Survey(confirmedBy.getText(), Integer.parseInt(score.getText()), comment.getText());
        super.okPressed();
    }

    CaseLifecycle.Survey survey() {
        return survey;
    }
}
