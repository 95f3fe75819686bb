package org.opsbench.cases.ui.internal;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Chooses the half year of the case summary: the last finished one by default. */
final class HalfYearDialog extends StepDialog {

    static final String YEAR_ID = "halfYear.year";
    static final String HALF_ID = "halfYear.half";

    private Combo year;
    private Combo half;
    private int chosenYear;
    private int chosenHalf;

    HalfYearDialog(Shell parent) {
        super(parent, Messages.summaryTitle, Messages.summaryMessage);
    }

    @Override
    Control createFields(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        LocalDate today = LocalDate.now();
        new Label(area, SWT.NONE).setText(Messages.summaryYear);
        year = Widgets.id(new Combo(area, SWT.READ_ONLY), YEAR_ID);
        for (int y = today.getYear(); y > today.getYear() - 10; y--) {
            year.add(String.valueOf(y));
        }
        new Label(area, SWT.NONE).setText(Messages.summaryHalf);
        half = Widgets.id(new Combo(area, SWT.READ_ONLY), HALF_ID);
        half.setItems(Messages.summaryFirstHalf, Messages.summarySecondHalf);
        boolean firstHalfNow = today.getMonthValue() <= 6;
        year.select(firstHalfNow ? 1 : 0);
        half.select(firstHalfNow ? 1 : 0);
        return area;
    }

    @Override
    boolean complete() {
        return year.getSelectionIndex() >= 0 && half.getSelectionIndex() >= 0;
    }

    @Override
    protected void okPressed() {
        chosenYear = Integer.parseInt(year.getText());
        chosenHalf = half.getSelectionIndex() + 1;
        super.okPressed();
    }

    int year() {
        return chosenYear;
    }

    int half() {
        return chosenHalf;
    }
}
