package org.opsbench.cases.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.osgi.util.NLS;
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
import org.opsbench.cases.CaseList;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseStatus;

/**
 * Searches the database, not only the loaded rows: words in titles, descriptions and every log
 * record, vendor, type, status, severity and the opening date range. Empty fields do not narrow.
 */
final class SearchDialog extends StepDialog {

    static final String WORDS_ID = "search.words";
    static final String VENDOR_ID = "search.vendor";
    static final String FROM_ID = "search.from";
    static final String TO_ID = "search.to";

    private final CaseList.Criteria previous;
    private Text words;
    private Text vendor;
    private Combo kind;
    private Combo status;
    private Text severity;
    private Text from;
    private Text to;
    private CaseList.Criteria criteria;

    SearchDialog(Shell parent, CaseList.Criteria previous) {
        super(parent, Messages.searchTitle, Messages.searchMessage);
        this.previous = previous;
    }

    @Override
    Control createFields(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        words = text(area, Messages.searchWords, WORDS_ID, previous == null ? null : previous.text());
        vendor = text(area, Messages.intakeVendor, VENDOR_ID, previous == null ? null : previous.vendor());
        new Label(area, SWT.NONE).setText(Messages.intakeKind);
        kind = new Combo(area, SWT.READ_ONLY);
        kind.setItems(Messages.searchAny, Messages.kindConsultation, Messages.searchDefect);
        kind.select(previous == null || previous.kind() == null ? 0 : previous.kind() == CaseKind.CONSULTATION ? 1 : 2);
        new Label(area, SWT.NONE).setText(Messages.fieldStatus);
        status = new Combo(area, SWT.READ_ONLY);
        status.add(Messages.searchAny);
        for (CaseStatus value : CaseStatus.VALUES) {
            status.add(CaseLifecycle.label(value));
        }
        status.select(previous == null || previous.status() == null ? 0 : previous.status().getValue() + 1);
        severity = text(area, Messages.intakeSeverity, "search.severity", previous == null ? null : previous.severity());
        from = text(area, Messages.searchFrom, FROM_ID, null);
        to = text(area, Messages.searchTo, TO_ID, null);
        from.setMessage("2026-01-01");
        to.setMessage("2026-12-31");
        from.addModifyListener(e -> validate());
        to.addModifyListener(e -> validate());
        return area;
    }

    private static Text text(Composite parent, String label, String id, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = Widgets.id(new Text(parent, SWT.BORDER), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        text.setLayoutData(data);
        text.setText(value == null ? "" : value);
        return text;
    }

    @Override
    boolean complete() {
        for (Text date : List.of(from, to)) {
            if (!date.getText().isBlank() && parse(date.getText()) == null) {
                setErrorMessage(NLS.bind(Messages.searchBadDate, date.getText().strip()));
                return false;
            }
        }
        setErrorMessage(null);
        return true;
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** @return the start of the day in this workbench's zone, or null for an empty field */
    private static Instant startOf(Text date, int plusDays) {
        return date.getText().isBlank() ? null : parse(date.getText()).plusDays(plusDays).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    @Override
    protected void okPressed() {
        int statusIndex = status.getSelectionIndex();
        criteria = new CaseList.Criteria(words.getText(), vendor.getText(),
                kind.getSelectionIndex() == 0 ? null : kind.getSelectionIndex() == 1 ? CaseKind.CONSULTATION : CaseKind.DEFECT,
                startOf(from, 0), startOf(to, 1), null, statusIndex <= 0 ? null : CaseStatus.get(statusIndex - 1), severity.getText(), null,
                false);
        super.okPressed();
    }

    CaseList.Criteria criteria() {
        return criteria;
    }
}
