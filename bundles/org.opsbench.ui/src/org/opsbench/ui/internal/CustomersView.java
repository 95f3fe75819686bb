package org.opsbench.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.opsbench.model.OpsPackage;
import org.opsbench.model.validation.ModelRules;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.Directory;

/**
 * All customers as a list. Reads a projection (only the shown columns) in a Job, so the
 * UI thread never waits for the database.
 */
public final class CustomersView extends ViewPart {

    public static final String ID = "org.opsbench.ui.customers";

    /** Test id of the customer table. */
    public static final String TABLE_ID = "customers.table";

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData("org.opsbench.testing.id", TABLE_ID);
        column(Messages.columnCode, 150, 0);
        column(Messages.columnName, 320, 1);
        column(Messages.columnIndustry, 140, 2);
        column(Messages.columnOffice, 200, 3);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        getSite().setSelectionProvider(viewer);
        setContentDescription(Messages.customersLoading);
        viewer.addDoubleClickListener(event -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Object[] row) {
                NavigatorView.openEditor(getSite().getPage(), ModelEditorInput.open(OpsPackage.Literals.CUSTOMER,
                        ((Number) row[4]).longValue(), 0, row[0] + "  " + row[1]));
            }
        });
        ModelChanges.addListener(savedListener);
        load();
    }

    private final java.util.function.BiConsumer<org.eclipse.emf.ecore.EClass, Long> savedListener = (eClass, id) -> {
        if (eClass == OpsPackage.Literals.CUSTOMER) {
            load();
        }
    };

    @Override
    public void dispose() {
        ModelChanges.removeListener(savedListener);
        super.dispose();
    }

    private void column(String title, int width, int index) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = ((Object[]) element)[index];
                if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
                    return ModelRules.label(literal);
                }
                return value == null ? "" : value.toString();
            }
        });
    }

    private void load() {
        Database database = OpsBenchDatabase.get();
        Job job = Job.create(Messages.customersLoading, (IProgressMonitor monitor) -> {
            try {
                // A customer's staff see their own organisation only: the directory decides.
                Long own = Directory.customerOf(database, OpsBenchDatabase.user().getLogin());
                List<Object[]> rows = new Directory(database, own).customerList().stream()
                        .map(c -> new Object[] { c.code(), c.name(), c.industry(), c.office(), c.id() }).toList();
                viewer.getControl().getDisplay().asyncExec(() -> show(rows));
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                return Status.error(NLS.bind(Messages.loadFailed, e.getMessage()), e);
            }
        });
        job.setUser(false);
        job.schedule();
    }

    private void show(List<Object[]> rows) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(rows);
        setContentDescription(NLS.bind(Messages.customersCount, rows.size()));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

}
