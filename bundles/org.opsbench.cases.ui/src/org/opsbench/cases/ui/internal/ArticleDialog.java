package org.opsbench.cases.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.opsbench.cases.KnowledgeBase;

/**
 * A knowledge article written from a solved case: drafted from the case, edited by the engineer.
 * OK needs a title, the symptom and the solution.
 */
final class ArticleDialog extends StepDialog {

    static final String TITLE_ID = "article.title";
    static final String SYMPTOM_ID = "article.symptom";
    static final String CAUSE_ID = "article.cause";
    static final String SOLUTION_ID = "article.solution";
    static final String KEYWORDS_ID = "article.keywords";

    private final KnowledgeBase.Draft draft;
    private Text title;
    private Text symptom;
    private Text cause;
    private Text solution;
    private Text vendor;
    private Text keywords;
    private KnowledgeBase.Draft written;

    ArticleDialog(Shell parent, KnowledgeBase.Draft draft) {
        super(parent, Messages.articleTitle, Messages.articleMessage);
        this.draft = draft;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    Control createFields(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        title = field(area, Messages.articleFieldTitle, TITLE_ID, draft.title(), false);
        symptom = field(area, Messages.articleSymptom, SYMPTOM_ID, draft.symptom(), true);
        cause = field(area, Messages.articleCause, CAUSE_ID, draft.cause(), true);
        solution = field(area, Messages.articleSolution, SOLUTION_ID, draft.solution(), true);
        vendor = field(area, Messages.intakeVendor, "article.vendor", draft.vendor(), false);
        keywords = field(area, Messages.articleKeywords, KEYWORDS_ID, draft.keywords(), false);
        keywords.setMessage(Messages.articleKeywordsHint);
        return area;
    }

    private Text field(Composite parent, String label, String id, String value, boolean multi) {
        return field(parent, label, id, value, multi, 520);
    }

    @Override
    boolean complete() {
        return !title.getText().isBlank() && !symptom.getText().isBlank() && !solution.getText().isBlank();
    }

    @Override
    protected void okPressed() {
        written = new KnowledgeBase.Draft(title.getText(), symptom.getText(), cause.getText(), solution.getText(), vendor.getText(),
                keywords.getText(), draft.sourceCaseId());
        super.okPressed();
    }

    /** @return the article as the engineer wrote it */
    KnowledgeBase.Draft written() {
        return written;
    }
}
