package org.opsbench.cases.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.EngineerSuggestions.Suggestion;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.ui.workbench.ServiceDesk;

/** Chooses the engineer for a case from the ranked suggestions (skills, certificates, closeness, load). */
final class AssignDialog extends StepDialog {

    static final String ENGINEERS_ID = "assign.engineers";

    private final long customerId;
    private final String vendor;
    private final List<Suggestion> suggestions = new ArrayList<>();
    private Table table;
    private Long engineerId;

    AssignDialog(Shell parent, ServiceCase serviceCase) {
        super(parent, Messages.assignTitle, Messages.assignMessage);
        this.customerId = serviceCase.getCustomer() == null ? 0
                : ((org.opsbench.model.base.PersistentObject) serviceCase.getCustomer()).getPersistentId();
        this.vendor = serviceCase.getVendor();
    }

    @Override
    Control createFields(Composite parent) {
        Composite area = parent;
        table = engineerTable(area);
        table.addListener(SWT.Selection, e -> validate());
        table.addListener(SWT.DefaultSelection, e -> okPressed());
        Job.create(Messages.assignTitle, (IProgressMonitor monitor) -> {
            List<Suggestion> found = new CaseDesk(ServiceDesk.database(), ServiceDesk.user().getLogin()).suggestEngineers(customerId,
                    vendor, LocalDate.now(), 20);
            table.getDisplay().asyncExec(() -> fill(table, suggestions, found));
            return Status.OK_STATUS;
        }).schedule();
        return area;
    }

    /** A table of suggestions (name, why), shared with the intake dialog. */
    static Table engineerTable(Composite parent) {
        Table table = Widgets.id(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), ENGINEERS_ID);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 140;
        data.widthHint = 560;
        table.setLayoutData(data);
        TableColumn name = new TableColumn(table, SWT.LEFT);
        name.setText(Messages.columnEngineer);
        name.setWidth(170);
        TableColumn reason = new TableColumn(table, SWT.LEFT);
        reason.setText(Messages.suggestionReason);
        reason.setWidth(380);
        return table;
    }

    static void fill(Table table, List<Suggestion> into, List<Suggestion> found) {
        if (table.isDisposed()) {
            return;
        }
        // Ranked again (another vendor, another caller): the engineer already chosen stays chosen.
        int selected = table.getSelectionIndex();
        Long chosen = selected < 0 || selected >= into.size() ? null : into.get(selected).engineerId();
        into.clear();
        into.addAll(found);
        table.removeAll();
        for (Suggestion suggestion : found) {
            new TableItem(table, SWT.NONE).setText(new String[] { suggestion.name(), suggestion.reason() });
            if (chosen != null && suggestion.engineerId() == chosen) {
                table.select(table.getItemCount() - 1);
            }
        }
    }

    @Override
    boolean complete() {
        return table.getSelectionIndex() >= 0;
    }

    @Override
    protected void okPressed() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            return;
        }
        engineerId = suggestions.get(index).engineerId();
        super.okPressed();
    }

    Long engineerId() {
        return engineerId;
    }
}
