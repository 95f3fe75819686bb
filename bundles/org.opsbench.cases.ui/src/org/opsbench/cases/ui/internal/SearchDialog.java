package org.opsbench.cases.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
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
import org.opsbench.cases.CaseLifecycle;
import org.opsbench.cases.CaseLabels;
import org.opsbench.cases.CaseList;
import org.opsbench.cases.SavedSearches;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * Searches the database, not only the loaded rows: words in titles, descriptions and every log
 * record, vendor, type, status, severity, customer, engineer and the opening date range. Empty
 * fields do not narrow. A saved search fills the form; a name under "Save as" keeps the search.
 */
final class SearchDialog extends StepDialog {

    static final String SAVED_ID = "search.saved";
    static final String WORDS_ID = "search.words";
    static final String VENDOR_ID = "search.vendor";
    static final String CUSTOMER_ID = "search.customer";
    static final String ENGINEER_ID = "search.engineer";
    static final String FROM_ID = "search.from";
    static final String TO_ID = "search.to";
    static final String SAVE_AS_ID = "search.saveAs";
    static final String SHARED_ID = "search.shared";

    /** What the form offers, read before it opens. */
    record Offer(CaseList.Choices choices, List<SavedSearches.Saved> saved) {
    }

    private final CaseList.Criteria previous;
    private final CaseList.Choices choices;
    private final List<SavedSearches.Saved> saved;
    private final String login;
    private Combo savedCombo;
    private Button delete;
    private Text words;
    private Text vendor;
    private Combo kind;
    private Combo status;
    private Text severity;
    private Combo customer;
    private Combo engineer;
    private Text from;
    private Text to;
    private Text saveAs;
    private Button shared;
    private CaseList.Criteria criteria;
    private String saveName;
    private boolean saveShared;

    SearchDialog(Shell parent, CaseList.Criteria previous, Offer offer) {
        super(parent, Messages.searchTitle, Messages.searchMessage);
        this.previous = previous;
        this.choices = offer.choices();
        this.saved = new ArrayList<>(offer.saved());
        this.login = ServiceDesk.user().getLogin();
    }

    /** @return the customers, engineers and saved searches the form offers; reads the database */
    static Offer offer() {
        return new Offer(CaseList.choices(ServiceDesk.database()),
                new SavedSearches(ServiceDesk.database(), ServiceDesk.user().getLogin()).list());
    }

    @Override
    Control createFields(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(area, SWT.NONE).setText(Messages.searchSaved);
        savedCombo = Widgets.id(new Combo(area, SWT.READ_ONLY), SAVED_ID);
        savedCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        savedCombo.addListener(SWT.Selection, e -> savedChosen());
        delete = new Button(area, SWT.PUSH);
        delete.setText(Messages.searchDelete);
        delete.addListener(SWT.Selection, e -> deleteSaved());
        fillSaved();

        words = text(area, Messages.searchWords, WORDS_ID);
        vendor = text(area, Messages.intakeVendor, VENDOR_ID);
        kind = combo(area, Messages.intakeKind, null, Messages.searchAny, CaseLabels.kind(CaseKind.CONSULTATION, null), Messages.searchDefect);
        List<String> statuses = new ArrayList<>(List.of(Messages.searchAny));
        CaseStatus.VALUES.forEach(s -> statuses.add(CaseLifecycle.label(s)));
        status = combo(area, Messages.fieldStatus, null, statuses.toArray(String[]::new));
        severity = text(area, Messages.intakeSeverity, "search.severity");
        customer = combo(area, Messages.searchCustomer, CUSTOMER_ID, names(choices.customers()));
        engineer = combo(area, Messages.searchEngineer, ENGINEER_ID, names(choices.engineers()));
        from = text(area, Messages.searchFrom, FROM_ID);
        to = text(area, Messages.searchTo, TO_ID);
        from.setMessage("2026-01-01");
        to.setMessage("2026-12-31");
        from.addModifyListener(e -> validate());
        to.addModifyListener(e -> validate());

        Label separator = new Label(area, SWT.SEPARATOR | SWT.HORIZONTAL);
        separator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        saveAs = text(area, Messages.searchSaveAs, SAVE_AS_ID);
        saveAs.setMessage(Messages.searchSaveAsHint);
        saveAs.addModifyListener(e -> validate());
        new Label(area, SWT.NONE);
        shared = Widgets.id(new Button(area, SWT.CHECK), SHARED_ID);
        shared.setText(Messages.searchShared);
        shared.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        fill(previous);
        return area;
    }

    private static String[] names(List<CaseList.Choice> list) {
        List<String> names = new ArrayList<>(List.of(Messages.searchAny));
        list.forEach(c -> names.add(c.name()));
        return names.toArray(String[]::new);
    }

