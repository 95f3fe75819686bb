package org.opsbench.ui.internal;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.opsbench.model.Customer;
import org.opsbench.model.Industry;
import org.opsbench.model.OpsPackage;
import org.opsbench.model.validation.ModelRules;
import org.opsbench.persistence.ConcurrentChangeException;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.persistence.ModelSession;

/**
 * A customer's general data. The aggregate is loaded in a job into its own editing
 * session; every change is an EMF command on the editor's command stack (undo, redo,
 * dirty state); validation messages stand next to the field and in the header, and an
 * invalid customer is not saved (the input stays as typed). Saving runs in a job.
 */
public final class CustomerEditor extends EditorPart {

    public static final String ID = "org.opsbench.ui.customerEditor";
    public static final String CODE_ID = "customer.code";
    public static final String NAME_ID = "customer.name";
    public static final String INDUSTRY_ID = "customer.industry";
    public static final String HEADER_ID = "customer.header";

    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
    private ModelSession session;
    private Customer customer;
    private Label header;
    private Text code;
    private Text name;
    private Combo industry;
    private final List<Label> problemLabels = new ArrayList<>();
    private Label codeProblem;
    private Label nameProblem;
    private boolean updatingFields;

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    private CustomerEditorInput customerInput() {
        return (CustomerEditorInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        header.setData("org.opsbench.testing.id", HEADER_ID);
        header.setText(Messages.editorLoading);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(header);
        code = field(parent, Messages.columnCode, CODE_ID);
        codeProblem = problem(parent);
        name = field(parent, Messages.columnName, NAME_ID);
        nameProblem = problem(parent);
        new Label(parent, SWT.NONE).setText(Messages.columnIndustry + ":");
        industry = new Combo(parent, SWT.READ_ONLY);
        industry.setData("org.opsbench.testing.id", INDUSTRY_ID);
        for (Industry value : Industry.VALUES) {
            industry.add(ModelRules.label(value));
        }
        setEnabled(false);

        code.addModifyListener(e -> change(OpsPackage.Literals.CUSTOMER__CODE, code.getText()));
        name.addModifyListener(e -> change(OpsPackage.Literals.CUSTOMER__NAME, name.getText()));
        industry.addListener(SWT.Selection, e -> change(OpsPackage.Literals.CUSTOMER__INDUSTRY,
                Industry.VALUES.get(industry.getSelectionIndex())));

        domain.getCommandStack().addCommandStackListener(stackListener);
        IEditorSite site = getEditorSite();
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new Action(Messages.editUndo) {
            @Override
            public void run() {
                domain.getCommandStack().undo();
            }
        });
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new Action(Messages.editRedo) {
            @Override
            public void run() {
                domain.getCommandStack().redo();
            }
        });
        load();
    }

    private final CommandStackListener stackListener = (EventObject event) -> Display.getDefault().asyncExec(() -> {
        if (!header.isDisposed()) {
            showModel();
            validate();
            firePropertyChange(PROP_DIRTY);
        }
    });

    private Text field(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label + ":");
        Text text = new Text(parent, SWT.BORDER);
        text.setData("org.opsbench.testing.id", id);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private Label problem(Composite parent) {
        new Label(parent, SWT.NONE);
        Label label = new Label(parent, SWT.WRAP);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        problemLabels.add(label);
        return label;
    }

    private void load() {
        long id = customerInput().customerId();
        Job.create(Messages.editorLoading, (IProgressMonitor monitor) -> {
            try {
                ModelSession opened = OpsBenchDatabase.get().openSession();
                Customer loaded = opened.find(Customer.class, id);
                Display.getDefault().asyncExec(() -> loaded(opened, loaded));
                return Status.OK_STATUS;
            } catch (DatabaseException e) {
                Display.getDefault().asyncExec(() -> showHeader(e.getMessage(), true));
                return Status.OK_STATUS;
            }
        }).schedule();
    }

    private void loaded(ModelSession opened, Customer loaded) {
        if (header.isDisposed()) {
            opened.close();
            return;
        }
        session = opened;
        customer = loaded;
        showModel();
        setEnabled(true);
        validate();
    }

    private void showModel() {
        if (customer == null) {
            return;
        }
        updatingFields = true;
        try {
            setText(code, customer.getCode());
            setText(name, customer.getName());
            industry.select(customer.getIndustry().getValue());
        } finally {
            updatingFields = false;
        }
    }

    private static void setText(Text text, String value) {
        String shown = value == null ? "" : value;
        if (!shown.equals(text.getText())) {
            text.setText(shown);
        }
    }

    /** A user edit becomes a command, so it can be undone. */
    private void change(EAttribute attribute, Object value) {
        if (updatingFields || customer == null) {
            return;
        }
        Object current = customer.eGet(attribute);
        Object newValue = value instanceof String text && text.isEmpty() && attribute.getEType().getInstanceClass() == String.class
                ? null : value;
        if (newValue == null ? current == null : newValue.equals(current)) {
            return;
        }
        domain.getCommandStack().execute(SetCommand.create(domain, customer, attribute, newValue));
    }

    /** @return whether the customer is valid; shows each problem next to its field and in the header */
    private boolean validate() {
        for (Label label : problemLabels) {
            label.setText("");
        }
        if (customer == null) {
            return false;
        }
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(customer);
        List<String> messages = new ArrayList<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() < Diagnostic.ERROR) {
                continue;
            }
            messages.add(child.getMessage());
            Object feature = child.getData().size() > 1 ? child.getData().get(1) : null;
            if (feature == OpsPackage.Literals.CUSTOMER__NAME) {
                nameProblem.setText(child.getMessage());
            } else if (feature == OpsPackage.Literals.CUSTOMER__CODE) {
                codeProblem.setText(child.getMessage());
            }
        }
        if (messages.isEmpty()) {
            showHeader(customer.getCode() + "  " + (customer.getName() == null ? "" : customer.getName()), false);
        } else {
            showHeader(NLS.bind(Messages.editorProblems, messages.size(), messages.get(0)), true);
        }
        header.getParent().layout(true, true);
        return messages.isEmpty();
    }

    private void showHeader(String text, boolean error) {
        header.setText(text);
        header.setForeground(header.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!validate()) {
            showHeader(NLS.bind(Messages.editorSaveRefused, header.getText()), true);
            monitor.setCanceled(true);
            return;
        }
        setEnabled(false);
        save(session);
    }

    private void save(ModelSession saving) {
        Job.create(Messages.editorSaving, (IProgressMonitor jobMonitor) -> {
            try {
                saving.save();
                Display.getDefault().asyncExec(() -> saved(null));
            } catch (ConcurrentChangeException e) {
                // Read their version now, off the UI thread, for the review.
                ModelSession fresh = OpsBenchDatabase.get().openSession();
                Customer theirs = fresh.find(Customer.class, customerInput().customerId());
                Display.getDefault().asyncExec(() -> conflict(e.getMessage(), fresh, theirs));
            } catch (DatabaseException e) {
                Display.getDefault().asyncExec(() -> saved(e.getMessage()));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void saved(String failure) {
        if (header.isDisposed()) {
            return;
        }
        setEnabled(true);
        if (failure == null) {
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            validate();
        } else {
            showHeader(failure, true);
        }
    }

    /** The fields this editor edits: what a conflict review compares and an overwrite re-applies. */
    private static final List<EAttribute> EDITED = List.of(OpsPackage.Literals.CUSTOMER__CODE, OpsPackage.Literals.CUSTOMER__NAME,
            OpsPackage.Literals.CUSTOMER__INDUSTRY);

    /** Somebody saved this customer first: review the differences, then reload theirs or overwrite with mine. */
    private void conflict(String message, ModelSession fresh, Customer theirs) {
        if (header.isDisposed()) {
            fresh.close();
            return;
        }
        StringBuilder review = new StringBuilder(message).append("\n");
        for (EAttribute attribute : EDITED) {
            Object mine = customer.eGet(attribute);
            Object their = theirs.eGet(attribute);
            if (mine == null ? their != null : !mine.equals(their)) {
                review.append("\n").append(NLS.bind(Messages.conflictLine, new Object[] { ModelRules.label(attribute), show(mine), show(their) }));
            }
        }
        int choice = new org.eclipse.jface.dialogs.MessageDialog(getSite().getShell(), Messages.conflictTitle, null, review.toString(),
                org.eclipse.jface.dialogs.MessageDialog.WARNING, 2, Messages.conflictReload, Messages.conflictOverwrite,
                Messages.cancelButton).open();
        if (choice == 0 || choice == 1) {
            if (choice == 1) {
                for (EAttribute attribute : EDITED) {
                    theirs.eSet(attribute, customer.eGet(attribute));
                }
            }
            session.close();
            session = fresh;
            customer = theirs;
            domain.getCommandStack().flush(); // the history belonged to the replaced objects
            showModel();
            validate();
            firePropertyChange(PROP_DIRTY);
            if (choice == 1) {
                save(fresh);
                return;
            }
        } else {
            fresh.close();
        }
        setEnabled(true);
        showHeader(message, true);
    }

    private static String show(Object value) {
        return value instanceof org.eclipse.emf.common.util.Enumerator literal ? ModelRules.label(literal)
                : value == null ? "-" : value.toString();
    }

    private void setEnabled(boolean enabled) {
        for (Control control : new Control[] { code, name, industry }) {
            control.setEnabled(enabled);
        }
    }

    @Override
    public void doSaveAs() {
        // not offered
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        name.setFocus();
    }

    @Override
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        if (session != null) {
            session.close();
        }
        super.dispose();
    }
}