    private static Text text(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = Widgets.id(new Text(parent, SWT.BORDER), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        data.widthHint = 360;
        text.setLayoutData(data);
        return text;
    }

    private static Combo combo(Composite parent, String label, String id, String... items) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        if (id != null) {
            Widgets.id(combo, id);
        }
        combo.setItems(items);
        combo.select(0);
        combo.setVisibleItemCount(Math.min(items.length, 20));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return combo;
    }

    private void fillSaved() {
        List<String> names = new ArrayList<>(List.of(Messages.searchNoSaved));
        for (SavedSearches.Saved search : saved) {
            names.add(login.equals(search.owner()) ? search.name() : NLS.bind(Messages.searchSavedBy, search.name(), search.owner()));
        }
        savedCombo.setItems(names.toArray(String[]::new));
        savedCombo.select(0);
        delete.setEnabled(false);
    }

    private void savedChosen() {
        int index = savedCombo.getSelectionIndex() - 1;
        SavedSearches.Saved search = index < 0 ? null : saved.get(index);
        delete.setEnabled(search != null && login.equals(search.owner()));
        if (search != null) {
            fill(search.criteria());
            saveAs.setText(login.equals(search.owner()) ? search.name() : "");
            shared.setSelection(search.shared() && login.equals(search.owner()));
        }
    }

    /** Deletes the chosen one of the user's own searches, in a job. */
    private void deleteSaved() {
        SavedSearches.Saved search = saved.get(savedCombo.getSelectionIndex() - 1);
        delete.setEnabled(false);
        Job.create(Messages.searchDelete, (IProgressMonitor monitor) -> {
            RuntimeException refused = null;
            try {
                new SavedSearches(ServiceDesk.database(), login).delete(search.id());
            } catch (RuntimeException e) {
                refused = e;
            }
            RuntimeException failure = refused;
            savedCombo.getDisplay().asyncExec(() -> {
                if (savedCombo.isDisposed()) {
                    return;
                }
                if (failure == null) {
                    saved.remove(search);
                    fillSaved();
                    saveAs.setText("");
                } else {
                    setErrorMessage(failure.getMessage());
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void fill(CaseList.Criteria c) {
        words.setText(c == null || c.text() == null ? "" : c.text());
        vendor.setText(c == null || c.vendor() == null ? "" : c.vendor());
        kind.select(c == null || c.kind() == null ? 0 : c.kind() == CaseKind.CONSULTATION ? 1 : 2);
        status.select(c == null || c.status() == null ? 0 : c.status().getValue() + 1);
        severity.setText(c == null || c.severity() == null ? "" : c.severity());
        customer.select(c == null ? 0 : indexOf(choices.customers(), c.customerId()));
        engineer.select(c == null ? 0 : indexOf(choices.engineers(), c.engineerId()));
        from.setText(c == null || c.openedFrom() == null ? "" : LocalDate.ofInstant(c.openedFrom(), ZoneId.systemDefault()).toString());
        to.setText(c == null || c.openedBefore() == null ? ""
                : LocalDate.ofInstant(c.openedBefore(), ZoneId.systemDefault()).minusDays(1).toString());
    }

    private static int indexOf(List<CaseList.Choice> list, Long id) {
        for (int i = 0; id != null && i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i + 1;
            }
        }
        return 0;
    }

    @Override
    boolean complete() {
        for (Text date : List.of(from, to)) {
            if (!date.getText().isBlank() && parse(date.getText()) == null) {
                setErrorMessage(NLS.bind(Messages.searchBadDate, date.getText().strip()));
                return false;
            }
        }
        if (saveAs.getText().strip().length() > SavedSearches.MAX_NAME) {
            setErrorMessage(NLS.bind(Messages.searchLongName, saveAs.getText().strip().length(), SavedSearches.MAX_NAME));
            return false;
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
        int customerIndex = customer.getSelectionIndex();
        int engineerIndex = engineer.getSelectionIndex();
        criteria = new CaseList.Criteria(words.getText(), vendor.getText(),
                kind.getSelectionIndex() == 0 ? null : kind.getSelectionIndex() == 1 ? CaseKind.CONSULTATION : CaseKind.DEFECT,
                startOf(from, 0), startOf(to, 1), customerIndex <= 0 ? null : choices.customers().get(customerIndex - 1).id(),
                statusIndex <= 0 ? null : CaseStatus.get(statusIndex - 1), severity.getText(),
                engineerIndex <= 0 ? null : choices.engineers().get(engineerIndex - 1).id(), previous != null && previous.withClosed());
        saveName = saveAs.getText().isBlank() ? null : saveAs.getText().strip();
        saveShared = shared.getSelection();
        super.okPressed();
    }

    CaseList.Criteria criteria() {
        return criteria;
    }

    /** @return the name to save the search under, or null */
    String saveName() {
        return saveName;
    }

    boolean saveShared() {
        return saveShared;
    }
}
